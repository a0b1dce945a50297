/** runAction's peak-RSS option, which the benchmarks read: a preloaded exit hook, off unless asked for. */
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runAction } from '../../emulator/runner.js';

const dir = mkdtempSync(join(tmpdir(), 'cdnkit-rss-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A stand-in for node that writes $RSS_TEXT where the hook would write, or nothing. */
function fakeNode(name: string, writes: boolean): string {
  const path = join(dir, name);
  const body = writes ? 'printf \'%s\' "$RSS_TEXT" > "$CDNKIT_MAX_RSS_FILE"' : 'exit 0';
  writeFileSync(path, `#!/bin/sh\n${body}\n`);
  chmodSync(path, 0o755);
  return path;
}

describe('runAction measureRss', () => {
  it('reports the action process’s peak RSS through the exit hook, and only when asked', async () => {
    const measured = await runAction({ inputs: {}, measureRss: true });
    expect(measured.exitCode).toBe(1);
    expect(measured.stdout).toMatch(/^::error::.*'provider'/m);
    // Node alone needs tens of MB; far below a GB
    expect(measured.maxRssBytes).toBeGreaterThan(10e6);
    expect(measured.maxRssBytes).toBeLessThan(1e9);

    const plain = await runAction({ inputs: {} });
    expect(plain.maxRssBytes).toBeUndefined();
    expect(plain.stdout).toBe(measured.stdout);
  });

  it('reads the hook’s KiB as bytes, and no file or anything but a positive number as unknown', async () => {
    const writer = fakeNode('writes', true);
    const rss = async (text: string) =>
      (await runAction({ inputs: {}, measureRss: true, node: writer, env: { RSS_TEXT: text } }))
        .maxRssBytes;
    expect(await rss('2048')).toBe(2048 * 1024);
    expect(await rss('')).toBeUndefined();
    expect(await rss('80 MB')).toBeUndefined();
    expect(await rss('-1')).toBeUndefined();
    const silent = await runAction({
      inputs: {},
      measureRss: true,
      node: fakeNode('silent', false),
    });
    expect(silent.exitCode).toBe(0);
    expect(silent.maxRssBytes).toBeUndefined();
  });
});
