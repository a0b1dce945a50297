/**
 * check-certificate: expiry of stored certificates (`certificate-id`, else the
 * one bound to `resource`, else all of them) and a TLS probe of `hostnames`
 * (else, with `resource`, of its hostnames). A certificate within `warn-days`
 * is a warning; within a day or expired an error, which fails the step when
 * that certificate is bound or served. An unreachable host fails it too.
 */
import { type ProbeTarget, probeCertificate } from '../../certificates/probe.js';
import type { HostnameTarget } from '../../config/config.js';
import { providerLabel } from '../../errors.js';
import type { CertificateReader, StoredCertificate } from '../../providers/certificates.js';
import type { RunContext } from '../../run-context.js';
import { plannedSteps } from '../plan.js';
import type { Annotation, OperationReport } from '../report.js';
import { expiryLevel } from '../token-dates.js';
import {
  type CertificateState,
  certificateOutputs,
  certificateTable,
  stateJson,
  stateOfStored,
} from './report.js';

export async function checkCertificate(
  reader: (() => Promise<CertificateReader>) | undefined,
  ctx: RunContext,
  requestId: () => string | undefined,
): Promise<OperationReport> {
  const { config } = ctx;
  const { id, hostnames } = config.certificate;
  const warnDays = config.token.warnDays;
  const redirect = config.certificate.probeConnect;
  if (config.dryRun) {
    return plannedSteps(ctx, [
      ...(reader ? [storedStep(id, config.resource, hostnames)] : []),
      ...(hostnames.length > 0
        ? [`probe over TLS: ${hostnames.map((h) => `${h.host}:${h.port}`).join(', ')}`]
        : config.resource && config.certificate.probe
          ? ['probe over TLS the hostnames of the resource']
          : []),
      `warn about certificates expiring within ${warnDays} days; error within 1 day`,
    ]);
  }

  const nowMs = ctx.timing.now();
  const stored: CertificateState[] = [];
  let probeTargets: HostnameTarget[] = [...hostnames];
  if (reader) {
    const certificates = await reader();
    const found = await storedCertificates(certificates, id, config.resource);
    for (const c of found.certificates) stored.push(stateOfStored(c, nowMs, warnDays));
    if (probeTargets.length === 0 && config.certificate.probe)
      probeTargets = found.hostnames.map((host) => ({ host, port: 443 }));
  }
  const served: CertificateState[] = [];
  for (const target of probeTargets) {
    if (target.host.startsWith('*.')) continue;
    served.push(
      await probe(target, { redirect, nowMs, warnDays, timeoutMs: config.timeoutSeconds * 1000 }),
    );
  }
  const all = [...stored, ...served];
  const provider = reader ? providerLabel(config.provider) : 'TLS';
  const annotations = all.flatMap((state) => annotationsOf(provider, state));
  const failing = all.filter(
    (state) =>
      state.level === 'unreachable' ||
      ((state.level === 'error' || state.level === 'expired') &&
        (state.source === 'served' || state.where.length > 0)),
  );
  const earliest = all
    .filter((state) => state.notAfter !== undefined)
    .sort((a, b) => Date.parse(a.notAfter!) - Date.parse(b.notAfter!))[0];
  const count = (level: CertificateState['level']) => all.filter((s) => s.level === level).length;
  return {
    outputs: {
      ...certificateOutputs(earliest ?? {}, nowMs),
      ...(reader ? { 'request-id': requestId() ?? '' } : {}),
    },
    result: { warnDays, certificates: all.map(stateJson) },
    rows: [
      ['Certificates checked', `${stored.length} stored, ${served.length} served`],
      [
        'Days left (earliest expiry)',
        earliest?.daysLeft === undefined ? 'unknown' : String(earliest.daysLeft),
      ],
      [`Expiring within ${warnDays} days`, String(count('warning'))],
      ['Expiring within 1 day', String(count('error'))],
      ['Expired', String(count('expired'))],
      ...(count('unreachable') > 0
        ? ([['Unreachable', String(count('unreachable'))]] as [string, string][])
        : []),
    ],
    tables: [certificateTable('Certificates', all)],
    annotations,
    failure:
      failing.length > 0
        ? `${failing.length} certificate check(s) failed: ${failing
            .slice(0, 3)
            .map(
              (state) =>
                `${state.label} ${state.level === 'unreachable' ? 'unreachable' : state.level === 'expired' ? 'expired' : 'expires within a day'}`,
            )
            .join('; ')}${failing.length > 3 ? '; …' : ''}`
        : undefined,
  };
}

