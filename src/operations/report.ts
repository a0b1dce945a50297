import type { OutputName } from '../config/inputs.js';

export interface Annotation {
  level: 'notice' | 'warning' | 'error';
  message: string;
}

/** A titled list in the summary, e.g. the URLs that were not purged. */
export interface SummaryList {
  title: string;
  items: string[];
  /**
   * Set when the list is exactly what the inputs gave, in their order (the
   * targets of urls, urls-file and prefixes, sent as given): what it repeats.
   * A summary that cuts such a list says so instead of logging it again.
   */
  repeats?: string;
}

export interface SummaryTable {
  title: string;
  header: string[];
  rows: string[][];
}

/** One target of a purge or prefetch plan, and where it came from. */
export interface PlannedTarget {
  /** a normalised URL or path, a prefix, or '*' for the whole resource */
  target: string;
  /**
   * 'urls' (urls or urls-file), 'prefixes', 'purge-all', 'url-map' for a
   * changed file, or 'collapse' for a prefix the planner chose
   */
  source: 'urls' | 'prefixes' | 'purge-all' | 'url-map' | 'collapse';
  /** url-map: the changed file and the glob of the rule that mapped it */
  file?: string;
  rule?: string;
  /** a changed URL purged by a prefix the planner chose, not on its own: that prefix */
  coveredBy?: string;
  /** collapse: how many changed URLs the prefix covers */
  covers?: number;
}

/**
 * What an operation produced. The action (and the CLI) render it in one place:
 * secrets were registered when obtained; outputs, the redacted result, the
 * summary and annotations are written from this.
 */
export interface OperationReport {
  outputs: Partial<Record<OutputName, string>>;
  /** JSON-able result; secrets are redacted when it is written */
  result: unknown;
  /** label/value rows of the summary table, after Operation and Provider */
  rows: [string, string][];
  tables?: SummaryTable[];
  lists?: SummaryList[];
  annotations?: Annotation[];
  /** set when the step must fail after reporting what happened */
  failure?: string;
  /**
   * purge/prefetch: every target with its origin. The action logs it and puts
   * it in the summary; the CLI's --json prints all of it.
   */
  plan?: PlannedTarget[];
}
