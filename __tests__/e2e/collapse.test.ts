/**
 * The collapse planner in the purge, through dist/index.js against the
 * emulator: a generated site of 2,000 files in a throwaway workspace,
 * changed-files + url-map over it, and each provider's limits (windows scaled
 * down as in every end-to-end test). What a prefix purged besides the changes
 * is recounted here from the site and what the emulator received, never taken
 * from the action's word.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_CDNETWORKS_ACCOUNT } from '../../emulator/cdnetworks.js';
import type { ActionRun } from '../../emulator/runner.js';
import { errorLines, medianovaPurge, useEmulator } from '../helpers/e2e.js';

const SECTIONS = 20;
const DIRECTORIES = 10;
const FILES = 10;

/** public/s<i>/d<j>/f<k>.html: 20 sections of 10 directories of 10 files, and a README. */
function generateSite(): { root: string; files: string[] } {
  const root = mkdtempSync(join(tmpdir(), 'cdnkit-site-'));
  const files: string[] = [];
  for (let s = 0; s < SECTIONS; s++)
    for (let d = 0; d < DIRECTORIES; d++) {
      mkdirSync(join(root, 'public', `s${s}`, `d${d}`), { recursive: true });
      for (let f = 0; f < FILES; f++) {
        const file = `public/s${s}/d${d}/f${f}.html`;
        writeFileSync(join(root, file), file);
        files.push(file);
      }
    }
  writeFileSync(join(root, 'README.md'), 'not served');
  return { root, files };
}

/** Every file of the first `sections` sections but its last one: a prefix there purges 1 extra object. */
function nearlyWholeSections(files: readonly string[], sections: number): string[] {
  return files.filter((file) => {
    const [, section, directory, name] = /^public\/s(\d+)\/d(\d+)\/f(\d+)/.exec(file)!.map(Number);
    return section! < sections && !(directory === DIRECTORIES - 1 && name === FILES - 1);
  });
}

const site = generateSite();
afterAll(() => rmSync(site.root, { recursive: true, force: true }));
const sitePaths = site.files.map((file) => file.slice('public'.length));

interface PurgePlanJson {
  mode: string;
  fallback?: string;
  predictedMs: number;
  maxDurationSeconds: number;
  changed: number;
  covered: number;
  exactUrls: number;
  prefixes: { prefix: string; covers: number; extra: number | null }[];
  extraObjects: number | null;
  siteObjects?: number;
  extraUnknown?: string;
  quota?: { urlsLeft: number; directoriesLeft: number; urlsUsed: number; directoriesUsed: number };
}

function purgePlanOf(run: ActionRun): PurgePlanJson {
  return (JSON.parse(run.outputs.result!) as { purgePlan: PurgePlanJson }).purgePlan;
}

/** Paths under any of `directories` ('/s1/' …), excluding the changed ones: what the prefixes purged besides. */
function extraUnder(directories: readonly string[], changed: ReadonlySet<string>): number {
  return sitePaths.filter(
    (path) => !changed.has(path) && directories.some((directory) => path.startsWith(directory)),
  ).length;
}

/** Checks every changed path is purged exactly or under a prefix; returns the extra objects recounted. */
function recount(
  changed: readonly string[],
  urls: readonly string[],
  directories: string[],
): number {
  const exact = new Set(urls);
  const missed = changed.filter(
    (path) => !exact.has(path) && !directories.some((directory) => path.startsWith(directory)),
  );
  expect(missed).toEqual([]);
  return extraUnder(directories, new Set(changed));
}

const workspaceEnv = { GITHUB_WORKSPACE: site.root };

