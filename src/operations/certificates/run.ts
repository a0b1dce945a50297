/**
 * The certificate operations, loaded only when one of them runs: node:crypto's
 * X.509 and TLS code, and the certificate clients, stay out of every other run.
 */

import {
  type CertificateSession,
  createCertificateSession,
} from '../../providers/certificate-session.js';
import { isCertificateManager } from '../../providers/certificates.js';
import type { RunContext } from '../../run-context.js';
import type { OperationReport } from '../report.js';
import { checkCertificate } from './check.js';
import { deleteCertificate } from './delete.js';
import { listCertificates } from './list.js';
import { uploadCertificate } from './upload.js';

export async function runCertificateOperation(ctx: RunContext): Promise<OperationReport> {
  const { config } = ctx;
  // a probe of hostnames alone, and any dry run, needs no provider client
  let session: CertificateSession | undefined;
  const open = (): CertificateSession => {
    session ??= createCertificateSession(ctx);
    return session;
  };
  const reader = () => open().certificates;
  const manager = () => {
    const certificates = reader();
    if (!isCertificateManager(certificates))
      throw new Error(`${config.provider} offers no certificate management`);
    return certificates;
  };
  const requestId = () => session?.http.lastRequestId;
  try {
    switch (config.operation) {
      case 'upload-certificate':
        return await uploadCertificate(manager, ctx, requestId);
      case 'list-certificates':
        return await listCertificates(reader, ctx, requestId);
      case 'delete-certificate':
        return await deleteCertificate(manager, ctx, requestId);
      case 'check-certificate': {
        const probeOnly =
          config.certificate.hostnames.length > 0 && !config.certificate.id && !config.resource;
        return await checkCertificate(probeOnly ? undefined : reader, ctx, requestId);
      }
      default:
        throw new Error(
          `${config.operation} is not built yet: it comes with the shared rotation engine. Until then use upload-certificate, bind the certificate in the provider's panel, and watch it with check-certificate`,
        );
    }
  } finally {
    session?.http.dispose();
  }
}
