/**
 * `wait` stops at `wait-timeout`: tasks that never settle end the step as
 * `pending` with a warning, and no poll or pause runs past the deadline.
 * On the virtual clock, so the deadline is exact and nothing sleeps.
 */
import { describe, expect, it } from 'vitest';
import { waitForTasks } from '../../src/operations/wait.js';
import type { CdnClient, TaskStatus } from '../../src/providers/provider.js';
import { testContext } from '../helpers/context.js';

const START = 1_700_000_000_000;

/** Status reads that answer `pending` for ever; more than `limit` reads is a runaway loop. */
function neverSettles(pollIntervalMs: number, limit = 100) {
  const polledAt: number[] = [];
  let now = () => 0;
  const cdn = {
    pollIntervalMs,
    async taskStatus(ids: readonly string[]): Promise<TaskStatus[]> {
      polledAt.push(now() - START);
      if (polledAt.length > limit) throw new Error(`polled ${limit} times: wait never stopped`);
      return ids.map((id) => ({ id, state: 'pending' }));
    },
  };
  return {
    cdn: cdn as Pick<CdnClient, 'taskStatus' | 'pollIntervalMs'> as CdnClient,
    polledAt,
    useClock(clock: () => number) {
      now = clock;
    },
  };
}

describe('wait stops at wait-timeout', () => {
  it.for([
    // wait-timeout, poll interval: polls at every interval up to the deadline, never after
    [12, 5_000, [0, 5_000, 10_000]],
    [10, 5_000, [0, 5_000, 10_000]],
    [30, 10_000, [0, 10_000, 20_000, 30_000]],
    [1, 5_000, [0]],
  ] as const)(
    'wait-timeout %i s, polling every %i ms: polls at %j, then stops',
    async ([waitTimeout, interval, expectedPolls]) => {
      const ctx = testContext(
        {
          provider: 'gcore',
          operation: 'purge',
          'api-token': '7711$wait-timeout-token',
          resource: '123',
          urls: '/a.js',
          wait: 'true',
          'wait-timeout': String(waitTimeout),
        },
        { now: START },
      );
      const tasks = neverSettles(interval);
      tasks.useClock(() => ctx.timing.now());

      const waited = await waitForTasks(tasks.cdn, ['t-1', 't-2'], { id: '123' }, 'purge', ctx);

      expect(waited.status).toBe('pending');
      expect(tasks.polledAt).toEqual(expectedPolls);
      // never paused past the deadline
      expect(ctx.timing.now() - START).toBeLessThanOrEqual(waitTimeout * 1000);
      expect(ctx.lines.at(-1)).toBe(
        `warning: Stopped waiting after wait-timeout (${waitTimeout} s); 2 task(s) still pending.`,
      );
      expect(waited.table.rows).toEqual([
        ['t-1', 'pending', ''],
        ['t-2', 'pending', ''],
      ]);
      // the count is told once while it stays the same; each later poll says so in debug
      const progress = ctx.lines.filter((line) => line.includes('purge tasks: 0 of 2 done'));
      expect(progress).toEqual([
        'info: purge tasks: 0 of 2 done',
        ...Array.from(
          { length: expectedPolls.length - 1 },
          () => 'debug: purge tasks: 0 of 2 done (unchanged)',
        ),
      ]);
    },
  );
});
