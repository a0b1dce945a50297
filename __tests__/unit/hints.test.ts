/**
 * Every error class cdnkit raises, and every kind of provider failure: the
 * line the user sees is one line, ends with the one hint that applies (or its
 * own advice), and never holds two hints. README "Troubleshooting" lists the
 * same hints, word for word.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  describeError,
  InputError,
  ProviderError,
  type ProviderErrorDetails,
  QuotaError,
  RefusalError,
  RefusedTokenError,
  StepError,
  UnsupportedOperationError,
  UsageError,
  VerificationError,
} from '../../src/errors.js';
import type { SecretScope } from '../../src/github/paths.js';
import { describeFailure, githubAccessHint, HINTS, hintFor, withHint } from '../../src/hints.js';
import { ShapeError } from '../../src/http/shape.js';

const fail = (provider: string, details: ProviderErrorDetails, message = 'Refused') =>
  new ProviderError(provider, message, { action: 'GET /x', requestId: 'R-1', ...details });

const REPOSITORY: SecretScope = { kind: 'repository', repository: 'acme/site' };
const ENVIRONMENT: SecretScope = {
  kind: 'environment',
  repository: 'acme/site',
  environment: 'production',
};
const ORGANIZATION: SecretScope = { kind: 'organization', org: 'acme' };
const gcore401 = fail('gcore', { status: 401 }, 'Invalid token');

/** [what, the error, the hint its line must end with] */
const ENDS_WITH_HINT: [string, unknown, string][] = [
  ['Gcore 401', gcore401, HINTS.gcoreToken],
  [
    'Gcore 401 on the JWT login',
    fail('gcore', { status: 401, action: 'POST /iam/auth/jwt/login' }),
    HINTS.gcoreLogin,
  ],
  ['Gcore 403', fail('gcore', { status: 403 }), HINTS.gcoreRole],
  ['Medianova 401', fail('medianova', { status: 401 }), HINTS.medianovaKeys],
  ['Medianova 403', fail('medianova', { status: 403 }), HINTS.medianovaOrganization],
  ['CDNetworks 401', fail('cdnetworks', { status: 401 }), HINTS.cdnetworksAuth],
  ['CDNetworks 403', fail('cdnetworks', { status: 403 }), HINTS.cdnetworksAuth],
  ['GitHub 401', fail('github', { status: 401 }), HINTS.githubToken],
  [
    'GitHub 403, repository secret',
    fail('github', { status: 403, secretScope: REPOSITORY }),
    githubAccessHint(REPOSITORY),
  ],
  [
    'GitHub 404, environment secret',
    fail('github', { status: 404, secretScope: ENVIRONMENT }),
    githubAccessHint(ENVIRONMENT),
  ],
  [
    'GitHub 403, organization secret',
    fail('github', { status: 403, secretScope: ORGANIZATION }),
    githubAccessHint(ORGANIZATION),
  ],
  ['GitHub 403, no secret', fail('github', { status: 403 }), HINTS.githubAccess],
  ['Gcore 429 after retries', fail('gcore', { status: 429, throttled: true }), HINTS.throttled],
  [
    'CDNetworks 446 after retries',
    fail('cdnetworks', { status: 446, throttled: true }),
    HINTS.throttled,
  ],
  [
    'GitHub rate limit (403)',
    fail('github', { status: 403, throttled: true, secretScope: REPOSITORY }),
    HINTS.githubThrottled,
  ],
  [
    'a network error',
    fail('medianova', { transport: 'network' }, 'network error: ECONNRESET'),
    HINTS.network,
  ],
  [
    'a timeout after the headers',
    fail('gcore', { transport: 'timeout', status: 200 }, 'the answer did not finish within 5 s'),
    HINTS.network,
  ],
  ['an answer too large', fail('gcore', { transport: 'too-large', status: 200 }), HINTS.answer],
  ['a 500 after retries', fail('gcore', { status: 500 }), HINTS.serverError],
  ['a 503 after retries', fail('github', { status: 503 }), HINTS.serverError],
  ['a redirect', fail('cdnetworks', { status: 302 }), HINTS.redirect],
  ['a GitHub redirect', fail('github', { status: 307 }), HINTS.githubRedirect],
  ['a 200 of the wrong shape', fail('gcore', { status: 200 }, "'id' is missing"), HINTS.answer],
  ['an answer cdnkit cannot use, no status', fail('github', {}), HINTS.answer],
  ['a 404', fail('gcore', { status: 404 }, 'Not found'), HINTS.notFound],
  ['a 400', fail('medianova', { status: 400 }, 'Invalid URL'), HINTS.refused],
  ['a 422', fail('github', { status: 422 }, 'Validation Failed'), HINTS.refused],
  ['RefusedTokenError', new RefusedTokenError('7711', gcore401), HINTS.refusedToken],
  [
    'VerificationError',
    new VerificationError('credential 5 is not in the credential list after 5 reads'),
    HINTS.verification,
  ],
  ['ShapeError', new ShapeError('[0].id', 'an id', 'null'), HINTS.answer],
  [
    'a file the system refused',
    new Error('writing the new api-token to /x failed (EACCES)', {
      cause: Object.assign(new Error('denied'), { code: 'EACCES' }),
    }),
    HINTS.localFile,
  ],
  [
    'a TypeError (a bug)',
    new TypeError("Cannot read properties of undefined (reading 'id')"),
    HINTS.internal,
  ],
  ['a thrown string (a bug)', 'boom', HINTS.internal],
];

