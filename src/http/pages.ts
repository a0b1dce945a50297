/**
 * Reading a paginated list from a provider that may lie: every list is read
 * through `readPages`, which stops at the end the answers describe, and also
 * at a page that brings nothing new (a provider ignoring the page parameter
 * repeats itself), at a page count or total that never ends (`maxPages`,
 * `maxItems`), or when the caller has what it needs. It says whether the list
 * was read to its end, so a caller that must not act on part of a list can refuse.
 */

export interface Page<T> {
  readonly items: readonly T[];
  /** how many items the answer says the list holds */
  readonly total?: number;
  /** the number of the last page, as the answer says */
  readonly lastPage?: number;
}

export interface PageBounds {
  /** pages read at most */
  readonly maxPages: number;
  /** items kept at most */
  readonly maxItems: number;
  /** the page size asked for: a page of another length is the last (a short one, or the whole list) */
  readonly pageSize?: number;
}

export type PagesEnd =
  /** the answers said the list ended (empty, short or last page, total reached) */
  | 'end'
  /** the caller's `enough` said so */
  | 'enough'
  /** a page brought no item not seen before */
  | 'repeated'
  /** `maxPages` or `maxItems` was reached first */
  | 'bound';

export interface PagedList<T> {
  /** every item read, each once (by `keyOf`), in the order first seen */
  readonly items: T[];
  readonly end: PagesEnd;
  /** pages requested */
  readonly pages: number;
  /** the list was read to its end, as far as the answers can tell */
  readonly complete: boolean;
  /** the largest total an answer claimed, if any did */
  readonly claimedTotal?: number;
}

/**
 * Reads pages 1, 2, … through `fetchPage` until one of the ends above. Items
 * are kept once by `keyOf`: paging by offset while items are added may show
 * one twice.
 */
export async function readPages<T>(
  fetchPage: (pageNumber: number) => Promise<Page<T>>,
  keyOf: (item: T) => string,
  bounds: PageBounds,
  enough?: (items: readonly T[]) => boolean,
): Promise<PagedList<T>> {
  const items: T[] = [];
  const seen = new Set<string>();
  let claimedTotal: number | undefined;
  const result = (end: PagesEnd, pages: number): PagedList<T> => ({
    items,
    end,
    pages,
    claimedTotal,
    complete:
      end === 'end' ||
      end === 'enough' ||
      (end === 'repeated' && (claimedTotal === undefined || items.length >= claimedTotal)),
  });
  for (let pageNumber = 1; pageNumber <= bounds.maxPages; pageNumber++) {
    const page = await fetchPage(pageNumber);
    if (page.total !== undefined) claimedTotal = Math.max(claimedTotal ?? 0, page.total);
    if (page.items.length === 0) return result('end', pageNumber);
    let added = 0;
    for (const item of page.items) {
      const key = keyOf(item);
      if (seen.has(key)) continue;
      if (items.length >= bounds.maxItems) return result('bound', pageNumber);
      seen.add(key);
      items.push(item);
      added++;
    }
    if (added === 0) return result('repeated', pageNumber);
    if (enough?.(items)) return result('enough', pageNumber);
    const last =
      (page.total !== undefined && items.length >= page.total) ||
      (page.lastPage !== undefined && pageNumber >= page.lastPage) ||
      (bounds.pageSize !== undefined && page.items.length !== bounds.pageSize);
    if (last) return result('end', pageNumber);
    if (items.length >= bounds.maxItems) return result('bound', pageNumber);
  }
  return result('bound', bounds.maxPages);
}

/**
 * Why `list` is not complete, for an error: "40 read in 3 pages, a page
 * repeated an earlier one, 90 claimed".
 */
export function incompleteReason(list: PagedList<unknown>): string {
  const why = list.end === 'repeated' ? 'a page repeated an earlier one' : 'the list did not end';
  const claimed = list.claimedTotal === undefined ? '' : `, ${list.claimedTotal} claimed`;
  return `${list.items.length} read in ${list.pages} pages, ${why}${claimed}`;
}
