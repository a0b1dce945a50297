/**
 * .env.example is what `npm run local-action` feeds the action. Its variables
 * are checked against action.yml, then run through the bundle against the
 * emulator (on this test's port rather than 8787), so the file is known to work.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { GcoreEmulator } from '../../emulator/gcore.js';
import { INPUTS } from '../../src/config/inputs.js';
import { useEmulator } from '../helpers/e2e.js';

/** KEY=VALUE lines as dotenv reads them: comments skipped, one pair of single quotes removed. */
function parseDotenv(text: string): Record<string, string> {
  const variables: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const match = /^([\w.-]+)=(.*)$/.exec(line.trim());
    if (match) variables[match[1]!] = match[2]!.replace(/^'(.*)'$/, '$1');
  }
  return variables;
}

describe('.env.example for npm run local-action', () => {
  const env = useEmulator();
  const variables = parseDotenv(readFileSync('.env.example', 'utf8'));

  it('names only real inputs, the way the runner spells them, and points at the emulator', () => {
    const inputNames = new Set(INPUTS.map((input) => `INPUT_${input.name.toUpperCase()}`));
    const inputs = Object.keys(variables).filter((name) => name.startsWith('INPUT_'));
    expect(inputs.length).toBeGreaterThan(3);
    for (const name of inputs) expect(inputNames, name).toContain(name);
    expect(variables['INPUT_API-URL']).toBe('http://127.0.0.1:8787/gcore');
    const who = new GcoreEmulator().iam.authenticate({
      authorization: `APIKey ${variables['INPUT_API-TOKEN']}`,
    });
    expect(who).not.toHaveProperty('status');
    expect(variables.GITHUB_STEP_SUMMARY).toBeTruthy();
  });

  it('runs the action to success', async () => {
    const inputs: Record<string, string> = {};
    for (const [name, value] of Object.entries(variables)) {
      if (name.startsWith('INPUT_')) inputs[name.slice('INPUT_'.length).toLowerCase()] = value;
    }
    inputs['api-url'] = env.emulator.url('gcore');
    const run = await env.run(inputs);
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.status).toBe('done');
    expect(run.outputs['urls-count']).toBe('2');
  });

  it('npm run local-action runs src/main.ts with it, from node_modules (offline)', async () => {
    const script = JSON.parse(readFileSync('package.json', 'utf8')).scripts['local-action'];
    expect(script).toBe('local-action . src/main.ts .env');
    const dir = mkdtempSync(join(tmpdir(), 'cdnkit-local-action-'));
    const envFile = join(dir, '.env');
    writeFileSync(
      envFile,
      readFileSync('.env.example', 'utf8')
        .replace('http://127.0.0.1:8787/gcore', env.emulator.url('gcore'))
        .replace(
          'GITHUB_STEP_SUMMARY=local-action-summary.md',
          `GITHUB_STEP_SUMMARY=${join(dir, 'summary.md')}`,
        ),
    );
    const { stdout } = await promisify(execFile)(
      join('node_modules', '.bin', 'local-action'),
      ['.', 'src/main.ts', envFile],
      // no npm_config_* and no network: only what npm ci installed
      { env: { PATH: process.env.PATH, HOME: dir, npm_config_offline: 'true' }, timeout: 90_000 },
    );
    expect(stdout).toContain('::set-output name=status::done');
    expect(stdout).toContain('::set-output name=urls-count::2');
    expect(stdout).not.toContain('7711$gcore-test-token-secret');
    expect(readFileSync(join(dir, 'summary.md'), 'utf8')).toContain('purge');
  }, 120_000);
});