/** [what, the error]: its message ends with its own advice; no hint is added */
const OWN_ADVICE: [string, unknown][] = [
  ['InputError', new InputError('resource', "must be a number, not 'x'")],
  ['UnsupportedOperationError', new UnsupportedOperationError('Gcore', 'login', ['purge'])],
  ['UsageError', new UsageError("unknown option '--purg'; did you mean '--purge'?")],
  [
    'QuotaError (CDNetworks quota)',
    new QuotaError(
      'CDNetworks daily purge quota: 10 URLs left. Nothing was purged: purge fewer URLs today, or ask the provider to raise the daily quota',
    ),
  ],
  [
    'RefusalError',
    new RefusalError('Refusing to store an empty value in repository secret X of acme/site'),
  ],
  [
    "Medianova's Wildcard Purge Suffix",
    fail(
      'medianova',
      { status: 400, hinted: true },
      'Refused. Wildcard purges (paths with *) work only when the option is on',
    ),
  ],
];

const ALL_HINTS = [
  ...Object.values(HINTS),
  ...[REPOSITORY, ENVIRONMENT, ORGANIZATION].map(githubAccessHint),
];
const hintsIn = (line: string) => ALL_HINTS.filter((hint) => line.includes(hint));

describe('every failure line ends with the one hint that applies', () => {
  it.each(ENDS_WITH_HINT)('%s', (_what, error, hint) => {
    const line = describeFailure(error);
    expect(line).not.toMatch(/[\r\n]/);
    expect(line.endsWith(`. ${hint}`), line).toBe(true);
    expect(line.startsWith(describeError(error).replace(/\.$/, ''))).toBe(true);
    expect(hintsIn(line)).toEqual([hint]);
  });

  it.each(OWN_ADVICE)('%s keeps its own advice and gets no hint', (_what, error) => {
    expect(hintFor(error)).toBeUndefined();
    expect(describeFailure(error)).toBe(describeError(error));
    expect(hintsIn(describeFailure(error))).toEqual([]);
  });

  it("a rotation's StepError says what to fix, then ends with what exists now", () => {
    const cause = fail('github', { status: 403, secretScope: REPOSITORY });
    const state =
      'Tokens now: new 9 (not stored). Its secret is only in masked outputs: delete token 9 and run again.';
    // rotation.ts puts the cause's hint before the state, as a sentence
    const error = new StepError(
      'Storing the new token',
      cause,
      `${githubAccessHint(REPOSITORY)}. ${state}`,
    );
    const line = describeFailure(error);
    expect(hintFor(error)).toBeUndefined();
    expect(line.endsWith(state)).toBe(true);
    expect(hintsIn(line)).toEqual([githubAccessHint(REPOSITORY)]);
  });

  it('withHint ends a report line with the hint of the error it reports', () => {
    expect(
      withHint(
        'Purge stopped at request 2 of 3: Gcore (POST /purge): Too many; status 429. 1 of 3 items were purged.',
        fail('gcore', { status: 429, throttled: true }),
      ),
    ).toBe(
      `Purge stopped at request 2 of 3: Gcore (POST /purge): Too many; status 429. 1 of 3 items were purged. ${HINTS.throttled}`,
    );
  });
});

describe('README "Troubleshooting"', () => {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(
    readme.indexOf('## Troubleshooting'),
    readme.indexOf('\n## ', readme.indexOf('## Troubleshooting') + 3),
  );
  // Markdown code spans and escaped pipes are the README's, not the hint's
  const plain = (text: string) => text.replace(/`/g, '').replace(/\\\|/g, '|');

  it.each(Object.entries(HINTS))('lists the hint %s word for word', (_name, hint) => {
    expect(plain(section)).toContain(plain(hint));
  });

  it('lists the GitHub permission hints of each scope', () => {
    for (const scope of [REPOSITORY, ENVIRONMENT, ORGANIZATION]) {
      const generic = githubAccessHint(scope)
        .replace('acme/site', '<owner/repo>')
        .replace('acme', '<org>')
        .replace("'production'", "'<name>'");
      expect(plain(section)).toContain(plain(generic));
    }
  });
});
