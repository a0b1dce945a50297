import fc from 'fast-check';
import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import { compileGlob, MAX_ALTERNATIVES, type StepMeter } from '../../src/targets/glob.js';
import { fillTemplate, parseUrlMap } from '../../src/targets/url-map.js';
import { UrlMapper } from '../../src/targets/url-mapper.js';

const mapper = (text: string, dotfiles = false) => new UrlMapper(parseUrlMap(text), { dotfiles });
const matches = (glob: string, path: string, dot = false) => compileGlob(glob, { dot }).match(path);

describe('url-map globs behave as picomatch', () => {
  it.each([
    ['public/**/*.{html,css}', 'public/a/b/site.css', true],
    ['public/**/*.{html,css}', 'public/index.html', true],
    ['public/**/*.{html,css}', 'public/app.js', false],
    ['public/{img,fonts}/**', 'public/fonts/a/b.woff2', true],
    ['public/{img,fonts}/**', 'public/css/a.css', false],
    ['x{1..3}.js', 'x2.js', true],
    ['x{1..3}.js', 'x4.js', false],
    ['a/[a-c]x/?.js', 'a/bx/z.js', true],
    ['a/[a-c]x/?.js', 'a/dx/z.js', false],
    ['a/[^a]x', 'a/bx', true],
    ['a/[^a]x', 'a/ax', false],
    ['a/[[:digit:]]*.png', 'a/1x.png', true],
    ['a/[[:digit:]]*.png', 'a/x1.png', false],
    ['a/**', 'a', true],
    ['a/**/b', 'a/b', true],
    ['a/**/b', 'a/x/y/b', true],
    ['**/x', 'x', true],
    ['a/*.js', 'a/x/b.js', false],
    ['a.b/*', 'axb/c', false],
    ['a\\*b', 'a*b', true],
    ['a\\*b', 'axb', false],
    ['*.min.*', 'app.min.js', true],
  ])('%s on %s: %s', (glob, path, expected) => {
    expect(matches(glob, path)).toBe(expected);
    expect(picomatch.isMatch(path, glob)).toBe(expected);
  });

  it('dotfiles: * and ** skip names starting with a dot unless url-map-dotfiles is true', () => {
    expect(matches('public/**', 'public/.well-known/security.txt')).toBe(false);
    expect(matches('public/**', 'public/.well-known/security.txt', true)).toBe(true);
    expect(matches('public/.well-known/*', 'public/.well-known/security.txt')).toBe(true);
    expect(matches('public/*', 'public/.htaccess')).toBe(false);
    expect(matches('public/*', 'public/.htaccess', true)).toBe(true);
  });

  it('a leading ! negates', () => {
    expect(matches('!public/drafts/**', 'public/drafts/a.html')).toBe(false);
    expect(matches('!public/drafts/**', 'public/a.html')).toBe(true);
  });

  it('agrees with picomatch on generated globs and paths', () => {
    // picomatch's syntax within one segment, `**` as a whole segment, braces that may hold a
    // slash. Left out: an empty alternative (`{,a}*`), with which picomatch lets `*` match a
    // leading dot in spite of dot: false; cdnkit keeps the documented rule.
    const atom = fc.constantFrom(
      'a',
      'b',
      '.',
      '*',
      '?',
      '[ab]',
      '[^a]',
      '[a-c]',
      '{a,b}',
      '{a,b*}',
      '{a,b/c}',
    );
    const segment = fc.oneof(
      fc.constant('**'),
      fc.array(atom, { minLength: 1, maxLength: 3 }).map((atoms) => atoms.join('')),
    );
    // `**` beside other characters is read as `*` by cdnkit (documented), not as picomatch does
    const glob = fc
      .array(segment, { minLength: 1, maxLength: 4 })
      .map((parts) => parts.join('/'))
      .filter((text) => text.split('/').every((part) => part === '**' || !part.includes('**')));
    const name = fc
      .array(fc.constantFrom('a', 'b', 'c', '.'), { minLength: 1, maxLength: 4 })
      .map((chars) => chars.join(''))
      .filter((text) => text !== '.' && text !== '..'); // git never lists . or .. segments
    const path = fc.array(name, { minLength: 1, maxLength: 4 }).map((names) => names.join('/'));
    fc.assert(
      fc.property(glob, path, fc.boolean(), (pattern, file, dot) => {
        // cdnkit refuses a glob whose braces expand past its documented cap (256): not compared
        let ours: boolean;
        try {
          ours = matches(pattern, file, dot);
        } catch (error) {
          expect(String(error)).toMatch(/expands to more than 256 alternatives/);
          return;
        }
        expect([pattern, file, dot, ours]).toEqual([
          pattern,
          file,
          dot,
          picomatch.isMatch(file, pattern, { dot }),
        ]);
      }),
      { numRuns: 1500 },
    );
  });

  it('a name never starts with a dot through an empty `*`', () => {
    expect(matches('*.a', '.a')).toBe(false);
    expect(matches('*.a', 'b.a')).toBe(true);
    expect(matches('*.a', '.a', true)).toBe(true);
    expect(matches('*[^a]a/**', '.a')).toBe(false);
  });
});

