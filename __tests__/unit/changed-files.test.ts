import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseWorkflowEvent, workflowFile } from '../../src/targets/changed-files.js';
import { enumerateMappedFiles } from '../../src/targets/enumerate.js';
import { parseUrlMap } from '../../src/targets/url-map.js';
import { UrlMapper } from '../../src/targets/url-mapper.js';

const SHA = 'a'.repeat(40);

describe('the workflow event', () => {
  it.each([
    [
      'push',
      { before: SHA, after: 'b'.repeat(40) },
      { before: SHA, created: false, forced: false },
    ],
    ['push', { before: '0'.repeat(40), created: true }, { before: undefined, created: true }],
    ['push', { before: SHA.toUpperCase(), forced: true }, { before: SHA, forced: true }],
    ['push', { before: '--upload-pack=x' }, { before: undefined, created: false }],
    ['workflow_dispatch', { inputs: {} }, { before: undefined, created: false }],
    ['schedule', null, { before: undefined, created: false }],
  ])('%s %j', (name, payload, expected) => {
    expect(parseWorkflowEvent(name, payload)).toMatchObject({ name, ...expected });
  });

  it('finds the workflow file in GITHUB_WORKFLOW_REF', () => {
    expect(workflowFile('octo/site/.github/workflows/deploy.yml@refs/heads/main')).toBe(
      'deploy.yml',
    );
    expect(workflowFile('octo/site/.github/workflows/a b.yml@refs/heads/main')).toBeUndefined();
    expect(workflowFile(undefined)).toBeUndefined();
  });
});

describe('enumerateMappedFiles', () => {
  const root = mkdtempSync(join(tmpdir(), 'cdnkit-tree-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const write = (path: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), 'x');
  };
  for (const path of [
    'public/index.html',
    'public/docs/index.html',
    'public/docs/a/b/c/deep.html',
    'public/app.js',
    'README.md',
    '.git/HEAD',
  ]) {
    write(path);
  }
  symlinkSync('/etc', join(root, 'public/etc'));
  const mapper = new UrlMapper(
    parseUrlMap(
      'public/**/index.html => https://x.example/{dir}/, https://x.example/{path}\npublic/** => https://x.example/{path}',
    ),
    { dotfiles: false },
  );

  it('lists every URL of every mapped file, sorted, without following links or entering .git', async () => {
    const tree = await enumerateMappedFiles(root, mapper);
    expect(tree.urls.map((entry) => `${entry.url} <- ${entry.file}`)).toEqual([
      'https://x.example/ <- public/index.html',
      'https://x.example/app.js <- public/app.js',
      'https://x.example/docs/ <- public/docs/index.html',
      'https://x.example/docs/a/b/c/deep.html <- public/docs/a/b/c/deep.html',
      'https://x.example/docs/index.html <- public/docs/index.html',
      'https://x.example/index.html <- public/index.html',
    ]);
    expect(tree).toMatchObject({ files: 4, truncated: false, symlinks: 1 });
  });

  it('stops at the file and depth limits and says so', async () => {
    expect(await enumerateMappedFiles(root, mapper, { maxFiles: 2 })).toMatchObject({
      files: 2,
      truncated: true,
    });
    const shallow = await enumerateMappedFiles(root, mapper, { maxDepth: 2 });
    expect(shallow.truncated).toBe(true);
    expect(shallow.urls.some((entry) => entry.file.endsWith('deep.html'))).toBe(false);
  });
});
