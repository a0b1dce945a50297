import type { OperationReport } from '../operations/report.js';
import { oneLine } from '../text.js';

/** Longest list printed in the terminal; --json has them all. */
export const CLI_MAX_LISTED = 20;

/** The report as aligned plain text: what the job summary shows, for a terminal. */
export function renderText(
  heading: { operation: string; provider: string },
  report: Pick<OperationReport, 'rows' | 'tables' | 'lists'>,
): string {
  const rows = [['Operation', heading.operation], ['Provider', heading.provider], ...report.rows];
  // array literals and concat, never push(...rows): a table may be as long as a provider's answer
  let lines = [`cdnkit: ${heading.operation} on ${heading.provider}`, '', ...columns(rows)];
  for (const table of report.tables ?? []) {
    if (table.rows.length === 0) continue;
    lines = lines.concat('', `${table.title}:`, columns([table.header, ...table.rows]));
  }
  for (const list of report.lists ?? []) {
    const shown = list.items.slice(0, CLI_MAX_LISTED);
    const more = list.items.length - shown.length;
    lines = lines.concat(
      '',
      `${list.title}:`,
      shown.map((item) => `  - ${item}`),
    );
    if (more > 0) lines.push(`  … and ${more} more (--json lists all)`);
  }
  return `${lines.join('\n')}\n`;
}

/** Cells padded to their column's width, one line a row, indented by two spaces. */
function columns(rows: readonly (readonly string[])[]): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, index) => {
      widths[index] = Math.max(widths[index] ?? 0, oneLine(cell).length);
    });
  }
  return rows.map((row) =>
    `  ${row.map((cell, index) => oneLine(cell).padEnd(index === row.length - 1 ? 0 : widths[index]! + 2)).join('')}`.trimEnd(),
  );
}
