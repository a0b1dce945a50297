/** delete-certificate: only a certificate bound to nothing and not managed by the provider. */
import { ProviderError, RefusalError } from '../../errors.js';
import type { CertificateManager } from '../../providers/certificates.js';
import type { RunContext } from '../../run-context.js';
import { plannedSteps } from '../plan.js';
import type { OperationReport } from '../report.js';

export async function deleteCertificate(
  manager: () => Promise<CertificateManager>,
  ctx: RunContext,
  requestId: () => string | undefined,
): Promise<OperationReport> {
  const id = ctx.config.certificate.id ?? '';
  if (ctx.config.dryRun) {
    return plannedSteps(ctx, [
      `read certificate ${id} and where it is bound`,
      `delete it if it is bound to nothing and not issued by the provider itself`,
    ]);
  }
  const certificates = await manager();
  const certificate = await certificates.get(id);
  const label = `Certificate ${id} '${certificate.name}'`;
  if (certificate.automated) {
    throw new RefusalError(
      `${label} is issued and renewed by the provider (Let's Encrypt): cdnkit does not delete it. Nothing was deleted.`,
    );
  }
  const usage = await certificates.usage(id);
  if (usage.length > 0) {
    throw new RefusalError(
      `${label} is still bound to ${usage.slice(0, 5).join(', ')}${usage.length > 5 ? ` and ${usage.length - 5} more` : ''}: bind another certificate there first. Nothing was deleted.`,
    );
  }
  try {
    await certificates.delete(id);
  } catch (error) {
    if (error instanceof ProviderError && error.status === 400) {
      throw new ProviderError(
        error.provider,
        `${error.message} (the provider refused: the certificate may have been bound since it was checked). Nothing was deleted`,
        error.details,
      );
    }
    throw error;
  }
  ctx.logger.info(`${label} deleted.`);
  return {
    outputs: { 'certificate-id': id, 'request-id': requestId() ?? '' },
    result: { deleted: { id, name: certificate.name, notAfter: certificate.notAfter ?? null } },
    rows: [
      ['Deleted', `${id} '${certificate.name}'`],
      ['Not after', certificate.notAfter ?? 'unknown'],
    ],
  };
}
