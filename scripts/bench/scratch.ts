/** One temporary directory for the whole bench, removed however the bench ends. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export class Scratch {
  readonly root = mkdtempSync(join(tmpdir(), 'cdnkit-bench-'));

  /** A fresh directory below the root. */
  dir(name: string): string {
    const path = join(this.root, name);
    mkdirSync(path, { recursive: true });
    return path;
  }

  /** Writes `content` to `name` below the root and returns its path. */
  file(name: string, content: string): string {
    const path = join(this.root, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
    return path;
  }

  dispose(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}

/** A broken invariant: the bench measured something other than it claims, so it must fail. */
export class BenchFailure extends Error {
  override readonly name = 'BenchFailure';
}

export function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new BenchFailure(message);
}