describe('collapse on gcore: patterns within max-duration, extra objects counted from the workspace', () => {
  const env = useEmulator();
  const base = () => ({
    provider: 'gcore',
    operation: 'purge',
    'api-token': '7711$gcore-test-token-secret',
    'api-url': env.emulator.url('gcore'),
    resource: '123',
    // two hostnames of the same resource: one object per path
    'url-map': 'public/** => https://cdn.example.com/{path}, https://static.example.com/{path}',
  });

  it('collapses 891 changed files (1,782 URLs) to patterns and URLs within 120 s, reporting the extra objects exactly', async () => {
    const changedFiles = nearlyWholeSections(site.files, 9);
    const changed = changedFiles.map((file) => file.slice('public'.length));
    const before = env.gcore.purges.length;
    const run = await env.run(
      { ...base(), 'changed-files': changedFiles.join('\n') },
      { env: workspaceEnv },
    );
    expect(run.exitCode, run.stdout).toBe(0);
    const plan = purgePlanOf(run);
    expect(plan).toMatchObject({
      mode: 'collapsed',
      changed: 891,
      maxDurationSeconds: 120,
      siteObjects: 2000,
    });
    expect(plan.predictedMs).toBeLessThanOrEqual(120_000);

    const purges = env.gcore.purges.slice(before).map((purge) => purge.payload);
    const urls = purges.flatMap((payload) => ('urls' in payload ? payload.urls : []));
    const patterns = purges.flatMap((payload) => ('paths' in payload ? payload.paths : []));
    expect(new Set(urls).size).toBe(urls.length);
    expect(patterns.every((pattern) => /^\/s\d+\/(d\d+\/)?\*$/.test(pattern))).toBe(true);
    const extra = recount(
      changed,
      urls,
      patterns.map((pattern) => pattern.slice(0, -1)),
    );
    expect(plan.extraObjects).toBe(extra);
    expect(plan.prefixes.map((each) => each.prefix).sort()).toEqual([...patterns].sort());
    expect(plan.exactUrls).toBe(urls.length);
    // 400 URLs (4 requests in 2 minutes) and 20 patterns at most: some sections go whole, at 1
    // extra object each (the fewest is 4: four sections and sixteen directories; the planner takes 5)
    expect(extra).toBeGreaterThanOrEqual(4);
    expect(extra).toBeLessThanOrEqual(5);
    // within the windows Gcore enforces: never throttled
    expect(
      env.emulator.requestsTo('gcore', { method: 'POST' }).every((r) => r.status === 201),
    ).toBe(true);

    expect(run.stdout).toMatch(
      /purge: \d+ items in \d+ requests; expected duration [^;]+ at gcore's rate limits; collapsed plan: \d+ prefixes cover \d+ of 891 changed URLs, \d+ sent as they are; [45] extra objects purged \(0\.[23] % of the 2000 objects url-map maps in the workspace\); exactly it would take 18 requests, 8 min 8 s \(max-duration 120 s\)/,
    );
    expect(run.summary).toContain('| Plan | collapsed: ');
    expect(run.summary).toContain(`| Extra objects purged | ${extra} extra objects purged`);
    expect(run.summary).toMatch(/<summary>Prefixes chosen \(\d+\)<\/summary>/);
    expect(run.summary).toMatch(/- `\/s\d\/\* covers 99 changed URLs, purges 1 other object: /);
    expect(run.summary).toContain(
      'https://cdn.example.com/s0/d0/f0.html <- public/s0/d0/f0.html (rule public/**, purged under',
    );
  });

  it('sends an exact plan that fits as before, without reading the site', async () => {
    const changedFiles = site.files.slice(0, 5);
    const before = env.gcore.purges.length;
    const run = await env.run(
      { ...base(), 'changed-files': changedFiles.join('\n') },
      { env: workspaceEnv },
    );
    expect(run.exitCode, run.stdout).toBe(0);
    expect(env.gcore.purges.slice(before).map((purge) => purge.payload)).toEqual([
      {
        urls: changedFiles.flatMap((file) => {
          const path = file.slice('public'.length);
          return [path, path];
        }),
      },
    ]);
    expect(run.stdout).toContain(
      "purge: 10 items in 1 request; expected duration < 1 s at gcore's rate limits; exact plan (max-duration 120 s)",
    );
    expect(run.stdout).not.toContain('counted the site');
    expect(purgePlanOf(run)).toMatchObject({ mode: 'exact', extraObjects: 0, prefixes: [] });
    expect(run.summary).toContain('| Plan | exact: every URL as listed |');
  });

  it('reports the extra objects as unknown when the targets are URLs, not a workspace tree', async () => {
    const urls = nearlyWholeSections(site.files, 9).map(
      (file) => `https://cdn.example.com${file.slice('public'.length)}`,
    );
    const run = await env.run({ ...base(), urls: urls.join('\n') });
    expect(run.exitCode, run.stdout).toBe(0);
    const plan = purgePlanOf(run);
    expect(plan).toMatchObject({ mode: 'collapsed', extraObjects: null });
    expect(plan.extraUnknown).toMatch(/not files of a workspace tree/);
    expect(run.stdout).toContain('extra objects purged unknown (the targets are URLs');
  });

  it('fails up front with collapse: never, naming the duration, and sends nothing', async () => {
    const before = env.gcore.purges.length;
    const run = await env.run(
      {
        ...base(),
        'changed-files': nearlyWholeSections(site.files, 9).join('\n'),
        collapse: 'never',
      },
      { env: workspaceEnv },
    );
    expect(run.exitCode).toBe(1);
    expect(errorLines(run)).toEqual([
      "::error::Input 'collapse': is never, and purging the 1782 URLs exactly (18 requests) takes 488 s at the provider's rate limits, more than max-duration (120 s). Nothing was purged: set collapse to auto to purge directories instead; or raise max-duration to at least 488 (8 min 8 s)",
    ]);
    expect(env.gcore.purges.length).toBe(before);
  });
});

