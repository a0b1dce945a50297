/**
 * The certificate operations, loaded only when one of them runs: node:crypto's
 * X.509 and TLS code stay out of every other run, and each provider imports
 * its certificate client on first use.
 */

import { type CertificateOperation, SUPPORTED_OPERATIONS } from '../../catalog.js';
import { UnsupportedOperationError } from '../../errors.js';
import {
  type CertificateManager,
  type CertificateReader,
  isCertificateManager,
} from '../../providers/certificates.js';
import { createProvider } from '../../providers/create-provider.js';
import type { Provider } from '../../providers/provider.js';
import type { RunContext } from '../../run-context.js';
import type { OperationReport } from '../report.js';
import { checkCertificate } from './check.js';
import { deleteCertificate } from './delete.js';
import { listCertificates } from './list.js';
import { rotateCertificate } from './rotate.js';
import { uploadCertificate } from './upload.js';

export async function runCertificateOperation(ctx: RunContext): Promise<OperationReport> {
  const { config } = ctx;
  // a probe of hostnames alone, and any dry run, needs no provider client
  let provider: Provider | undefined;
  const unsupported = () =>
    new UnsupportedOperationError(
      config.provider,
      config.operation,
      SUPPORTED_OPERATIONS[config.provider],
    );
  const reader = async (): Promise<CertificateReader> => {
    provider ??= await createProvider(ctx);
    if (!provider.certificates) throw unsupported();
    return provider.certificates();
  };
  const manager = async (): Promise<CertificateManager> => {
    const certificates = await reader();
    if (!isCertificateManager(certificates)) throw unsupported();
    return certificates;
  };
  const requestId = () => provider?.http.lastRequestId;
  try {
    // runOperation sends only certificate operations here
    return await run(config.operation as CertificateOperation);
  } finally {
    provider?.http.dispose();
  }

  function run(operation: CertificateOperation): Promise<OperationReport> {
    switch (operation) {
      case 'upload-certificate':
        return uploadCertificate(manager, ctx, requestId);
      case 'rotate-certificate':
        return rotateCertificate(manager, ctx, requestId);
      case 'list-certificates':
        return listCertificates(reader, ctx, requestId);
      case 'delete-certificate':
        return deleteCertificate(manager, ctx, requestId);
      case 'check-certificate': {
        const probeOnly =
          config.certificate.hostnames.length > 0 && !config.certificate.id && !config.resource;
        return checkCertificate(probeOnly ? undefined : reader, ctx, requestId);
      }
    }
  }
}
