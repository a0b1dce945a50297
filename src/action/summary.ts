import type { OperationReport, SummaryList, SummaryTable } from '../operations/report.js';

/** Longest list shown in the summary (the rest is counted, and listed in full in the log). */
export const MAX_LISTED = 2000;

/**
 * GitHub refuses a step summary over 1 MiB; this leaves room for the lines
 * that say what was cut.
 */
export const MAX_SUMMARY_BYTES = 1024 * 1024 - 16 * 1024;

/** Longest cell or list item shown; longer ones end in `…`. */
const MAX_CELL_LENGTH = 1000;

/** A list or table the summary could not show whole: the log gets it in full. */
export interface CutSection {
  title: string;
  lines: readonly string[];
  shown: number;
  /** each line is one string of the report as given (a list item), not cells joined here */
  asGiven: boolean;
}

export interface RenderedSummary {
  markdown: string;
  cut: CutSection[];
}

type Heading = { operation: string; provider: string };
type Summarised = Pick<OperationReport, 'rows' | 'tables' | 'lists' | 'failure'>;

/**
 * The job summary as Markdown: a table of what happened, then task tables and
 * lists, within MAX_SUMMARY_BYTES. Text from providers cannot form links,
 * images or HTML (see `cell`). Lists and tables that do not fit are cut, with
 * a count of what was left out, and returned in `cut` for the log. The report
 * must be redacted already: escaping comes after redaction, so an escaped
 * secret cannot slip past it.
 */
export function renderSummary(heading: Heading, report: Summarised): RenderedSummary {
  const rows: [string, string][] = [
    ['Operation', heading.operation],
    ['Provider', heading.provider],
    ...report.rows,
    ...(report.failure ? ([['Error', report.failure]] as [string, string][]) : []),
  ];
  const head = [
    `### cdnkit: ${plain(heading.operation)} on ${plain(heading.provider)}`,
    '',
    ...tableLines(['', ''], rows),
  ].join('\n');
  let budget = MAX_SUMMARY_BYTES - bytes(head);
  const sections: string[] = [head];
  const cut: CutSection[] = [];
  const place = (section: Section) => {
    const { text, shown } = section.render(budget);
    sections.push(text);
    budget -= bytes(text) + 1;
    if (shown < section.count)
      cut.push({ title: section.title, lines: section.lines, shown, asGiven: section.asGiven });
  };
  for (const table of report.tables ?? []) if (table.rows.length > 0) place(tableSection(table));
  for (const list of report.lists ?? []) place(listSection(list));
  return { markdown: `${sections.join('\n')}\n`, cut };
}

interface Section {
  title: string;
  count: number;
  /** every entry as the log shows it */
  lines: readonly string[];
  asGiven: boolean;
  render(budget: number): { text: string; shown: number };
}

function tableSection(table: SummaryTable): Section {
  const [header, rule] = tableLines(table.header, []);
  return {
    title: table.title,
    count: table.rows.length,
    lines: table.rows.map((row) => row.join(' | ')),
    asGiven: false,
    render: (budget) =>
      fill(
        [`#### ${plain(table.title)}`, '', header!, rule!],
        table.rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
        [],
        budget,
        (more) => `| … and ${more} more rows (the full table is in the log) |`,
      ),
  };
}

function listSection(list: SummaryList): Section {
  return {
    title: list.title,
    count: list.items.length,
    lines: list.items,
    asGiven: true,
    render: (budget) =>
      fill(
        [`<details><summary>${plain(list.title)}</summary>`, ''],
        list.items.slice(0, MAX_LISTED).map((item) => `- ${codeSpan(item)}`),
        ['', '</details>'],
        budget,
        (more) => `- … and ${more} more (the full list is in the log)`,
        list.items.length,
      ),
  };
}

/** As many `entries` as `budget` bytes hold, between `open` and `close`, and a line for the rest. */
function fill(
  open: readonly string[],
  entries: readonly string[],
  close: readonly string[],
  budget: number,
  more: (count: number) => string,
  total = entries.length,
): { text: string; shown: number } {
  const reserve = bytes(more(total)) + 1;
  let used = bytes([...open, ...close].join('\n')) + 1 + reserve;
  let shown = 0;
  while (shown < entries.length && used + bytes(entries[shown]!) + 1 <= budget) {
    used += bytes(entries[shown]!) + 1;
    shown++;
  }
  const rest = total - shown;
  const lines = [...open, ...entries.slice(0, shown), ...(rest > 0 ? [more(rest)] : []), ...close];
  return { text: ['', ...lines].join('\n'), shown };
}

function tableLines(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [
    line(header.map(plain)),
    line(header.map(() => '---')),
    ...rows.map((row) => line(row.map(cell))),
  ];
}

/**
 * Characters and sequences with which Markdown or HTML could make a link, an
 * image or markup: brackets and `!`, `<`, `&`, autolinks (`://`, `www.`, `@`),
 * escapes, math and table pipes. (Emphasis and backticks can only restyle text.)
 */
const MARKUP = /[[\]!<>&\\|$@]|:\/\/|www\./i;

/**
 * A table cell: plain when it holds nothing Markdown reads, else a code span,
 * in which nothing forms a link, an image or HTML.
 */
function cell(text: string): string {
  const short = shorten(text);
  return MARKUP.test(short)
    ? codeSpan(short).replace(/\|/g, '\\|')
    : short.replace(/\r?\n/g, '<br>');
}

/** cdnkit's own words (titles, labels): plain, with any markup character escaped. */
function plain(text: string): string {
  return shorten(text)
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[`*_~[\]!\\|$@]/g, '\\$&');
}

/** `text` as one code span, fenced by more backticks than it holds in a row. */
function codeSpan(text: string): string {
  const flat = shorten(text).replace(/\r\n|\r|\n/g, ' ');
  if (flat.trim() === '') return '';
  let longest = 0;
  for (const run of flat.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  const padded = flat.startsWith('`') || flat.endsWith('`') ? ` ${flat} ` : flat;
  return `${fence}${padded}${fence}`;
}

function shorten(text: string): string {
  return text.length > MAX_CELL_LENGTH ? `${text.slice(0, MAX_CELL_LENGTH)}…` : text;
}

function bytes(text: string): number {
  return Buffer.byteLength(text);
}