describe('collapse on cdnetworks: within the daily quota check-quota reads', () => {
  const env = useEmulator({
    cdnetworks: { quota: { remainingUrlQuota: 300, remainingDirQuota: 20 } },
  });

  it('purges 891 changed files with at most 300 URLs and 20 dirs, and says what the quota has left', async () => {
    const changedFiles = nearlyWholeSections(site.files, 9);
    const run = await env.run(
      {
        provider: 'cdnetworks',
        operation: 'purge',
        'api-url': env.emulator.url('cdnetworks'),
        'api-key': DEFAULT_CDNETWORKS_ACCOUNT.accessKey,
        'api-secret': DEFAULT_CDNETWORKS_ACCOUNT.secretKey,
        'url-map': 'public/** => https://cdn.example.com/{path}',
        'changed-files': changedFiles.join('\n'),
        'check-quota': 'true',
      },
      { env: workspaceEnv },
    );
    expect(run.exitCode, run.stdout).toBe(0);
    const plan = purgePlanOf(run);
    const bodies = env.emulator
      .requestsTo('cdnetworks', { path: '/ccm/purge/ItemIdReceiver' })
      .map((request) => request.json as { urls?: string[]; dirs?: string[] });
    const urls = bodies.flatMap((body) => body.urls ?? []).map((url) => new URL(url).pathname);
    const dirs = bodies.flatMap((body) => body.dirs ?? []).map((dir) => new URL(dir).pathname);
    expect(urls.length).toBeLessThanOrEqual(300);
    expect(dirs.length).toBeLessThanOrEqual(20);
    const extra = recount(
      changedFiles.map((file) => file.slice('public'.length)),
      urls,
      dirs,
    );
    expect(plan).toMatchObject({
      mode: 'collapsed',
      extraObjects: extra,
      quota: {
        urlsLeft: 300,
        directoriesLeft: 20,
        urlsUsed: urls.length,
        directoriesUsed: dirs.length,
      },
    });
    expect(env.cdnetworks.quota.remainingUrlQuota).toBe(300 - urls.length);
    expect(env.cdnetworks.quota.remainingDirQuota).toBe(20 - dirs.length);
    expect(run.summary).toContain(
      `| Daily quota left | ${300 - urls.length} of 5000 URLs and ${20 - dirs.length} of 500 directories after this purge (it used ${urls.length} and ${dirs.length}) |`,
    );
    expect(run.stdout).toContain(
      `cdnetworks daily quota: 300 of 5000 URLs and 20 of 500 directories remain today; this purge uses ${urls.length} and ${dirs.length}`,
    );
  });
});

