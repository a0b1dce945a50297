/**
 * Synthetic sites for the planner benchmark: a static site of sections,
 * subdirectories and leaf directories with an index page at every level, and
 * changed-file sets drawn from it, clustered or scattered. Seeded, so every run
 * of the bench plans the same deploys.
 */

export interface SyntheticSite {
  /** every URL the site serves, in tree order */
  readonly urls: readonly string[];
  /** the URLs of each leaf directory, in tree order */
  readonly leaves: readonly (readonly string[])[];
}

export type ChangeShape = 'clustered' | 'scattered';

/** Sections × subdirectories × leaf directories; leaves hold 5 to 45 files (25 on average). */
const SHAPE = { sections: 20, subdirectories: 10 } as const;

/** A small, fast, seeded PRNG (mulberry32): the same deploys on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A site of exactly `files` URLs under `origin` ('' for paths, or 'https://host'). */
export function syntheticSite(files: number, origin: string, seed: number): SyntheticSite {
  const random = seededRandom(seed);
  const urls: string[] = [`${origin}/index.html`];
  const leaves: string[][] = [];
  const perLeaf = 25;
  const indexes = 1 + SHAPE.sections * (1 + SHAPE.subdirectories);
  const leavesPerSubdirectory = Math.max(
    1,
    Math.round((files - indexes) / perLeaf / (SHAPE.sections * SHAPE.subdirectories)),
  );
  for (let s = 0; s < SHAPE.sections; s++) {
    const section = `${origin}/section-${s}`;
    urls.push(`${section}/index.html`);
    for (let d = 0; d < SHAPE.subdirectories; d++) {
      const subdirectory = `${section}/topic-${d}`;
      urls.push(`${subdirectory}/index.html`);
      for (let l = 0; l < leavesPerSubdirectory; l++) {
        const leaf: string[] = [];
        const count = 5 + Math.floor(random() * 41);
        for (let f = 0; f < count; f++) leaf.push(`${subdirectory}/page-${l}/file-${f}.html`);
        leaves.push(leaf);
        urls.push(...leaf);
      }
    }
  }
  return { urls: fitTo(urls, leaves, files, origin), leaves };
}

/** Trims the last leaves, or pads the last one, so the site has exactly `files` URLs. */
function fitTo(urls: string[], leaves: string[][], files: number, origin: string): string[] {
  while (urls.length > files) {
    const dropped = urls.pop()!;
    const leaf = leaves.find((each) => each.at(-1) === dropped);
    leaf?.pop();
  }
  for (let f = 0; urls.length < files; f++) {
    const url = `${origin}/section-0/topic-0/page-0/extra-${f}.html`;
    urls.push(url);
    leaves[0]!.push(url);
  }
  return urls;
}

/**
 * `count` changed URLs of `site`.
 * - clustered: a deploy that rebuilt a few areas: 4 runs of consecutive leaf
 *   directories, each starting at a random leaf, with 90 % of their files
 *   changed, plus 1 % of `count` scattered anywhere (index pages, sitemaps).
 * - scattered: `count` URLs drawn uniformly from the whole site.
 */
export function changedFiles(
  site: SyntheticSite,
  count: number,
  shape: ChangeShape,
  seed: number,
): string[] {
  if (count > site.urls.length)
    throw new Error(`${count} changed files of a ${site.urls.length}-file site`);
  const random = seededRandom(seed);
  const changed = new Set<string>();
  const pick = (urls: readonly string[]) => urls[Math.floor(random() * urls.length)]!;
  if (shape === 'clustered') {
    const scattered = Math.ceil(count / 100);
    const runs = 4;
    for (let run = 0; run < runs; run++) {
      const target = Math.round(((count - scattered) * (run + 1)) / runs);
      let leaf = Math.floor(random() * site.leaves.length);
      while (changed.size < target) {
        for (const url of site.leaves[leaf % site.leaves.length]!) {
          if (changed.size < target && random() < 0.9) changed.add(url);
        }
        leaf++;
      }
    }
  }
  while (changed.size < count) changed.add(pick(site.urls));
  return [...changed];
}
