/**
 * What a purge or prefetch shows a person: every target with the file and rule
 * it came from, how the changed files were found, the time left, and the
 * report of a run that had nothing to send.
 */
import type { Targets } from '../config/config.js';
import type { RunContext } from '../run-context.js';
import type { ChangeSource, ResolvedTargets } from '../targets/resolve.js';
import { formatDuration } from './plan.js';
import type { OperationReport, PlannedTarget, SummaryList } from './report.js';

export type CacheOperation = 'purge' | 'prefetch';

/** Targets with their origin, in the order they are sent. */
export function plannedTargets(resolved: ResolvedTargets): PlannedTarget[] {
  const { targets, mapped } = resolved;
  if (targets.purgeAll) return [{ target: '*', source: 'purge-all' }];
  const fromMap = new Map(mapped.map((entry) => [entry.url, entry]));
  return [
    ...targets.urls.map((url): PlannedTarget => {
      const entry = fromMap.get(url);
      return entry
        ? { target: url, source: 'url-map', file: entry.file, rule: entry.rule }
        : { target: url, source: 'urls' };
    }),
    ...targets.prefixes.map((prefix): PlannedTarget => ({ target: prefix, source: 'prefixes' })),
  ];
}

/** `https://x/docs/ <- public/docs/index.html (rule public/**\/index.html)` */
export function describeTarget(entry: PlannedTarget): string {
  const under = entry.coveredBy === undefined ? '' : `, purged under ${entry.coveredBy}`;
  switch (entry.source) {
    case 'url-map':
      return `${entry.target} <- ${entry.file} (rule ${entry.rule}${under})`;
    case 'urls':
      return `${entry.target} (urls${under})`;
    case 'prefixes':
      return `${entry.target} (prefix)`;
    case 'collapse':
      return `${entry.target} (collapse: covers ${entry.covers ?? 0} changed URL${entry.covers === 1 ? '' : 's'})`;
    case 'purge-all':
      return 'everything (purge-all)';
  }
}

/** The summary row saying where the changed files came from. */
export function changeRows(changes: ChangeSource | undefined): [string, string][] {
  if (!changes) return [];
  if (changes.mode === 'list') return [['Changed files', `${changes.files} listed`]];
  if (changes.base === undefined) {
    return [
      ['Changed files', `unknown (${changes.why}): changed-files-fallback purges everything`],
    ];
  }
  return [
    [
      'Changed files',
      `${changes.files} in ${short(changes.base)}..${short(changes.head ?? '')} (base: ${changes.why})`,
    ],
  ];
}

export function unmatchedList(files: readonly string[]): SummaryList[] {
  return files.length > 0
    ? [{ title: `Changed files matched by no url-map rule (${files.length})`, items: [...files] }]
    : [];
}

/** Every target of a plan that was carried out (or planned) whole, with its origin. */
export function plannedList(plan: readonly PlannedTarget[], title: string): SummaryList {
  const given = plan.every(
    (entry) =>
      (entry.source === 'urls' || entry.source === 'prefixes') && entry.coveredBy === undefined,
  );
  return {
    title: `${title} (${plan.length})`,
    items: plan.map(describeTarget),
    ...(given && plan.length > 0
      ? { repeats: 'the targets given in urls, urls-file and prefixes' }
      : {}),
  };
}

export function isEmpty(targets: Targets): boolean {
  return !targets.purgeAll && targets.urls.length === 0 && targets.prefixes.length === 0;
}

/**
 * The target list is empty: nothing is sent, `status` is `skipped`, and
 * `if-no-targets` says whether that is worth a warning, nothing, or a failure.
 */
export function nothingToSend(
  kind: CacheOperation,
  resolved: ResolvedTargets,
  ctx: RunContext,
): OperationReport {
  const why = emptyReason(resolved);
  const message = `Nothing to ${kind}: ${why}. Nothing was sent.`;
  const policy = ctx.config.ifNoTargets;
  if (policy === 'ignore') ctx.logger.info(message);
  return {
    outputs: { status: 'skipped', 'urls-count': '0', 'requests-count': '0', 'task-ids': '' },
    result: {
      status: 'skipped',
      reason: why,
      changes: resolved.changes,
      unmatched: resolved.unmatched.length,
    },
    rows: [['Status', 'skipped'], ['Reason', why], ...changeRows(resolved.changes)],
    lists: unmatchedList(resolved.unmatched),
    annotations: policy === 'warn' ? [{ level: 'warning', message }] : [],
    failure:
      policy === 'error'
        ? `${message} (if-no-targets is error; set it to warn or ignore to let such runs pass)`
        : undefined,
    plan: [],
  };
}

function emptyReason(resolved: ResolvedTargets): string {
  const { changes, unmatched } = resolved;
  if (!changes) {
    return 'the targets are empty (urls, urls-file, prefixes and changed-files gave nothing; purge-all is false)';
  }
  if (changes.files === 0) {
    return changes.mode === 'auto'
      ? `no file changed in ${short(changes.base ?? '')}..${short(changes.head ?? '')} (base: ${changes.why})`
      : 'changed-files lists no file';
  }
  return `none of the ${unmatched.length} changed file${unmatched.length === 1 ? '' : 's'} matched a url-map rule`;
}

/** "about 4 min left", for progress lines; '' once nothing is left. */
export function timeLeft(ms: number): string {
  if (ms <= 0) return 'all sent';
  if (ms < 1000) return 'about a second left';
  return `about ${formatDuration(ms)} left`;
}

function short(commit: string): string {
  return commit.slice(0, 7);
}