describe('collapse on medianova: a refused wildcard falls back to the exact plan', () => {
  const env = useEmulator();

  it('purges every changed URL exactly, with one warning, when "Wildcard Purge Suffix" is off', async () => {
    // the 'static' resource has the option off
    const resource = env.medianova.resources[1]!;
    expect(resource.wildcardPurgeSuffix).toBe(false);
    const changedFiles = nearlyWholeSections(site.files, 15);
    const run = await env.run(
      {
        ...medianovaPurge(env, resource.resource_uuid),
        'url-map': 'public/** => https://static.example.org/{path}',
        'changed-files': changedFiles.join('\n'),
        // 15 jobs take a minute at the assumed 10 a minute: 30 s makes the plan collapse
        'max-duration': '30',
      },
      { env: workspaceEnv },
    );
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.stdout).toMatch(/; collapsed plan: \d+ prefixes cover/);
    const warnings = run.stdout.split('\n').filter((line) => line.startsWith('::warning'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('Wildcard Purge Suffix');
    expect(warnings[0]).toMatch(
      /Falling back to the exact plan: the \d+ URLs the \d+ prefixes covered are purged one by one/,
    );
    const purged = env.medianova.jobs
      .filter((job) => job.resourceUuid === resource.resource_uuid && job.kind === 'purge')
      .flatMap((job) => job.paths);
    expect(purged.some((path) => path.includes('*'))).toBe(false);
    expect(purged.sort()).toEqual(changedFiles.map((file) => file.slice('public'.length)).sort());
    const plan = purgePlanOf(run);
    expect(plan).toMatchObject({ mode: 'exact', extraObjects: 0, covered: 0 });
    expect(plan.fallback).toContain('Wildcard Purge Suffix');
    expect(run.outputs['urls-count']).toBe(String(changedFiles.length));
    expect(run.summary).toContain('| Plan | exact, after the provider refused the prefixes: ');
    expect(run.summary).toMatch(/Prefixes refused, purged URL by URL instead \(\d+\)/);
  });
});

/**
 * The prediction against the emulator's clock. Windows at 0.03 of their real
 * length: Gcore's minute is 1.83 s. The client counts a request when its answer
 * arrives, so every wait adds one round trip: the measured time is never below
 * the prediction, and above it only by those round trips (bounded here by 2 s,
 * far more than a loaded machine's loopback latency). Precise numbers: BENCHMARKS.md, section 5.
 */
describe('collapse timing: the predicted duration against the emulator clock', () => {
  const scale = 0.03;
  const env = useEmulator({ scale });

  it('sends a collapsed plan no faster than predicted and within 2 s of it, URL and pattern requests side by side', async () => {
    const run = await env.run(
      {
        provider: 'gcore',
        operation: 'purge',
        'api-token': '7711$gcore-test-token-secret',
        'api-url': env.emulator.url('gcore'),
        resource: '123',
        'url-map': 'public/** => https://cdn.example.com/{path}',
        'changed-files': nearlyWholeSections(site.files, 9).join('\n'),
      },
      { env: { ...workspaceEnv, CDNKIT_PACING_SCALE: String(scale) } },
    );
    expect(run.exitCode, run.stdout).toBe(0);
    const plan = purgePlanOf(run);
    const purges = env.emulator.requestsTo('gcore', { method: 'POST' });
    expect(purges.every((request) => request.status === 201)).toBe(true);
    const predicted = plan.predictedMs * scale;
    expect(predicted).toBeGreaterThan(0);
    const measured = purges.at(-1)!.at - purges[0]!.at;
    expect(measured).toBeGreaterThanOrEqual(predicted - 10);
    expect(measured).toBeLessThanOrEqual(predicted + 2000);
    // interleaved: a pattern purge goes out before the last URL purge
    const kinds = purges.map((request) => ('urls' in (request.json as object) ? 'url' : 'pattern'));
    expect(kinds.indexOf('pattern')).toBeLessThan(kinds.lastIndexOf('url'));
  });
});
