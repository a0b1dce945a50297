/** `npm run lint:workflows`: actionlint over .github/workflows, the examples included. */
import { formatProblem, lintWorkflows, workflowFiles } from './workflows/actionlint.js';

const files = workflowFiles('.github/workflows');
const problems = await lintWorkflows(files);
for (const problem of problems) console.error(formatProblem(problem));
if (problems.length > 0) {
  console.error(`actionlint: ${problems.length} problems in ${files.length} workflow files`);
  process.exitCode = 1;
} else {
  console.log(`actionlint: ${files.length} workflow files, no problems`);
}