function storedStep(
  id: string | undefined,
  resource: string | undefined,
  hostnames: readonly HostnameTarget[],
): string {
  if (id) return `read certificate ${id}`;
  if (resource) return `read the certificate bound to ${resource}`;
  return hostnames.length > 0
    ? 'no stored certificate to read'
    : 'list every certificate of the account';
}

async function storedCertificates(
  reader: CertificateReader,
  id: string | undefined,
  resource: string | undefined,
): Promise<{ certificates: StoredCertificate[]; hostnames: string[] }> {
  if (id) return { certificates: [await reader.get(id)], hostnames: [] };
  if (!resource) return { certificates: await reader.list(), hostnames: [] };
  const targets = await reader.targets(resource);
  const hostnames = targets
    .flatMap((target) => target.hostnames)
    .filter((h) => !h.startsWith('*.'));
  const ids = [...new Set(targets.flatMap((target) => target.certificateId ?? []))];
  const certificates: StoredCertificate[] = [];
  for (const bound of ids) {
    const certificate = await reader.get(bound);
    const where = targets.filter((t) => t.certificateId === bound).map((t) => t.label);
    certificates.push({ ...certificate, boundTo: where });
  }
  return { certificates, hostnames: [...new Set(hostnames)] };
}

async function probe(
  target: ProbeTarget,
  options: { redirect?: ProbeTarget; nowMs: number; warnDays: number; timeoutMs: number },
): Promise<CertificateState> {
  const label = `${target.host}:${target.port}`;
  try {
    const served = await probeCertificate(target, {
      timeoutMs: options.timeoutMs,
      nowMs: options.nowMs,
      ...(options.redirect ? { connectTo: options.redirect } : {}),
    });
    return {
      label,
      source: 'served',
      serial: served.serial,
      fingerprint: served.fingerprint,
      notAfter: served.notAfter,
      daysLeft: served.daysLeft,
      level: expiryLevel(
        { expiresAt: served.notAfter, expired: false },
        options.nowMs,
        options.warnDays,
      ),
      where: [`issued by ${served.issuer}`],
      trusted: served.trusted,
      ...(served.trustError ? { detail: served.trustError } : {}),
    };
  } catch (error) {
    return {
      label,
      source: 'served',
      level: 'unreachable',
      where: [],
      detail: error instanceof Error ? error.message : String(error),
    };
  }
}

function annotationsOf(provider: string, state: CertificateState): Annotation[] {
  const what =
    state.source === 'served'
      ? `The certificate served at ${state.label}`
      : `${provider} ${state.label}`;
  const at = state.notAfter ?? 'an unknown time';
  const notes: Annotation[] = [];
  if (state.level === 'unreachable')
    notes.push({ level: 'error', message: `TLS probe failed: ${state.detail ?? state.label}.` });
  if (state.level === 'expired')
    notes.push({ level: 'error', message: `${what} expired at ${at}.` });
  if (state.level === 'error')
    notes.push({ level: 'error', message: `${what} expires within a day, at ${at}.` });
  if (state.level === 'warning') {
    const days = state.daysLeft ?? 0;
    notes.push({
      level: 'warning',
      message: `${what} expires in ${days} day${days === 1 ? '' : 's'}, at ${at}.`,
    });
  }
  if (state.trusted === false)
    notes.push({
      level: 'warning',
      message: `${what} is not trusted: ${state.detail ?? 'unknown reason'}.`,
    });
  return notes;
}
