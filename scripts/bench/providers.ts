/**
 * The providers the bench runs, one entry each: how the action is pointed at
 * the emulator, what a purge call is, the limits it obeys, and how a user
 * without cdnkit would purge one URL. A provider whose src/providers/<name>
 * does not exist yet is skipped with a note.
 */
import { createHmac } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CDNETWORKS_ACCOUNT } from '../../emulator/cdnetworks.js';
import type { AllProviders, EmulatorOptions } from '../../emulator/index.js';
import type { RecordedRequest } from '../../emulator/server.js';
import type { RateLimit } from '../../src/http/pacing.js';
import { ENDPOINTS as CDNETWORKS_ENDPOINTS } from '../../src/providers/cdnetworks/endpoints.js';
import { cdnetworksPurgeModel } from '../../src/providers/cdnetworks/time-model.js';
import { gcorePurgeModel } from '../../src/providers/gcore/time-model.js';
import { medianovaPurgeModel } from '../../src/providers/medianova/time-model.js';
import { check } from './scratch.js';

// per-call limits and windows from the time models the clients send with (one source)
const GCORE_MODEL = gcorePurgeModel('123');
const CDNETWORKS_MODEL = cdnetworksPurgeModel('bench', 'default');
const MEDIANOVA_MODEL = medianovaPurgeModel('bench');

/** Everything the usual alternative needs, as plain strings: it runs in its own process. */
export type AlternativeJob = Record<string, string>;

export interface SingleUrlRequest {
  url: string;
  init: RequestInit;
}

export interface BenchProvider {
  name: string;
  /** URLs one purge call carries at most (the provider's published limit) */
  perCall: number;
  /** emulator settings for this provider (e.g. a daily quota above the bench's URL counts) */
  emulator: Omit<EmulatorOptions, 'scale' | 'taskDelayMs'>;
  /** inputs a list beyond the provider's default daily quota needs (the emulator's is far above) */
  quotaInputs?: Record<string, string>;
  /** the action's inputs for a URL purge, urls-file aside */
  inputs(providers: AllProviders): Record<string, string>;
  /** whether an emulator record is one of this provider's purge calls */
  isPurgeCall(request: RecordedRequest): boolean;
  /** the rate limits every purge call counts against (Medianova's are cdnkit's assumption) */
  callLimits: readonly RateLimit[];
  /** the same, in words */
  limitsText: string;
  /** a case large enough for pacing to show, and the pacing scale that makes it last ~2 s */
  paced?: { urls: number; scale: number };
  /** the usual alternative: one generic request per URL, with the provider's plainest auth */
  alternative: {
    job(providers: AllProviders): AlternativeJob;
    /** a login the alternative needs first, returning what `request` uses (one request) */
    login?(job: AlternativeJob): Promise<string>;
    request(job: AlternativeJob, url: string, session: string | undefined): SingleUrlRequest;
  };
}

/** The host every bench URL is on: a hostname of each emulator's purge resource. */
export const BENCH_HOST = 'cdn.example.com';

const GCORE_TOKEN = '7711$bench-permanent-token-not-a-real-secret';
const GCORE_RESOURCE = '123';
/** Far above the bench's URL counts: a daily quota must not end a benchmark. */
const CDNETWORKS_QUOTA = { urlQuota: 1_000_000, remainingUrlQuota: 1_000_000 };

const json = (body: unknown, headers: Record<string, string>): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});
const pathOf = (url: string) => {
  const parsed = new URL(url);
  return parsed.pathname + parsed.search;
};

const gcore: BenchProvider = {
  name: 'gcore',
  perCall: GCORE_MODEL.byUrl.itemsPerRequest,
  emulator: { gcore: { apiTokens: [GCORE_TOKEN] } },
  inputs: ({ emulator }) => ({
    provider: 'gcore',
    operation: 'purge',
    'api-token': GCORE_TOKEN,
    'api-url': emulator.url('gcore'),
    resource: GCORE_RESOURCE,
  }),
  isPurgeCall: (request) =>
    request.provider === 'gcore' &&
    request.method === 'POST' &&
    request.path === `/cdn/resources/${GCORE_RESOURCE}/purge`,
  callLimits: GCORE_MODEL.byUrl.limits,
  limitsText: '2 URL-purge calls per minute per resource',
  // 10 calls, 2 per 61 s window: 4 windows; × 0.008 ≈ 2 s
  paced: { urls: 1_000, scale: 0.008 },
  alternative: {
    job: ({ emulator }) => ({ base: emulator.url('gcore'), token: GCORE_TOKEN }),
    request: (job, url) => ({
      url: `${job.base}/cdn/resources/${GCORE_RESOURCE}/purge`,
      init: json({ urls: [pathOf(url)] }, { authorization: `APIKey ${job.token}` }),
    }),
  },
};

