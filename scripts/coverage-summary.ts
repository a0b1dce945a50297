/** `npm run coverage:summary`: the last `npm run coverage` as Markdown, for $GITHUB_STEP_SUMMARY. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../emulator/runner.js';
import { type CoverageSummary, coverageMarkdown } from './coverage/summary.js';

const summary = JSON.parse(
  readFileSync(join(ROOT, 'coverage', 'coverage-summary.json'), 'utf8'),
) as CoverageSummary;
console.log(coverageMarkdown(summary, ROOT));
