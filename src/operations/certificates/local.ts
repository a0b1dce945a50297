/** The certificate and key of this run, read and validated before any request. */

import type { ProviderName } from '../../catalog.js';
import {
  type CertificateFacts,
  certificateFacts,
  defaultCertificateName,
} from '../../certificates/facts.js';
import { type CertificateMaterial, readCertificateMaterial } from '../../certificates/material.js';
import { type RequiredName, validateMaterial } from '../../certificates/validate.js';
import type { Config } from '../../config/config.js';
import type { LocalCertificate } from '../../providers/certificates.js';
import type { RunContext } from '../../run-context.js';

export interface PreparedCertificate {
  readonly material: CertificateMaterial;
  readonly facts: CertificateFacts;
  readonly local: LocalCertificate;
  readonly warnings: readonly string[];
}

/** Reads and checks `certificate` and `private-key` (or their files); throws InputError. */
export function prepareCertificate(ctx: RunContext): PreparedCertificate {
  const { config } = ctx;
  const { chain, privateKey } = config.certificate;
  // parseConfig requires both for the operations that get here
  if (!chain || !privateKey) throw new Error('certificate and private-key are required');
  const material = readCertificateMaterial(chain, privateKey);
  // the key as it will be sent (re-joined lines): its JSON form masked as well
  ctx.secrets.add(material.privateKeyPem);
  const warnings = validateMaterial(material, {
    nowMs: ctx.timing.now(),
    warnDays: config.token.warnDays,
    names: requiredNames(config),
    certificateInput: chain.input,
    keyInput: privateKey.input,
  });
  const facts = certificateFacts(material.leaf);
  const local: LocalCertificate = {
    name: config.certificate.name ?? defaultCertificateName(facts),
    serial: facts.serial,
    notAfter: facts.notAfter,
    ...(facts.commonName ? { commonName: facts.commonName } : {}),
  };
  for (const warning of warnings) ctx.logger.warning(warning);
  return { material, facts, local, warnings };
}

/** `hostnames`, and `resource` where it is a hostname: the names the certificate must cover. */
export function requiredNames(config: Config): RequiredName[] {
  const names: RequiredName[] = config.certificate.hostnames.map(({ host }) => ({
    name: host,
    input: 'hostnames',
  }));
  for (const host of resourceHostnames(config.provider, config.resource)) {
    names.push({ name: host, input: 'resource' });
  }
  return names;
}

/** Gcore: a resource given by hostname; CDNetworks: its domains (`.a.com` is `*.a.com`). */
function resourceHostnames(provider: ProviderName, resource: string | undefined): string[] {
  if (resource === undefined) return [];
  if (provider === 'gcore') return /^\d+$/.test(resource) ? [] : [resource.toLowerCase()];
  if (provider === 'cdnetworks') {
    return resource
      .split(',')
      .map((domain) => domain.trim().toLowerCase())
      .filter((domain) => domain.includes('.'))
      .map((domain) => (domain.startsWith('.') ? `*${domain}` : domain));
  }
  return [];
}
