import { describe, expect, it } from 'vitest';
import { batch, parseList } from '../../src/targets/list.js';
import { resourcePathOf } from '../../src/targets/resource-paths.js';
import { normaliseTarget, splitTarget } from '../../src/targets/url.js';

describe('parseList', () => {
  it('splits on newlines and commas, drops blanks and # comments, removes duplicates in order', () => {
    expect(parseList('/a, /b\n\n# a comment\n /c \n/a\r\n/d,')).toEqual(['/a', '/b', '/c', '/d']);
  });
  it('keeps commas inside a line when reading a file', () => {
    expect(parseList('/a?x=1,2\n# c\n/b', { commas: false })).toEqual(['/a?x=1,2', '/b']);
  });
  it('gives an empty list for comments only', () => {
    expect(parseList('# nothing\n   \n')).toEqual([]);
  });
});

describe('normaliseTarget', () => {
  it.each([
    ['https://CDN.Example.com:443/a/b.js#frag', 'https://cdn.example.com/a/b.js'],
    ['http://cdn.example.com/x?y=1', 'http://cdn.example.com/x?y=1'],
    ['/a/../b/c.png', '/b/c.png'],
    ['/images/*', '/images/*'],
    ['/ü.html', '/%C3%BC.html'],
  ])('%s -> %s', (input, expected) => {
    expect(normaliseTarget(input, 'urls')).toBe(expected);
  });

  it.each([
    ['ftp://host/x', /neither a full http\(s\) URL nor an absolute path/],
    ['cdn.example.com/x', /neither/],
    ['//cdn.example.com/x', /neither/],
    ['https://user:pw@cdn.example.com/x', /user credentials/],
    ['/a\u0000b', /control characters/],
    ['https://exa mple.com/', /white space/],
    [`/${'a'.repeat(2000)}`, /at most 2000/],
    ['https://[bad/', /not a valid URL/],
    ['/.//', /reads as a host/],
  ])('rejects %s', (input, message) => {
    expect(() => normaliseTarget(input, 'urls')).toThrow(message);
  });

  it('names the input in the error', () => {
    expect(() => normaliseTarget('nope', 'prefixes')).toThrow(/^Input 'prefixes': /);
  });
});

describe('splitTarget', () => {
  it('splits full URLs into host and path + query, leaves paths alone', () => {
    expect(splitTarget('https://cdn.example.com/a?b=1')).toEqual({
      host: 'cdn.example.com',
      path: '/a?b=1',
    });
    expect(splitTarget('/a?b=1')).toEqual({ host: undefined, path: '/a?b=1' });
  });
});

describe('resourcePathOf', () => {
  const resource = { id: '1', hostnames: ['cdn.example.com', 'Static.Example.com'] };

  it("reads the path + query of a URL on one of the resource's hostnames, as splitTarget does", () => {
    for (const url of [
      'https://cdn.example.com/a/b.html?v=1',
      'https://static.example.com:8443/c/',
      'https://cdn.example.com/',
      '/bare/path?q=/x',
    ])
      expect(resourcePathOf(normaliseTarget(url, 'urls'), resource)).toBe(
        splitTarget(normaliseTarget(url, 'urls')).path,
      );
  });

  it('gives nothing for another host, and every path when the hostnames are unknown', () => {
    expect(resourcePathOf('https://other.example.com/a', resource)).toBeUndefined();
    expect(resourcePathOf('https://other.example.com/a', { id: '1' })).toBe('/a');
  });
});

describe('batch', () => {
  it('keeps order, respects the size, loses nothing', () => {
    const items = Array.from({ length: 250 }, (_, i) => i);
    const batches = batch(items, 100);
    expect(batches.map((b) => b.length)).toEqual([100, 100, 50]);
    expect(batches.flat()).toEqual(items);
  });
  it('gives no batch for no items and rejects a bad size', () => {
    expect(batch([], 10)).toEqual([]);
    expect(() => batch([1], 0)).toThrow(RangeError);
  });
});
