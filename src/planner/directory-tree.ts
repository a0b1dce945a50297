/**
 * The directories of a purge as a tree: every changed URL, and every URL the
 * site serves when it is known, folded into their directories; each node counts
 * the changed URLs below it and the unchanged objects a prefix there would purge
 * too. Pure and linear in the total length of the URLs.
 */

export interface DirectoryTree {
  /** kept nodes; every node comes after every node below it (parent index > child index) */
  readonly size: number;
  /** '/a/b/' or 'https://host/a/b/', always ending in '/' */
  readonly directory: readonly string[];
  /** the nearest kept node above, or -1 */
  readonly parent: Int32Array;
  /** directories between this one and its host's root ('/' is 0) */
  readonly depth: Int32Array;
  /** whether the provider can purge this directory as a prefix */
  readonly accepted: Uint8Array;
  /** changed URLs at any depth below */
  readonly changedBelow: Int32Array;
  /** changed URLs directly in this directory */
  readonly changedHere: Int32Array;
  /** objects of the site below that did not change: what a prefix here purges in excess */
  readonly unchangedBelow: Float64Array;
  /** the changed URLs, each once, in the order given */
  readonly changed: readonly string[];
  /** the node of each changed URL's directory */
  readonly nodeOfChanged: Int32Array;
  /** distinct URLs the site serves, or undefined when unknown */
  readonly siteObjects: number | undefined;
}

/**
 * Only directories where a prefix could be the best choice are kept: those with
 * a changed URL of their own, or changes in two or more subdirectories. A
 * directory whose changes all sit in one accepted subdirectory is dropped: a
 * prefix there covers the same changed URLs and never purges fewer objects.
 * Directories without changes are folded into the counts above them.
 */
export function buildDirectoryTree(
  changedUrls: readonly string[],
  siteUrls: readonly string[] | undefined,
  accepts: (directory: string) => boolean,
): DirectoryTree {
  const raw = new RawTree();
  const changed = [...new Set(changedUrls)];
  const rawOfChanged = changed.map((url) => raw.directoryOf(url));
  for (const node of rawOfChanged) raw.changedHere[node]!++;
  let siteObjects: number | undefined;
  if (siteUrls !== undefined) {
    const changedSet = new Set(changed);
    const site = new Set(siteUrls);
    siteObjects = site.size;
    for (const url of site) if (!changedSet.has(url)) raw.unchangedHere[raw.directoryOf(url)]!++;
  }
  return raw.keep(changed, rawOfChanged, siteObjects, accepts);
}

/** Every directory seen, parents created before children (so parent index < child index). */
class RawTree {
  private readonly index = new Map<string, number>();
  readonly directories: string[] = [];
  readonly parent: number[] = [];
  readonly depth: number[] = [];
  readonly changedHere: number[] = [];
  readonly unchangedHere: number[] = [];

  /** the directory last looked up: lists in tree order hit it again and again */
  private last = { directory: '', node: -1 };

  /** The node of the directory `url` is in, creating it and any missing ancestors. */
  directoryOf(url: string): number {
    const { last } = this;
    // same directory unless another '/' follows (in the path, or in a query: then look it up)
    if (
      last.node >= 0 &&
      url.startsWith(last.directory) &&
      !url.includes('/', last.directory.length)
    )
      return last.node;
    const { directory, originLength } = splitDirectory(url);
    last.directory = directory;
    last.node = this.index.get(directory) ?? this.create(directory, originLength);
    return last.node;
  }

  private create(directory: string, originLength: number): number {
    const missing: string[] = [];
    let above = -1;
    for (let current = directory; ; ) {
      const known = this.index.get(current);
      if (known !== undefined) {
        above = known;
        break;
      }
      missing.push(current);
      if (current.length === originLength + 1) break; // the host's root
      current = current.slice(0, current.lastIndexOf('/', current.length - 2) + 1);
    }
    for (let i = missing.length - 1; i >= 0; i--) {
      const id = this.directories.length;
      this.index.set(missing[i]!, id);
      this.directories.push(missing[i]!);
      this.parent.push(above);
      this.depth.push(above < 0 ? 0 : this.depth[above]! + 1);
      this.changedHere.push(0);
      this.unchangedHere.push(0);
      above = id;
    }
    return above;
  }

