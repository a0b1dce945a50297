import * as core from '@actions/core';
import type { OperationReport } from '../operations/report.js';
import type { SecretRegistry } from '../secret-registry.js';
import { logText } from './logger.js';
import { renderSummary } from './summary.js';

/**
 * The one place that writes what the runner shows: outputs, the redacted
 * `result`, annotations, the job summary and the failure line. Every secret was
 * registered (core.setSecret) when obtained; everything written here is also
 * passed through the registry's redaction as a second guard.
 */
export async function writeReport(
  report: OperationReport,
  heading: { operation: string; provider: string },
  secrets: SecretRegistry,
): Promise<void> {
  for (const [name, value] of Object.entries(report.outputs)) {
    if (value !== undefined) core.setOutput(name, value);
  }
  core.setOutput('result', JSON.stringify(secrets.redactJson(report.result)));
  for (const annotation of report.annotations ?? []) {
    const message = logText(secrets, annotation.message);
    if (annotation.level === 'error') core.error(message);
    else if (annotation.level === 'warning') core.warning(message);
    else core.notice(message);
  }
  await writeSummary(secrets.redact(renderSummary(heading, report)));
  if (report.failure) core.setFailed(logText(secrets, report.failure));
}

/** The step fails with one line; the summary says the same. */
export async function writeFailure(
  message: string,
  heading: { operation: string; provider: string },
  secrets: SecretRegistry,
): Promise<void> {
  const line = logText(secrets, message);
  core.setFailed(line);
  await writeSummary(renderSummary(heading, { rows: [['Status', 'failed']], failure: line }));
}

async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  try {
    await core.summary.addRaw(markdown).write();
  } catch (error) {
    core.warning(
      `Could not write the job summary: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
