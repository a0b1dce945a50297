/**
 * `npm run release -- X.Y.Z [--dry-run]`: checks that package.json, a dated
 * CHANGELOG.md section, a clean tree and a fresh dist/ agree on X.Y.Z, then
 * tags vX.Y.Z, moves vX and pushes both. The Release workflow runs it after
 * the full CI and drafts the GitHub release from the notes file.
 */
import { ROOT } from '../emulator/runner.js';
import { releaseArgs } from './release/args.js';
import { ReleaseError, release } from './release/release.js';

try {
  const args = releaseArgs(process.argv.slice(2));
  release({
    ...args,
    cwd: ROOT,
    bundle: ['npm', 'run', '-s', 'bundle'],
    log: (line) => console.log(`release: ${line}`),
  });
} catch (error) {
  if (!(error instanceof ReleaseError)) throw error;
  console.error(`release: ${error.message}`);
  process.exitCode = 1;
}