  keep(
    changed: string[],
    rawOfChanged: number[],
    siteObjects: number | undefined,
    accepts: (directory: string) => boolean,
  ): DirectoryTree {
    const count = this.directories.length;
    const changedBelow = new Int32Array(count);
    const unchangedBelow = new Float64Array(count);
    const changedChildren = new Int32Array(count);
    for (let id = count - 1; id >= 0; id--) {
      changedBelow[id]! += this.changedHere[id]!;
      unchangedBelow[id]! += this.unchangedHere[id]!;
      const up = this.parent[id]!;
      if (up < 0) continue;
      changedBelow[up]! += changedBelow[id]!;
      unchangedBelow[up]! += unchangedBelow[id]!;
      if (changedBelow[id]! > 0) changedChildren[up]!++;
    }
    const accepted = this.directories.map(accepts);
    // the only changed child of each directory with exactly one (the last one seen otherwise)
    const onlyChild = new Int32Array(count).fill(-1);
    for (let id = 0; id < count; id++) {
      const up = this.parent[id]!;
      if (up >= 0 && changedBelow[id]! > 0) onlyChild[up] = id;
    }
    // a directory whose changes all sit in one accepted subdirectory adds no choice
    const isKept = (id: number) =>
      changedBelow[id]! > 0 &&
      !(this.changedHere[id] === 0 && changedChildren[id] === 1 && accepted[onlyChild[id]!]);
    // children come before parents in the reverse of creation order
    const keptRaw: number[] = [];
    for (let id = count - 1; id >= 0; id--) if (isKept(id)) keptRaw.push(id);
    const nodeOfRaw = new Int32Array(count).fill(-1);
    keptRaw.forEach((id, node) => {
      nodeOfRaw[id] = node;
    });
    const size = keptRaw.length;
    const tree = {
      size,
      directory: keptRaw.map((id) => this.directories[id]!),
      parent: new Int32Array(size),
      depth: new Int32Array(size),
      accepted: new Uint8Array(size),
      changedBelow: new Int32Array(size),
      changedHere: new Int32Array(size),
      unchangedBelow: new Float64Array(size),
      changed,
      nodeOfChanged: Int32Array.from(rawOfChanged, (id) => nodeOfRaw[id]!),
      siteObjects,
    };
    keptRaw.forEach((id, node) => {
      let up = this.parent[id]!;
      while (up >= 0 && nodeOfRaw[up]! < 0) up = this.parent[up]!;
      tree.parent[node] = up < 0 ? -1 : nodeOfRaw[up]!;
      tree.depth[node] = this.depth[id]!;
      tree.accepted[node] = accepted[id] ? 1 : 0;
      tree.changedBelow[node] = changedBelow[id]!;
      tree.changedHere[node] = this.changedHere[id]!;
      tree.unchangedBelow[node] = unchangedBelow[id]!;
    });
    return tree;
  }
}

/**
 * The directory of a normalised URL or path (query left out) and the length of
 * its 'scheme://host' part (0 for a path): '/a/b.js?x=/y' is in '/a/'.
 */
export function splitDirectory(url: string): { directory: string; originLength: number } {
  let originLength = 0;
  if (!url.startsWith('/')) {
    const scheme = url.indexOf('://');
    const slash = scheme < 0 ? -1 : url.indexOf('/', scheme + 3);
    if (slash < 0) throw new RangeError(`not a normalised URL or path: ${url.slice(0, 80)}`);
    originLength = slash;
  }
  const query = url.indexOf('?', originLength);
  const pathEnd = query < 0 ? url.length : query;
  return { directory: url.slice(0, url.lastIndexOf('/', pathEnd - 1) + 1), originLength };
}
