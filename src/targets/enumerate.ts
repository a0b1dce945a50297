/**
 * Every file of the workspace that url-map maps, with its URLs: what a purge
 * of a directory prefix would also invalidate. The walk is bounded (files,
 * depth, directory entries), never follows symbolic links and skips `.git`.
 */
import { opendir } from 'node:fs/promises';
import { join } from 'node:path';
import type { MappedUrl, UrlMapper } from './url-mapper.js';

export interface WalkLimits {
  /** files looked at, mapped or not (default 100,000) */
  maxFiles: number;
  /** directory levels below the root (default 32) */
  maxDepth: number;
}

export const DEFAULT_WALK_LIMITS: WalkLimits = { maxFiles: 100_000, maxDepth: 32 };

export interface MappedTree {
  /** every URL of every mapped file, sorted by URL */
  urls: MappedUrl[];
  /** files looked at */
  files: number;
  /** true when a limit stopped the walk: `urls` is then a lower bound */
  truncated: boolean;
  /** symbolic links seen and not followed */
  symlinks: number;
}

/**
 * Walks `root` (the workspace) and maps each file's path relative to it.
 * Unreadable directories are skipped and counted as truncation.
 */
export async function enumerateMappedFiles(
  root: string,
  mapper: UrlMapper,
  limits: Partial<WalkLimits> = {},
): Promise<MappedTree> {
  const { maxFiles, maxDepth } = { ...DEFAULT_WALK_LIMITS, ...limits };
  const tree: MappedTree = { urls: [], files: 0, truncated: false, symlinks: 0 };
  // breadth first, so a limit cuts the deepest levels, not a whole top-level directory
  let level: string[] = [''];
  for (let depth = 0; level.length > 0; depth++) {
    if (depth > maxDepth) {
      tree.truncated = true;
      break;
    }
    const next: string[] = [];
    for (const relative of level) {
      let dir: Awaited<ReturnType<typeof opendir>>;
      try {
        dir = await opendir(join(root, relative));
      } catch {
        tree.truncated = true;
        continue;
      }
      for await (const entry of dir) {
        const path = relative === '' ? entry.name : `${relative}/${entry.name}`;
        if (entry.isSymbolicLink()) tree.symlinks++;
        else if (entry.isDirectory()) {
          if (entry.name !== '.git') next.push(path);
        } else if (entry.isFile()) {
          if (tree.files >= maxFiles) {
            tree.truncated = true;
            return finish(tree);
          }
          tree.files++;
          for (const url of mapper.map(path)) tree.urls.push(url);
        }
      }
    }
    level = next.sort();
  }
  return finish(tree);
}

function finish(tree: MappedTree): MappedTree {
  tree.urls.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  return tree;
}
