/**
 * End-to-end tests run dist/index.js, so the bundle must be current: rebuild it
 * once before the suite when any file in src/ is newer than it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export default function setup(): void {
  const bundle = join('dist', 'index.js');
  if (!existsSync(bundle) || newestMtime('src') > statSync(bundle).mtimeMs) {
    execFileSync('npm', ['run', '-s', 'bundle'], { stdio: 'inherit' });
  }
}
