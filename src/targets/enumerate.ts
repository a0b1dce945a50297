/**
 * Every file of the workspace that url-map maps, with its URLs: what a purge
 * of a directory prefix would also invalidate. The walk is bounded (files,
 * depth, directory entries), never follows symbolic links and skips `.git`.
 */
import { opendir } from 'node:fs/promises';
import { join } from 'node:path';
import type { MappedUrl, UrlMapper } from './url-mapper.js';

export interface WalkLimits {
  /** files looked at, mapped or not, and directories (each, default 100,000) */
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
 * Walks `root` (the workspace) and maps each file's path relative to it. Only
 * the directories the url-map rules can match are entered (each rule's fixed
 * leading directories: `public/**` walks public/ alone), so a checkout's
 * node_modules does not eat the file limit. A root that does not exist is
 * skipped; other unreadable directories are skipped and count as truncation.
 */
export async function enumerateMappedFiles(
  root: string,
  mapper: UrlMapper,
  limits: Partial<WalkLimits> = {},
): Promise<MappedTree> {
  const { maxFiles, maxDepth } = { ...DEFAULT_WALK_LIMITS, ...limits };
  const tree: MappedTree = { urls: [], files: 0, truncated: false, symlinks: 0 };
  // breadth first, so a limit cuts the deepest levels, not a whole top-level directory
  const queue = mapper
    .walkRoots()
    .map((path) => ({ path, depth: path === '' ? 0 : path.split('/').length, root: true }))
    .sort((a, b) => a.depth - b.depth || (a.path < b.path ? -1 : 1));
  for (let next = 0; next < queue.length; next++) {
    const { path: relative, depth, root: isRoot } = queue[next]!;
    if (depth > maxDepth) {
      tree.truncated = true;
      continue;
    }
    let dir: Awaited<ReturnType<typeof opendir>>;
    try {
      dir = await opendir(join(root, relative));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (!(isRoot && (code === 'ENOENT' || code === 'ENOTDIR'))) tree.truncated = true;
      continue;
    }
    const subdirectories: string[] = [];
    for await (const entry of dir) {
      const path = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isSymbolicLink()) tree.symlinks++;
      else if (entry.isDirectory()) {
        if (entry.name !== '.git') subdirectories.push(path);
      } else if (entry.isFile()) {
        if (tree.files >= maxFiles) {
          tree.truncated = true;
          return finish(tree);
        }
        tree.files++;
        for (const url of mapper.map(path)) tree.urls.push(url);
      }
    }
    for (const path of subdirectories.sort()) queue.push({ path, depth: depth + 1, root: false });
    // directories are bounded like files: a tree of empty directories ends too
    if (queue.length > maxFiles) {
      tree.truncated = true;
      break;
    }
  }
  return finish(tree);
}

function finish(tree: MappedTree): MappedTree {
  tree.urls.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  return tree;
}
