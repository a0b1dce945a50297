/**
 * .env.example is what `npm run local-action` feeds the action. Its variables
 * are checked against action.yml, then run through the bundle against the
 * emulator (on this test's port rather than 8787), so the file is known to work.
 */
import { readFileSync } from 'node:fs';
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
});
