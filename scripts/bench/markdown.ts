/** Markdown tables and the number formats BENCHMARKS.md uses: pure, unit-tested. */
import type { Spread } from './stats.js';

export type Align = 'left' | 'right';

/**
 * A Markdown table with columns padded to equal width, so the file reads well
 * as plain text too. `|` in a cell is escaped; numbers are right-aligned by
 * passing `align`.
 */
export function table(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly Align[] = [],
): string {
  for (const row of rows) {
    if (row.length !== header.length)
      throw new Error(
        `table row has ${row.length} cells, header has ${header.length}: ${row.join(' | ')}`,
      );
  }
  const cells = [header, ...rows].map((row) => row.map((cell) => cell.replace(/\|/g, '\\|')));
  const widths = header.map((_, column) => Math.max(3, ...cells.map((row) => row[column]!.length)));
  const line = (row: readonly string[]) =>
    `| ${row
      .map((cell, column) =>
        align[column] === 'right' ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!),
      )
      .join(' | ')} |`;
  const rule = `| ${widths
    .map((width, column) =>
      align[column] === 'right' ? `${'-'.repeat(width - 1)}:` : '-'.repeat(width),
    )
    .join(' | ')} |`;
  return [line(cells[0]!), rule, ...cells.slice(1).map(line)].join('\n');
}

/** "41.2 ms", "1.23 s" */
export function formatMs(ms: number): string {
  return Math.abs(ms) < 1000 ? `${ms.toFixed(1)} ms` : `${(ms / 1000).toFixed(2)} s`;
}

/** A paced duration at real rate limits: "8 h 27 min", "4 min 4 s", "0 s". */
export function formatLongDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = seconds % 60;
  if (hours > 0) return `${hours} h ${minutes} min`;
  if (minutes > 0) return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
  return `${rest} s`;
}

/** "512 B", "54.8 KiB", "1.08 MiB", "23.5 GiB" */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KiB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(2)} MiB`;
  return `${(bytes / 1024 ** 3).toFixed(1)} GiB`;
}

/** "1.42×" */
export function formatRatio(value: number): string {
  return `${value.toFixed(2)}×`;
}

/** "10,000" */
export function formatCount(value: number): string {
  return value.toLocaleString('en-US');
}

/** A median with its spread: "41.2 ms (p10 38.0 ms, p90 47.9 ms)". */
export function formatSpread(value: Spread, format: (x: number) => string = formatMs): string {
  return `${format(value.median)} (p10 ${format(value.p10)}, p90 ${format(value.p90)})`;
}

/** Decimal megabytes, as memory goals are stated: "54.3 MB" */
export function formatMegabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}
