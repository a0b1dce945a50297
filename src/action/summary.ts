import type { OperationReport, SummaryList, SummaryTable } from '../operations/report.js';

/** Longest list shown in the summary; GitHub caps a step summary at 1 MiB. */
export const MAX_LISTED = 2000;

/** The job summary as Markdown: a table of what happened, then task tables and lists. */
export function renderSummary(
  heading: { operation: string; provider: string },
  report: Pick<OperationReport, 'rows' | 'tables' | 'lists' | 'failure'>,
): string {
  const rows: [string, string][] = [
    ['Operation', heading.operation],
    ['Provider', heading.provider],
    ...report.rows,
    ...(report.failure ? ([['Error', report.failure]] as [string, string][]) : []),
  ];
  // array literals and concat, never push(...rows): a table may be as long as a provider's answer
  let lines = [
    `### cdnkit: ${heading.operation} on ${heading.provider}`,
    '',
    ...table(['', ''], rows),
  ];
  for (const extra of report.tables ?? []) {
    if (extra.rows.length === 0) continue;
    lines = lines.concat('', `#### ${extra.title}`, '', table(extra.header, extra.rows));
  }
  for (const list of report.lists ?? []) lines = lines.concat('', renderList(list));
  return `${lines.join('\n')}\n`;
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)];
}

function renderList(list: SummaryList): string[] {
  const shown = list.items.slice(0, MAX_LISTED);
  const more = list.items.length - shown.length;
  return [
    `<details><summary>${escapeHtml(list.title)}</summary>`,
    '',
    ...shown.map((item) => `- \`${item.replace(/`/g, "'")}\``),
    ...(more > 0 ? [`- … and ${more} more (see the result output)`] : []),
    '',
    '</details>',
  ];
}

function cell(text: string): string {
  return escapeHtml(text).replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export type { SummaryTable };
