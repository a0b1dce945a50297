/**
 * What to check, for each kind of failure: every failure line ends with the
 * one hint that applies, and it is decided here and nowhere else. Messages
 * that already end with their own advice (a bad input and what it allows,
 * Medianova's Wildcard Purge Suffix, a quota, a rotation's state) get none.
 * README "Troubleshooting" lists the same hints; a test keeps the two in step.
 */
import {
  describeError,
  InputError,
  ProviderError,
  QuotaError,
  RefusalError,
  RefusedTokenError,
  StepError,
  UsageError,
  VerificationError,
} from './errors.js';
import type { SecretScope } from './github/paths.js';

export const HINTS = {
  gcoreToken:
    'api-token must be <id>$<secret> exactly as shown once at creation, and not expired or deleted: check-token (with other credentials) lists expiry dates',
  gcoreLogin: "username and password must be a Gcore user's login, not an API token",
  gcoreRole:
    "this token's role may not do that: a Purge and Prefetch only (API) token cannot manage tokens, and no token creates one with a higher role than its own",
  medianovaKeys:
    'api-key and api-secret must be the key pair of the Medianova organization (valid 30 days); an api-token from a login step lasts a few hours: log in in the same job',
  medianovaOrganization:
    'the key pair belongs to another Medianova organization than the resource or Stook credential',
  cdnetworksAuth:
    "with AK/SK, the runner's clock must be within 5 minutes and the Access Key and Secret Key one pair; with API-Key, the account username with its API key",
  githubToken:
    'github-token has expired or was revoked; a GitHub App token lasts one hour: mint it in the same job',
  githubAccess:
    'github-token may not do this: check its permissions, and that the GitHub App is installed on the repository',
  throttled:
    "parallel runs share the account's rate limit: add a `concurrency:` group per CDN account to every workflow that uses it",
  githubThrottled:
    "GitHub's rate limit for github-token was reached: parallel runs share it; add a `concurrency:` group, or run again later",
  network: "no answer came: check https_proxy and no_proxy, or raise 'timeout'",
  serverError: 'the provider failed: retry later, and quote the request id to its support',
  redirect: "use the final https URL in 'api-url'",
  githubRedirect: 'set GITHUB_API_URL to the final https URL of the API',
  answer:
    "the answer does not match what the provider's API documents: retry later; if it persists, open an issue with the debug log",
  notFound:
    'check that what the request names (resource, domain, token or certificate id) exists in this account',
  refused: 'the provider refused the request as sent: its message names what to change',
  refusedToken:
    'create a new API token (in the Gcore panel, or with create-token and other credentials) and store it where api-token is read from',
  verification:
    "check the new one in the provider's panel: it exists, but did not yet show the values cdnkit expected",
  localFile: 'check the path, its permissions and the free space',
  internal:
    'this is a bug in cdnkit: re-run with debug logging (ACTIONS_STEP_DEBUG, or --verbose) and open an issue with the log',
} as const;

/** What github-token must be allowed to do where the secret lives. */
export function githubAccessHint(scope: SecretScope): string {
  switch (scope.kind) {
    case 'repository':
      return `github-token needs the repository permission "Secrets: read and write" on ${scope.repository} (the default GITHUB_TOKEN cannot write secrets), and the GitHub App must be installed on the repository`;
    case 'environment':
      return `github-token needs the repository permission "Environments: read and write" on ${scope.repository}, the environment '${scope.environment}' must exist, and the GitHub App must be installed on the repository`;
    case 'organization':
      return `github-token needs the organization permission "Secrets: read and write" on ${scope.org} (an organization admin's token), and the GitHub App must be installed on the organization`;
  }
}

/** The hint for `error`, or undefined when its message already ends with its own. */
export function hintFor(error: unknown): string | undefined {
  if (carriesOwnHint(error)) return undefined;
  if (error instanceof ProviderError) return providerHint(error);
  if (error instanceof RefusedTokenError) return HINTS.refusedToken;
  if (error instanceof VerificationError) return HINTS.verification;
  // by name: importing http/shape.ts would put it in the start-up bundle for this one check
  if (error instanceof Error && error.name === 'ShapeError') return HINTS.answer;
  if (isSystemError(error)) return HINTS.localFile;
  return HINTS.internal;
}

/** The one line a user sees for a failure: what failed, then its hint. */
export function describeFailure(error: unknown): string {
  return withHint(describeError(error), error);
}

/** The hint for `error` as a sentence that more text follows, or undefined. */
export function hintSentence(error: unknown): string | undefined {
  const hint = hintFor(error);
  return hint ? `${hint}.` : undefined;
}

/** `line`, ended with the hint for `error` (the error the line reports). */
export function withHint(line: string, error: unknown): string {
  const hint = hintFor(error);
  return hint ? `${line.replace(/\.$/, '')}. ${hint}` : line;
}

function carriesOwnHint(error: unknown): boolean {
  return (
    error instanceof InputError ||
    error instanceof UsageError ||
    error instanceof QuotaError ||
    error instanceof StepError ||
    error instanceof RefusalError ||
    (error instanceof ProviderError && error.details.hinted === true)
  );
}

/** HTTP failures: how the exchange failed first, then the status, then the provider. */
function providerHint(error: ProviderError): string {
  const { status, transport, throttled } = error.details;
  const github = error.provider === 'github';
  if (transport === 'network' || transport === 'timeout') return HINTS.network;
  if (transport === 'too-large') return HINTS.answer;
  if (throttled) return github ? HINTS.githubThrottled : HINTS.throttled;
  if (status === undefined || (status >= 200 && status <= 299)) return HINTS.answer;
  if (status >= 300 && status <= 399) return github ? HINTS.githubRedirect : HINTS.redirect;
  if (status >= 500) return HINTS.serverError;
  return refusalHint(error, status) ?? (status === 404 ? HINTS.notFound : HINTS.refused);
}

/** 401 and 403, as each provider means them. */
function refusalHint(error: ProviderError, status: number): string | undefined {
  switch (error.provider) {
    case 'gcore':
      if (status === 401) {
        return error.details.action?.endsWith('/iam/auth/jwt/login')
          ? HINTS.gcoreLogin
          : HINTS.gcoreToken;
      }
      return status === 403 ? HINTS.gcoreRole : undefined;
    case 'medianova':
      if (status === 401) return HINTS.medianovaKeys;
      return status === 403 ? HINTS.medianovaOrganization : undefined;
    case 'cdnetworks':
      return status === 401 || status === 403 ? HINTS.cdnetworksAuth : undefined;
    case 'github': {
      if (status === 401) return HINTS.githubToken;
      if (status !== 403 && status !== 404) return undefined;
      const { secretScope } = error.details;
      return secretScope ? githubAccessHint(secretScope) : HINTS.githubAccess;
    }
    default:
      return undefined;
  }
}

/** A file or system call failed (EACCES, ENOSPC…): the error or its cause has Node's code. */
function isSystemError(error: unknown): boolean {
  const codeOf = (value: unknown) => (value as { code?: unknown } | null)?.code;
  return [error, (error as { cause?: unknown } | null)?.cause].some(
    (each) => typeof codeOf(each) === 'string' && /^E[A-Z0-9]+$/.test(codeOf(each) as string),
  );
}
