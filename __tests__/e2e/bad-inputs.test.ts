import { describe, expect, it } from 'vitest';
import { BAD_INPUTS } from '../fixtures/inputs.js';
import { errorLines, useEmulator } from '../helpers/e2e.js';
import { note } from '../helpers/reliability.js';

describe('bad inputs through dist/index.js: one line naming the input, no request', () => {
  const env = useEmulator();

  it.for(BAD_INPUTS)('%s', async ([label, inputs, input, message], { task }) => {
    const apiUrl = env.emulator.url(inputs.provider ?? 'gcore');
    const before = env.emulator.requests.length;
    const run = await env.run({ 'api-url': apiUrl, ...inputs } as Record<string, string>);
    const errors = errorLines(run);
    const sent = env.emulator.requests.length - before;
    expect(run.exitCode).toBe(1);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`Input '${input}'`);
    expect(errors[0]).toMatch(message);
    expect(run.stdout + run.stderr).not.toMatch(/^\s+at /m);
    expect(sent).toBe(0);
    note(task, 'bad-inputs', [
      label,
      input,
      String(sent),
      errors[0]!.replace('::error::', '').slice(0, 110),
    ]);
  });
});