describe('url-map globs match in linear time', () => {
  /** Steps to match `path`: never more than the glob's NFA edges times the path's length. */
  function steps(glob: string, path: string): { steps: number; bound: number; matched: boolean } {
    const compiled = compileGlob(glob, { dot: false });
    const meter: StepMeter = { steps: 0 };
    const matched = compiled.match(path, meter);
    return { steps: meter.steps, bound: compiled.edges * path.length, matched };
  }

  it.each([
    ['public/**/**/**/**/*.html', `public/${'a/'.repeat(2000)}x.htm`],
    ['**/a*a*a*a*a*a*a*a*b/**', `${'a/'.repeat(500)}${'a'.repeat(3000)}`],
    ['**/*x*x*x*x*x*y', `${'x'.repeat(5000)}`],
    ['{a,b}/**/{a,b}*{a,b}*{a,b}*c', `a/${'ab/'.repeat(800)}${'ab'.repeat(800)}`],
  ])('%s over a hostile path stays within edges × length steps', (glob, path) => {
    const once = steps(glob, path);
    expect(once.matched).toBe(false);
    expect(once.steps).toBeLessThanOrEqual(once.bound);
    // twice the path, at most twice the steps (plus the constant of one more prefix)
    const twice = steps(glob, path + path.slice(path.indexOf('/') + 1));
    expect(twice.steps).toBeLessThanOrEqual(2 * once.steps + compiled(glob).edges * 8);
  });

  const compiled = (glob: string) => compileGlob(glob, { dot: false });

  it('collapses repeated globstars', () => {
    expect(compiled('public/**/**/**/**/*.html').edges).toBe(compiled('public/**/*.html').edges);
  });

  it('refuses extglobs, [!…] and brace explosions, naming the glob', () => {
    expect(() => compiled('public/+(a|aa)*.html')).toThrow(/extglob/);
    expect(() => compiled('public/!(x).html')).toThrow(/extglob/);
    expect(() => compiled('public/[!a].html')).toThrow(/\[\^…\]/);
    expect(() => compiled('{a,b}'.repeat(9))).toThrow(
      new RegExp(`more than ${MAX_ALTERNATIVES} alternatives`),
    );
  });
});

describe('UrlMapper.walkRoots', () => {
  const roots = (text: string) => new UrlMapper(parseUrlMap(text), { dotfiles: false }).walkRoots();

  it("gives each mapping rule's fixed directories, none inside another", () => {
    expect(
      roots(
        'public/docs/** => https://x.example/{path}\npublic/*.html => https://x.example/{name}\nstatic/{a,b}/** => /s/{path}\n!drafts/**',
      ),
    ).toEqual(['public', 'static']);
  });

  it('walks everything when a rule can match anywhere', () => {
    expect(roots('public/** => /{path}\n**/*.css => /css/{name}')).toEqual(['']);
  });
});

describe('url-map rules', () => {
  it('maps with the first matching rule and lists unmatched files', () => {
    const result = mapper(
      '# comment\npublic/**/*.html => https://www.example.com/{path}\npublic/** => https://static.example.com/{path}\n',
    ).mapAll([
      'public/index.html',
      'public/docs/a.html',
      'public/img/a b.png',
      'README.md',
      './public/x.css',
    ]);
    expect(result.mapped.map((entry) => entry.url)).toEqual([
      'https://www.example.com/index.html',
      'https://www.example.com/docs/a.html',
      'https://static.example.com/img/a%20b.png',
      'https://static.example.com/x.css',
    ]);
    expect(result.mapped[2]).toEqual({
      url: 'https://static.example.com/img/a%20b.png',
      file: 'public/img/a b.png',
      rule: 'public/**',
    });
    expect(result.unmatched).toEqual(['README.md']);
  });

  it('several templates a rule, with {path}, {dir} and {name}', () => {
    const map = mapper(
      'public/**/index.html => https://www.example.com/{dir}/, https://www.example.com/{path}\npublic/**/*.js => /js/{name}',
    );
    expect(map.map('public/docs/index.html').map((entry) => entry.url)).toEqual([
      'https://www.example.com/docs/',
      'https://www.example.com/docs/index.html',
    ]);
    // at the top, {dir}/ disappears instead of leaving a double slash
    expect(map.map('public/index.html').map((entry) => entry.url)).toEqual([
      'https://www.example.com/',
      'https://www.example.com/index.html',
    ]);
    expect(map.map('public/a/b/app.js').map((entry) => entry.url)).toEqual(['/js/app.js']);
  });

  it('removes the glob base (picomatch.scan), or the directory of a literal path', () => {
    expect(
      mapper('site/assets/*.js => /static/{path}').mapAll([
        'site/assets/app.js',
        'site/assets/sub/x.js',
      ]),
    ).toEqual({
      mapped: [{ url: '/static/app.js', file: 'site/assets/app.js', rule: 'site/assets/*.js' }],
      unmatched: ['site/assets/sub/x.js'],
    });
    expect(
      mapper('public/robots.txt => https://x.example/{path}').map('public/robots.txt')[0]!.url,
    ).toBe('https://x.example/robots.txt');
  });

  it('an exclusion rule (! alone) stops later rules', () => {
    const result = mapper('!public/drafts/**\npublic/** => https://x.example/{path}').mapAll([
      'public/drafts/a.html',
      'public/b.html',
    ]);
    expect(result.mapped.map((entry) => entry.url)).toEqual(['https://x.example/b.html']);
    expect(result.unmatched).toEqual(['public/drafts/a.html']);
  });

  it('file names cannot add a query, fragment or dot segment', () => {
    expect(fillTemplate('https://x.example/{path}', 'a?b#c/../%2e./d')).toBe(
      'https://x.example/a%3Fb%23c/%2E%2E/%252e./d',
    );
  });

  it.each([
    ['no arrow here', /must look like/],
    ['=> https://x/{path}', /needs both/],
    ['public/** => ftp://x/{path}', /full http\(s\) URL or start with/],
    ['public/** => https://x/{file}', /uses \{file\}; allowed: \{path\}, \{dir\}, \{name\}/],
    ['public/** => https://{name}.example.com/', /placeholder in its host/],
    ['public/** => https://x/{path},', /needs both/],
  ])('rejects the rule %s', (rule, message) => {
    expect(() => parseUrlMap(rule)).toThrow(message);
  });
});