const cdnetworks: BenchProvider = {
  name: 'cdnetworks',
  perCall: CDNETWORKS_MODEL.byUrl.itemsPerRequest,
  emulator: { cdnetworks: { quota: CDNETWORKS_QUOTA } },
  // without check-quota the plan keeps to the default 5,000 URLs a day
  quotaInputs: { 'check-quota': 'true' },
  // AK/SK, the method the README recommends: every request signed over its body
  inputs: ({ emulator }) => ({
    provider: 'cdnetworks',
    operation: 'purge',
    'api-key': DEFAULT_CDNETWORKS_ACCOUNT.accessKey,
    'api-secret': DEFAULT_CDNETWORKS_ACCOUNT.secretKey,
    'api-url': emulator.url('cdnetworks'),
  }),
  isPurgeCall: (request) =>
    request.provider === 'cdnetworks' &&
    request.method === 'POST' &&
    request.path === CDNETWORKS_ENDPOINTS.purge,
  callLimits: CDNETWORKS_MODEL.byUrl.limits,
  limitsText: '10 purge calls per 5 min, 300 calls per account',
  // 40 calls, 10 per 310 s window: 3 windows; × 0.002 ≈ 1.9 s
  paced: { urls: 20_000, scale: 0.002 },
  alternative: {
    job: ({ emulator }) => ({
      base: emulator.url('cdnetworks'),
      username: DEFAULT_CDNETWORKS_ACCOUNT.username,
      apiKey: DEFAULT_CDNETWORKS_ACCOUNT.apiKey,
    }),
    // API-Key auth, the one a shell script manages: Basic username:base64(HMAC-SHA1(key, Date))
    request: (job, url) => {
      const date = new Date().toUTCString();
      const password = createHmac('sha1', job.apiKey!).update(date).digest('base64');
      const basic = Buffer.from(`${job.username}:${password}`).toString('base64');
      return {
        url: `${job.base}${CDNETWORKS_ENDPOINTS.purge}`,
        init: json({ urls: [url] }, { date, authorization: `Basic ${basic}` }),
      };
    },
  },
};

/** The parts of the Medianova emulator module the bench uses (it lands on its own branch). */
interface MedianovaEmulatorView {
  organization: string;
  apiKey: string;
  apiSecret: string;
  resources: { resource_uuid: string; cdn_url: string; alias_domain: string[] }[];
}

function medianovaOf(providers: AllProviders): MedianovaEmulatorView & { resource: string } {
  const view = (providers as unknown as { medianova?: MedianovaEmulatorView }).medianova;
  check(
    view !== undefined,
    'src/providers/medianova exists, but createEmulator() mounts no medianova module',
  );
  const resource = view.resources.find(
    (r) => r.cdn_url === BENCH_HOST || r.alias_domain.includes(BENCH_HOST),
  );
  check(resource !== undefined, `the medianova emulator has no resource for ${BENCH_HOST}`);
  return { ...view, resource: resource.resource_uuid };
}

const medianova: BenchProvider = {
  name: 'medianova',
  // Medianova API documentation, Purge page: "1 to 100 paths per request" (src/providers/medianova/limits.ts)
  perCall: MEDIANOVA_MODEL.byUrl.itemsPerRequest,
  emulator: {},
  inputs: (providers) => {
    const view = medianovaOf(providers);
    return {
      provider: 'medianova',
      operation: 'purge',
      'api-key': view.apiKey,
      'api-secret': view.apiSecret,
      'api-url': providers.emulator.url('medianova'),
      organization: view.organization,
      resource: view.resource,
    };
  },
  isPurgeCall: (request) =>
    request.provider === 'medianova' &&
    request.method === 'POST' &&
    /\/job\/[^/]+\/purge$/.test(request.path),
  // Medianova publishes no rate limit: cdnkit paces to its own assumption (the emulator enforces none)
  callLimits: MEDIANOVA_MODEL.byUrl.limits,
  limitsText: '10 jobs per minute (assumed: none published)',
  // 30 jobs, 10 per 61 s window: 2 windows; × 0.015 ≈ 1.8 s
  paced: { urls: 3_000, scale: 0.015 },
  alternative: {
    job: (providers) => {
      const view = medianovaOf(providers);
      return {
        base: providers.emulator.url('medianova'),
        apiKey: view.apiKey,
        apiSecret: view.apiSecret,
        organization: view.organization,
        resource: view.resource,
      };
    },
    login: async (job) => {
      const response = await fetch(
        `${job.base}/api/v1/auth/login/token`,
        json({ api_key: job.apiKey, api_secret: job.apiSecret }, {}),
      );
      const body = (await response.json()) as { token?: string };
      if (!response.ok || !body.token)
        throw new Error(`medianova login answered ${response.status}`);
      return body.token;
    },
    request: (job, url, token) => ({
      url: `${job.base}/api/v1/cdn/${job.organization}/job/${job.resource}/purge`,
      init: json(
        { resource_uuid: job.resource, file_path: [pathOf(url)] },
        { authorization: `Bearer ${token}` },
      ),
    }),
  },
};

export const ALL_PROVIDERS: readonly BenchProvider[] = [gcore, cdnetworks, medianova];

/** The providers whose src/providers/<name> exists; the others are named in `skipped`. */
export function availableProviders(root: string): {
  providers: BenchProvider[];
  skipped: string[];
} {
  const present = (provider: BenchProvider) =>
    existsSync(join(root, 'src', 'providers', provider.name));
  return {
    providers: ALL_PROVIDERS.filter(present),
    skipped: ALL_PROVIDERS.filter((provider) => !present(provider)).map(
      (provider) => provider.name,
    ),
  };
}

export function providerNamed(name: string): BenchProvider {
  const provider = ALL_PROVIDERS.find((candidate) => candidate.name === name);
  if (!provider) throw new Error(`no bench provider '${name}'`);
  return provider;
}

/** `count` distinct URLs on BENCH_HOST, spread over 100 directories. */
export function benchUrls(count: number): string[] {
  return Array.from(
    { length: count },
    (_, i) => `https://${BENCH_HOST}/bench/d${i % 100}/asset-${i}.js`,
  );
}
