/**
 * Reliability evidence: tests attach rows to their own metadata with `note()`,
 * and the reporter below writes them into docs/reliability.md after the run,
 * so the tables there come from the tests, not from hand-typing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { TaskMeta } from 'vitest';
import type { Reporter, TestModule } from 'vitest/node';

export const TABLES = {
  faults: ['Provider', 'Fault', 'Expected', 'Attempts', 'Outcome'],
  rotations: ['Provider', 'Step that fails', 'Old credential', 'New credential', 'Step result'],
  'bad-inputs': ['Bad input', 'Input named', 'Requests sent', 'Message'],
  load: ['Provider', 'URLs', 'Requests (lower bound)', 'URLs lost or duplicated', 'Peak RSS'],
  attacks: ['Class', 'Attack', 'Run', 'Outcome'],
  'attack-classes': ['Class', 'Attacks', 'Survived'],
} as const;

/** The tables whose rows are attacks of one class each, and the class a whole table counts as. */
const CLASS_OF_TABLE: Partial<Record<TableName, string>> = {
  faults: 'network and provider faults',
  rotations: 'interrupted rotations',
  'bad-inputs': 'bad inputs',
};

export type TableName = keyof typeof TABLES;

declare module 'vitest' {
  interface TaskMeta {
    reliability?: { table: TableName; cells: string[] }[];
  }
}

/** Adds a row to `table` from inside a test: `it('…', ({ task }) => note(task, 'faults', [...]))`. */
export function note(task: { meta: TaskMeta }, table: TableName, cells: string[]): void {
  task.meta.reliability ??= [];
  task.meta.reliability.push({ table, cells });
}

export const RELIABILITY_DOC = 'docs/reliability.md';

/** Replaces each table that this run produced rows for; keeps the others as they were. */
export default class ReliabilityReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    // `npm run reliability` sets this; a plain `npm test` leaves the working tree alone
    if (process.env.CDNKIT_RELIABILITY_DOC !== '1') return;
    const rows = new Map<TableName, string[][]>();
    const failed = new Set<TableName>();
    const classes = new Map<string, { attacks: number; survived: number }>();
    const sorted = [...modules].sort((a, b) => a.moduleId.localeCompare(b.moduleId));
    for (const module of sorted) {
      for (const test of module.children.allTests()) {
        const passed = test.result().state === 'passed';
        for (const row of test.meta().reliability ?? []) {
          if (!passed) failed.add(row.table);
          rows.set(row.table, [...(rows.get(row.table) ?? []), row.cells]);
          const kind = row.table === 'attacks' ? row.cells[0]! : CLASS_OF_TABLE[row.table];
          if (kind === undefined) continue;
          const count = classes.get(kind) ?? { attacks: 0, survived: 0 };
          classes.set(kind, {
            attacks: count.attacks + 1,
            survived: count.survived + (passed ? 1 : 0),
          });
        }
      }
    }
    if (rows.size === 0) return;
    const sources: TableName[] = ['attacks', 'faults', 'rotations', 'bad-inputs'];
    if (sources.every((table) => rows.has(table))) {
      // a whole run: every class is counted, failures included
      const byClass = [...classes].sort(([a], [b]) => a.localeCompare(b));
      rows.set(
        'attack-classes',
        byClass.map(([kind, { attacks, survived }]) => [kind, String(attacks), String(survived)]),
      );
      console.log(
        `reliability: attacks by class (survived/tried): ${byClass.map(([kind, { attacks, survived }]) => `${kind} ${survived}/${attacks}`).join('; ')}`,
      );
    }
    let doc = readFileSync(RELIABILITY_DOC, 'utf8');
    for (const [table, cells] of rows) {
      if (failed.has(table)) continue;
      doc = replaceTable(doc, table, renderTable(TABLES[table], cells));
    }
    writeFileSync(RELIABILITY_DOC, doc);
  }
}

function renderTable(header: readonly string[], rows: string[][]): string {
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell) => cell.replace(/\|/g, '\\|').replace(/\n/g, ' ')).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function replaceTable(doc: string, table: TableName, markdown: string): string {
  const start = `<!-- table:${table} -->`;
  const end = `<!-- /table:${table} -->`;
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  if (from < 0 || to < 0) return `${doc.trimEnd()}\n\n${start}\n${markdown}\n${end}\n`;
  return `${doc.slice(0, from + start.length)}\n${markdown}\n${doc.slice(to)}`;
}
