import type { OutputName } from '../config/inputs.js';

export interface Annotation {
  level: 'notice' | 'warning' | 'error';
  message: string;
}

/** A titled list in the summary, e.g. the URLs that were not purged. */
export interface SummaryList {
  title: string;
  items: string[];
}

export interface SummaryTable {
  title: string;
  header: string[];
  rows: string[][];
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
}
