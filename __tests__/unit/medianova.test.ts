import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { expiryIso } from '../../src/providers/medianova/auth.js';
import {
  hostnamesOf,
  jobState,
  MedianovaCdn,
  type MedianovaCdnOptions,
} from '../../src/providers/medianova/cdn.js';
import { STOOK_PREFIXES } from '../../src/providers/medianova/endpoints.js';
import { toWildcardPath } from '../../src/providers/medianova/paths.js';
import { medianovaErrorMessage } from '../../src/providers/medianova/protocol.js';
import { toResourcePaths } from '../../src/targets/resource-paths.js';

const RESOURCE = { id: 'res-1', hostnames: ['www.example.com', 'res-1.mncdn.com'] };

/** Planning is pure: the client needs no HTTP for it. */
function planner(options: Partial<MedianovaCdnOptions> = {}) {
  const noAuth = {} as ConstructorParameters<typeof MedianovaCdn>[0];
  return new MedianovaCdn(noAuth, {
    organization: 'org-1',
    resource: 'res-1',
    checkHosts: true,
    ...options,
  });
}
const targets = (over: Partial<{ urls: string[]; prefixes: string[]; purgeAll: boolean }>) => ({
  urls: [],
  prefixes: [],
  purgeAll: false,
  skippedFiles: [],
  ...over,
});

describe('expiryIso', () => {
  it.each([
    [1666024005, '2022-10-17T16:26:45Z'],
    ['1666024005', '2022-10-17T16:26:45Z'],
    [undefined, undefined],
    ['soon', undefined],
    [0, undefined],
  ])('%s -> %s', (expire, iso) => {
    expect(expiryIso(expire)).toBe(iso);
  });
});

describe('toWildcardPath', () => {
  it.each([
    ['/css', '/css/*'],
    ['/css/', '/css/*'],
    ['/', '/*'],
    ['/img/*.jpg', '/img/*.jpg'],
    ['/img/*', '/img/*'],
  ])('%s -> %s', (prefix, wildcard) => {
    expect(toWildcardPath(prefix)).toBe(wildcard);
  });
});

describe('jobState', () => {
  it('is pending while the job is not listed', () => {
    expect(jobState('op', [])).toEqual({
      id: 'op',
      state: 'pending',
      detail: 'not listed by Medianova (yet)',
    });
  });
  it('is done when every URL has completedAt, whatever the status codes', () => {
    expect(
      jobState('op', [
        { url: '/a', status: 7, message: 'Odd', completedAt: '2026-11-23T09:00:00Z' },
        { url: '/b', status: 2, completedAt: '2026-11-23T09:00:01Z' },
      ]),
    ).toEqual({ id: 'op', state: 'done', detail: '2 of 2 finished; status 7: Odd, status 2' });
  });
  it('is failed, never done, when a URL says it failed, with the message', () => {
    const done = '2026-11-23T09:00:00Z';
    expect(
      jobState('op', [
        { url: '/a', status: 2, message: 'Completed', completedAt: done },
        { url: '/b', status: 3, message: 'Failed', completedAt: done },
      ]),
    ).toEqual({ id: 'op', state: 'failed', detail: '1 of 2 failed, e.g. /b; status 3: Failed' });
    for (const failing of [
      { message: 'Purge error: path syntax incorrect' },
      { status: 'FAILED' },
      { state: 'Failed', message: 'file does not exist' },
    ]) {
      expect(jobState('op', [{ url: '/c', completedAt: null, ...failing }]).state).toBe('failed');
    }
  });
  it('is pending while one URL has no completedAt', () => {
    expect(
      jobState('op', [
        { url: '/a', status: 2, completedAt: 'x' },
        { url: '/b', status: 1, completedAt: null },
      ]).state,
    ).toBe('pending');
  });
});

