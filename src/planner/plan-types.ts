/** What the search and its local improvement share: a plan's usage, the budget it must fit. */

export interface Usage {
  /** exact URLs */
  readonly urls: number;
  readonly prefixes: number;
  /** summed cost of the prefixes */
  readonly cost: number;
}

export interface Budget {
  fits(urls: number, prefixes: number): boolean;
  /** requests the plan sends: the tie-break between plans of equal cost */
  requests(urls: number, prefixes: number): number;
}

export interface Found {
  /** 1 for each node purged as a prefix (never one below another) */
  readonly choice: Uint8Array;
  readonly usage: Usage;
}
