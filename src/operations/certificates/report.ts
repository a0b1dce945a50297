/** How certificates appear in outputs, the result and the summary. */
import type { CertificateFacts } from '../../certificates/facts.js';
import type { StoredCertificate } from '../../providers/certificates.js';
import type { OperationReport, SummaryTable } from '../report.js';
import { daysLeft, type ExpiryLevel, expiryLevel } from '../token-dates.js';

/** One certificate checked: stored at the provider, or served over TLS. */
export interface CertificateState {
  /** "certificate 12 'name'" or "cdn.example.com:443" */
  readonly label: string;
  readonly source: 'stored' | 'served';
  readonly id?: string;
  readonly name?: string;
  readonly serial?: string;
  readonly fingerprint?: string;
  readonly notAfter?: string;
  readonly daysLeft?: number;
  readonly level: ExpiryLevel | 'unreachable';
  /** where it is bound (stored) or who serves it (served) */
  readonly where: readonly string[];
  readonly trusted?: boolean;
  readonly detail?: string;
}

export function stateOfStored(
  certificate: StoredCertificate,
  nowMs: number,
  warnDays: number,
): CertificateState {
  const { notAfter } = certificate;
  return {
    label: `certificate ${certificate.id}${certificate.name ? ` '${certificate.name}'` : ''}`,
    source: 'stored',
    id: certificate.id,
    name: certificate.name,
    ...(certificate.serial ? { serial: certificate.serial } : {}),
    ...(notAfter ? { notAfter, daysLeft: daysLeft(notAfter, nowMs) } : {}),
    level: notAfter
      ? expiryLevel({ expiresAt: notAfter, expired: false }, nowMs, warnDays)
      : 'unknown',
    where: certificate.boundTo ?? [],
  };
}

/** The outputs every certificate operation sets, from the certificate they are about. */
export function certificateOutputs(
  facts: Partial<Pick<CertificateFacts, 'serial' | 'fingerprint' | 'notAfter'>> & { id?: string },
  nowMs: number,
): OperationReport['outputs'] {
  const left = facts.notAfter ? daysLeft(facts.notAfter, nowMs) : undefined;
  return {
    'certificate-id': facts.id ?? '',
    serial: facts.serial ?? '',
    'not-after': facts.notAfter ?? '',
    fingerprint: facts.fingerprint ?? '',
    'days-left': left === undefined ? '' : String(left),
  };
}

export function certificateTable(title: string, states: readonly CertificateState[]): SummaryTable {
  return {
    title,
    header: ['Certificate', 'Serial', 'Not after', 'Days left', 'State', 'Bound to / served by'],
    rows: states.map((state) => [
      state.label,
      state.serial ?? '',
      state.notAfter ?? '',
      state.daysLeft === undefined ? '' : String(state.daysLeft),
      [state.level, state.trusted === false ? 'untrusted' : '', state.detail ?? '']
        .filter(Boolean)
        .join('; '),
      state.where.join(', '),
    ]),
  };
}

/** The JSON of one certificate in `result`. */
export function stateJson(state: CertificateState): Record<string, unknown> {
  return {
    source: state.source,
    id: state.id ?? null,
    name: state.name ?? null,
    serial: state.serial ?? null,
    fingerprint: state.fingerprint ?? null,
    notAfter: state.notAfter ?? null,
    daysLeft: state.daysLeft ?? null,
    state: state.level,
    where: state.where,
    ...(state.trusted === undefined ? {} : { trusted: state.trusted }),
    ...(state.detail ? { detail: state.detail } : {}),
  };
}