describe('hostnamesOf', () => {
  it('takes cdn_url and every alias_domain, bare and lower case', () => {
    expect(
      hostnamesOf({
        resource_uuid: 'r',
        cdn_url: 'https://Abc.mncdn.com/',
        alias_domain: ['CDN.example.com', 'img.example.com:443', ''],
      }),
    ).toEqual(['abc.mncdn.com', 'cdn.example.com', 'img.example.com']);
  });
});

describe('planning', () => {
  it('batches URL paths at 100 with the originals as items', () => {
    const urls = Array.from({ length: 250 }, (_, i) => `https://www.example.com/f${i}.js`);
    const requests = planner().planPurge(targets({ urls }), RESOURCE);
    expect(requests.map((request) => request.items.length)).toEqual([100, 100, 50]);
    expect(requests[0]).toMatchObject({
      kind: 'purge by URL',
      method: 'POST',
      path: '/api/v1/cdn/org-1/job/res-1/purge',
      items: expect.arrayContaining([urls[0]]),
    });
    expect((requests[2]!.body as { file_path: string[] }).file_path[0]).toBe('/f200.js');
  });

  it('sends prefixes as wildcards and purge-all as ["/*"]', () => {
    const cdn = planner();
    expect(cdn.planPurge(targets({ prefixes: ['/css'] }), RESOURCE)[0]!.body).toEqual({
      resource_uuid: 'res-1',
      file_path: ['/css/*'],
    });
    expect(cdn.planPurge(targets({ purgeAll: true }), RESOURCE)).toEqual([
      expect.objectContaining({
        kind: 'purge all',
        body: { resource_uuid: 'res-1', file_path: ['/*'] },
      }),
    ]);
  });

  it('refuses wildcards in a prefetch and foreign hosts anywhere', () => {
    expect(() => planner().planPrefetch(['/v/*.mp4'], RESOURCE)).toThrow(InputError);
    expect(() => planner().planPrefetch(['https://evil.example.net/a'], RESOURCE)).toThrow(
      "Input 'urls': host evil.example.net does not belong to resource res-1",
    );
  });

  it('encodes path segments taken from inputs', () => {
    const [request] = planner({ organization: 'org/1' }).planPrefetch(['/a'], { id: 'r?1' });
    expect(request!.path).toBe('/api/v1/cdn/org%2F1/job/r%3F1/prefetch');
  });

  it('uses a uuid as given, without a lookup, when no host needs checking', async () => {
    const cdn = planner({ checkHosts: false, resource: 'b7e4d2a1-5c3f-4e8a-9b6d-1f0c2e7a4d95' });
    expect(await cdn.resolveResource()).toEqual({ id: 'b7e4d2a1-5c3f-4e8a-9b6d-1f0c2e7a4d95' });
  });
});

describe('toResourcePaths (shared by Gcore and Medianova)', () => {
  it('reduces URLs of the resource to path + query and keeps bare paths', () => {
    expect(toResourcePaths(['https://www.example.com/a?b=1', '/c'], RESOURCE, 'urls')).toEqual([
      '/a?b=1',
      '/c',
    ]);
  });
  it('does not check hosts when the hostnames are unknown (dry run)', () => {
    expect(toResourcePaths(['https://any.example/x'], { id: 'r' }, 'urls')).toEqual(['/x']);
  });
});

describe('medianovaErrorMessage', () => {
  it.each([
    [{ status: false, message: 'Resource not found.' }, 'Resource not found.'],
    [{ status: false, errors: { name: ['is required'] } }, 'name: is required'],
    [
      { status: false, message: 'Invalid request payload.', errors: { buckets: 'empty' } },
      'Invalid request payload.; buckets: empty',
    ],
    ['<html>', undefined],
  ])('%j -> %s', (body, message) => {
    expect(medianovaErrorMessage(body).message).toBe(message);
  });
});

it('keeps both Stook prefixes in one place, the documented one first', () => {
  expect(STOOK_PREFIXES).toEqual(['/api/v2/stook', '/api/api/v2/stook']);
});
