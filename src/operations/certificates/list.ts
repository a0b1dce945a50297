/** list-certificates: id, name, not-after and where each certificate is bound. */
import type { CertificateReader } from '../../providers/certificates.js';
import type { RunContext } from '../../run-context.js';
import { plannedSteps } from '../plan.js';
import type { OperationReport } from '../report.js';
import { certificateTable, stateJson, stateOfStored } from './report.js';

export async function listCertificates(
  reader: () => Promise<CertificateReader>,
  ctx: RunContext,
  requestId: () => string | undefined,
): Promise<OperationReport> {
  if (ctx.config.dryRun) return plannedSteps(ctx, ['list the certificates of the account']);
  const certificates = await (await reader()).list();
  const nowMs = ctx.timing.now();
  const states = certificates.map((certificate) =>
    stateOfStored(certificate, nowMs, ctx.config.token.warnDays),
  );
  return {
    outputs: { 'request-id': requestId() ?? '' },
    result: {
      certificates: states.map((state, index) => ({
        ...stateJson(state),
        commonName: certificates[index]!.commonName ?? null,
        automated: certificates[index]!.automated,
      })),
    },
    rows: [
      ['Certificates', String(certificates.length)],
      ['Bound', String(certificates.filter((c) => (c.boundTo ?? []).length > 0).length)],
    ],
    tables: [certificateTable('Certificates', states)],
  };
}
