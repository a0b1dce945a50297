/**
 * A Gcore JWT session that outlives its access token, on one virtual clock:
 * the action's Timing and the emulator's Date move together, and only when
 * the action sleeps. The emulator issues one-minute access tokens and the
 * purge takes 90 s, so `wait` (a poll every 5 s) runs past the first token's
 * exp. The client must see exp pass and refresh before it sends the expired
 * token: the emulator refuses expired tokens with 401, and no 401 may occur.
 * Nothing waits for real time, so a loaded machine cannot change the outcome.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { type AllProviders, createEmulator } from '../../emulator/index.js';
import { runOperation } from '../../src/operations/run.js';
import { type Timing, virtualTiming } from '../../src/timing.js';
import { testContext } from '../helpers/context.js';

/** A whole second, so the emulator's `exp` (whole seconds) is exactly a minute after login. */
const START = Date.UTC(2026, 10, 23, 10, 0, 0);

/** The virtual clock, with Date (which the emulator reads) moved to match after every sleep. */
function sharedVirtualClock(): Timing {
  vi.useFakeTimers({ toFake: ['Date'], now: START });
  const clock = virtualTiming(START);
  return {
    ...clock,
    sleep: async (ms) => {
      await clock.sleep(ms);
      vi.setSystemTime(clock.now());
    },
  };
}

let providers: AllProviders;
beforeAll(async () => {
  providers = createEmulator({ taskDelayMs: 90_000 });
  providers.gcore.iam.accessLifetimeSeconds = 60;
  await providers.emulator.start();
});
afterAll(async () => {
  await providers.emulator.stop();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('Gcore JWT refresh when exp passes during a run', () => {
  it('refreshes once exp has passed, before sending the expired token', async () => {
    const { emulator, gcore } = providers;
    const ctx = testContext(
      {
        provider: 'gcore',
        operation: 'purge',
        username: 'admin@example.com',
        password: 'correct-horse-battery-staple',
        'api-url': emulator.url('gcore'),
        resource: '123',
        urls: '/refresh.js',
        wait: 'true',
        'wait-timeout': '600',
      },
      { timing: sharedVirtualClock() },
    );

    const report = await runOperation(ctx);

    expect(report.outputs.status).toBe('done');
    const sent = emulator.requestsTo('gcore');
    expect(sent.filter((request) => request.status === 401)).toEqual([]);
    expect(sent.map((request) => request.path).filter((path) => path.startsWith('/iam/'))).toEqual([
      '/iam/auth/jwt/login',
      '/iam/auth/jwt/refresh',
    ]);
    const [fromLogin, fromRefresh] = gcore.iam.issued;
    const polls = sent.filter((request) => request.path === '/cdn/purge_statuses');
    const refreshedAt = sent.find((request) => request.path === '/iam/auth/jwt/refresh')!.at;
    // the login's token until its minute was up, the refreshed one from then on
    expect(refreshedAt - START).toBe(60_000);
    for (const poll of polls) {
      const pair = poll.at < refreshedAt ? fromLogin! : fromRefresh!;
      expect(poll.headers.authorization).toBe(`Bearer ${pair.access}`);
    }
    expect(polls.at(-1)!.at - START).toBe(90_000);
    expect(sent.find((request) => request.path === '/iam/auth/jwt/refresh')!.json).toEqual({
      refresh: fromLogin!.refresh,
    });
  });
});
