/** `wait` through dist/index.js on a purge that never finishes: the step stops at wait-timeout. */
import { describe, expect, it } from 'vitest';
import { useEmulator } from '../helpers/e2e.js';

describe('wait-timeout through dist/index.js', () => {
  // purges stay in progress for ten minutes
  const env = useEmulator({ taskDelayMs: 600_000 });

  it('ends the step as pending with a warning once wait-timeout passes', async () => {
    const run = await env.run({
      provider: 'gcore',
      operation: 'purge',
      'api-token': '7711$gcore-test-token-secret',
      'api-url': env.emulator.url('gcore'),
      resource: '123',
      urls: '/slow.js',
      wait: 'true',
      'wait-timeout': '1',
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs.status).toBe('pending');
    // the last read may itself run into the deadline on a loaded machine: either way, one warning
    expect(run.stdout).toMatch(
      /^::warning::Stopped waiting after wait-timeout \(1 s\)(, which ends before the next status read is allowed \(.*\))?; 1 task\(s\) still pending\.$/m,
    );
    expect(run.summary).toContain('| Status | pending |');
    // wait-timeout is the user's own bound, not shrunk by CDNKIT_PACING_SCALE
    expect(run.durationMs).toBeGreaterThanOrEqual(1_000);
  });
});
