/** upload-certificate: validate, then upload, or reuse the certificate the provider already has. */
import { InputError } from '../../errors.js';
import type { CertificateManager, StoredCertificate } from '../../providers/certificates.js';
import type { RunContext } from '../../run-context.js';
import { plannedSteps } from '../plan.js';
import type { OperationReport } from '../report.js';
import { type PreparedCertificate, prepareCertificate } from './local.js';
import { certificateOutputs } from './report.js';

export async function uploadCertificate(
  manager: () => Promise<CertificateManager>,
  ctx: RunContext,
  requestId: () => string | undefined,
): Promise<OperationReport> {
  const prepared = prepareCertificate(ctx);
  const { facts, local, material } = prepared;
  if (ctx.config.dryRun) {
    return plannedSteps(ctx, [
      `validated the certificate: serial ${facts.serial}, not after ${facts.notAfter}, ${material.chain.length} certificate(s) in the chain`,
      'list the certificates of the account, to reuse one with the same serial (or name, CN and not-after)',
      `else upload it as '${local.name}' (certificate ${Buffer.byteLength(material.certificatePem)} bytes, private key ${Buffer.byteLength(material.privateKeyPem)} bytes)`,
    ]);
  }
  const { certificate, reused } = await uploadOrReuse(await manager(), prepared, ctx);
  const nowMs = ctx.timing.now();
  const outputs = certificateOutputs({ ...facts, id: certificate.id }, nowMs);
  return {
    outputs: { ...outputs, 'request-id': requestId() ?? '' },
    result: {
      certificate: {
        id: certificate.id,
        name: certificate.name || local.name,
        serial: facts.serial,
        fingerprint: facts.fingerprint,
        notAfter: facts.notAfter,
        daysLeft: Number(outputs['days-left']),
        dnsNames: facts.dnsNames,
        reused,
      },
      warnings: prepared.warnings,
    },
    rows: [
      ['Certificate', `${certificate.id} '${certificate.name || local.name}'`],
      ['Uploaded', reused ? 'no: the provider already has it (reused)' : 'yes'],
      ['Serial', facts.serial],
      ['Not after', `${facts.notAfter} (${outputs['days-left']} days left)`],
      ['Fingerprint (SHA-256)', facts.fingerprint],
      ['DNS names', facts.dnsNames.join(', ')],
    ],
    annotations: prepared.warnings.map((message) => ({ level: 'warning' as const, message })),
  };
}

/**
 * The provider's copy of the certificate when it has one (same serial; Gcore:
 * same name, CN and not-after), else a new upload. A name another certificate
 * holds is refused before anything is sent.
 */
export async function uploadOrReuse(
  certificates: CertificateManager,
  { local, material, facts }: PreparedCertificate,
  ctx: RunContext,
): Promise<{ certificate: StoredCertificate; reused: boolean }> {
  const stored = await certificates.list();
  const existing = stored.find((candidate) => certificates.matches(candidate, local));
  const taken = stored.find((candidate) => candidate.name === local.name);
  if (!existing && taken) {
    throw new InputError(
      'certificate-name',
      `'${local.name}' is already the name of certificate ${taken.id}, a different certificate; names must be unique`,
    );
  }
  const certificate =
    existing ??
    (await certificates.upload({
      name: local.name,
      certificatePem: material.certificatePem,
      privateKeyPem: material.privateKeyPem,
    }));
  const verb = existing ? 'already uploaded' : 'uploaded';
  ctx.logger.info(
    `Certificate ${facts.serial} ${verb} as ${certificate.id} '${certificate.name || local.name}'.`,
  );
  return { certificate, reused: existing !== undefined };
}
