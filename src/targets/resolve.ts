/**
 * The run-time half of target parsing: changed files found (`auto`) or taken
 * as listed, mapped to URLs with url-map, and merged with the URLs given
 * directly. Runs before any request, so a bad glob or a missing base commit
 * still sends nothing.
 */
import type { ChangedFiles, Targets } from '../config/config.js';
import type { RunContext } from '../run-context.js';
import { unique } from './list.js';
import { type MappedUrl, UrlMapper } from './url-mapper.js';

/** How the changed files were found, for the log, summary and result. */
export interface ChangeSource {
  mode: 'list' | 'auto';
  /** `auto`: the commits compared */
  base?: string;
  head?: string;
  /** `auto`: why this base, or why there was none (then everything is purged) */
  why?: string;
  files: number;
}

export interface ResolvedTargets {
  targets: Targets;
  /** every URL made from a changed file, with its file and rule */
  mapped: MappedUrl[];
  /** changed files no url-map rule mapped */
  unmatched: string[];
  changes?: ChangeSource;
}

export async function resolveTargets(ctx: RunContext): Promise<ResolvedTargets> {
  const { config } = ctx;
  const given = config.targets;
  const changed = config.changedFiles;
  if (!changed) return { targets: given, mapped: [], unmatched: [] };
  const found = await changedFiles(changed, ctx);
  if (found.purgeAll) {
    return {
      targets: { urls: [], prefixes: [], purgeAll: true },
      mapped: [],
      unmatched: [],
      changes: found.source,
    };
  }
  const { mapped, unmatched } = new UrlMapper(changed.urlMap, changed).mapAll(found.files);
  return {
    targets: { ...given, urls: unique([...given.urls, ...mapped.map((entry) => entry.url)]) },
    mapped,
    unmatched,
    changes: found.source,
  };
}

async function changedFiles(
  changed: ChangedFiles,
  ctx: RunContext,
): Promise<{ files: string[]; purgeAll: boolean; source: ChangeSource }> {
  const { source } = changed;
  if (source.kind === 'list') {
    return {
      files: source.files,
      purgeAll: false,
      source: { mode: 'list', files: source.files.length },
    };
  }
  const { findChangedFiles } = await import('./changed-files.js');
  const found = await findChangedFiles({
    env: source.workflow,
    logger: ctx.logger,
    secrets: ctx.secrets,
    fallback: source.fallback,
    githubToken: source.githubToken,
    timeoutMs: ctx.config.timeoutSeconds * 1000,
    maxRetries: ctx.config.maxRetries,
    scale: ctx.timing.scale,
  });
  if (found.kind === 'purge-all') {
    return { files: [], purgeAll: true, source: { mode: 'auto', why: found.why, files: 0 } };
  }
  return {
    files: found.files,
    purgeAll: false,
    source: {
      mode: 'auto',
      base: found.base,
      head: found.head,
      why: found.why,
      files: found.files.length,
    },
  };
}
