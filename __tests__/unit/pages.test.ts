/**
 * readPages against answers that lie: whatever a provider says about its
 * pages (totals that never come, last pages that move, pages that repeat,
 * pages that ignore the size asked for), reading stops within its bounds and
 * says whether the list was read to its end.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Page, readPages } from '../../src/http/pages.js';

const BOUNDS = { maxPages: 20, maxItems: 150, pageSize: 10 };

/** A provider's answer for page n: items drawn from a small pool (so repeats happen), and claims. */
const answers = fc.func(
  fc.record({
    items: fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 12 }),
    total: fc.option(fc.integer({ min: 0, max: 1_000_000 }), { nil: undefined }),
    lastPage: fc.option(fc.integer({ min: 0, max: 1_000_000 }), { nil: undefined }),
  }),
);

describe('readPages', () => {
  it('stops within its bounds whatever the answers claim, keeping each item once', async () => {
    await fc.assert(
      fc.asyncProperty(answers, async (answer) => {
        let requests = 0;
        const list = await readPages(
          async (page): Promise<Page<number>> => {
            requests++;
            return answer(page);
          },
          String,
          BOUNDS,
        );
        expect(requests).toBeLessThanOrEqual(BOUNDS.maxPages);
        expect(list.pages).toBe(requests);
        expect(list.items.length).toBeLessThanOrEqual(BOUNDS.maxItems);
        expect(new Set(list.items).size).toBe(list.items.length);
        if (list.end === 'bound') expect(list.complete).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it.each<
    [string, (page: number) => Page<number>, { end: string; pages: number; complete: boolean }]
  >([
    [
      'a total that never comes, the same page each time',
      () => ({ items: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], total: 1e9 }),
      { end: 'repeated', pages: 2, complete: false },
    ],
    [
      'a last page that keeps moving on',
      (page) => ({
        items: Array.from({ length: 10 }, (_, i) => page * 10 + i),
        lastPage: page + 1,
      }),
      { end: 'bound', pages: 15, complete: false },
    ],
    [
      'the whole list in one answer, whatever the size asked',
      () => ({ items: Array.from({ length: 25 }, (_, i) => i) }),
      { end: 'end', pages: 1, complete: true },
    ],
    [
      'a short page',
      (page) => ({ items: page === 1 ? Array.from({ length: 10 }, (_, i) => i) : [10, 11] }),
      { end: 'end', pages: 2, complete: true },
    ],
  ])('%s', async (_label, answer, expected) => {
    const list = await readPages(async (page) => answer(page), String, BOUNDS);
    expect({ end: list.end, pages: list.pages, complete: list.complete }).toEqual(expected);
  });
});
