import * as core from '@actions/core';
import type { OperationReport } from '../operations/report.js';
import type { SecretRegistry } from '../secret-registry.js';
import { logRedactedLines, logText } from './logger.js';
import { boundedJson, boundedOutput, MAX_OUTPUT_BYTES } from './outputs.js';
import { type CutSection, renderSummary } from './summary.js';

type Heading = { operation: string; provider: string };

/**
 * The one place that writes what the runner shows: outputs, the redacted
 * `result`, annotations, the job summary and the failure line. Every secret was
 * registered (core.setSecret) when obtained; everything written here is also
 * redacted as a second guard, before any escaping for Markdown. Outputs stay
 * under 1 MB and the summary under 1 MiB, whatever the list sizes: what does
 * not fit is counted there and listed in full in the log.
 */
export async function writeReport(
  report: OperationReport,
  heading: Heading,
  secrets: SecretRegistry,
): Promise<void> {
  for (const [name, value] of Object.entries(report.outputs)) {
    if (value === undefined) continue;
    const bounded = boundedOutput(value);
    if (bounded.lostBytes > 0) {
      core.warning(
        logText(
          secrets,
          `The '${name}' output was cut by ${bounded.lostBytes} bytes to GitHub's limit of ${MAX_OUTPUT_BYTES} bytes.`,
        ),
      );
    }
    core.setOutput(name, bounded.value);
  }
  const result = boundedJson(secrets.redactJson(report.result));
  core.setOutput('result', result.json);
  const cutLists = Object.entries(result.truncated);
  if (cutLists.length > 0) {
    core.info(
      logText(
        secrets,
        `The result output was cut to GitHub's limit of 1 MB: ${cutLists.map(([path, lost]) => `${path} lost ${lost} entries`).join(', ')} (its 'truncated' field says so; the log and the summary list them)`,
      ),
    );
  }
  for (const annotation of report.annotations ?? []) {
    const message = logText(secrets, annotation.message);
    if (annotation.level === 'error') core.error(message);
    else if (annotation.level === 'warning') core.warning(message);
    else core.notice(message);
  }
  await writeSummary(heading, report, secrets);
  if (report.failure) core.setFailed(logText(secrets, report.failure));
}

/** The step fails with one line; the summary says the same. */
export async function writeFailure(
  message: string,
  heading: Heading,
  secrets: SecretRegistry,
): Promise<void> {
  core.setFailed(logText(secrets, message));
  await writeSummary(heading, { rows: [['Status', 'failed']], failure: message }, secrets);
}

/** Redacts, then renders (which escapes); whatever the summary had to cut goes to the log whole. */
async function writeSummary(
  heading: Heading,
  report: Pick<OperationReport, 'rows' | 'tables' | 'lists' | 'failure'>,
  secrets: SecretRegistry,
): Promise<void> {
  const { rows, tables, lists, failure } = report;
  const { markdown, cut } = renderSummary(
    heading,
    secrets.redactStrings({ rows, tables, lists, failure }),
  );
  for (const section of cut) logInFull(section, secrets);
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  try {
    await core.summary.addRaw(markdown).write();
  } catch (error) {
    core.warning(
      logText(
        secrets,
        `Could not write the job summary: ${error instanceof Error ? error.message : String(error)}`,
      ),
    );
  }
}

function logInFull(section: CutSection, secrets: SecretRegistry): void {
  core.startGroup(
    logText(
      secrets,
      `${section.title}: all ${section.lines.length} (the summary shows ${section.shown})`,
    ),
  );
  // list items are strings of the report writeSummary redacted; table cells joined here may
  // form a secret no cell held
  logRedactedLines(
    section.asGiven ? section.lines : section.lines.map((line) => secrets.redact(line)),
  );
  core.endGroup();
}
