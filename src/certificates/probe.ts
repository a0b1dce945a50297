/**
 * Which certificate a hostname serves: one TLS handshake with SNI, the peer's
 * certificate read, nothing else sent. `CDNKIT_PROBE_CONNECT` (loopback only)
 * sends every probe to a local TLS edge instead, SNI unchanged: for tests.
 */
import { connect } from 'node:tls';
import { daysLeft } from '../operations/token-dates.js';
import { type CertificateFacts, certificateFacts } from './facts.js';

export interface ProbeTarget {
  readonly host: string;
  readonly port: number;
}

export interface ServedCertificate extends CertificateFacts {
  readonly host: string;
  readonly port: number;
  readonly daysLeft: number;
  /** the chain verifies against Node's CA store and the name matches */
  readonly trusted: boolean;
  /** why it is not trusted */
  readonly trustError?: string;
}

export const PROBE_CONNECT_ENV = 'CDNKIT_PROBE_CONNECT';

const LOOPBACK_ADDRESS = /^(?:(localhost|127(?:\.\d{1,3}){3})|\[(::1)\]):(\d{1,5})$/i;

/** The address every probe connects to instead, from CDNKIT_PROBE_CONNECT; loopback only. */
export function probeRedirect(
  env: Readonly<Record<string, string | undefined>>,
): ProbeTarget | undefined {
  const value = env[PROBE_CONNECT_ENV]?.trim();
  if (!value) return undefined;
  const match = LOOPBACK_ADDRESS.exec(value);
  const port = Number(match?.[3]);
  if (!match || port < 1 || port > 65535) {
    throw new Error(
      `${PROBE_CONNECT_ENV} must be a loopback address with a port (127.0.0.1:8443, [::1]:8443 or localhost:8443); it redirects TLS probes for tests only`,
    );
  }
  return { host: match[1] ?? match[2]!, port };
}

export interface ProbeOptions {
  readonly timeoutMs: number;
  readonly nowMs: number;
  /** connect here instead of `target` (SNI stays `target.host`) */
  readonly connectTo?: ProbeTarget;
}

/** Resolves with the served certificate; rejects with a one-line reason. */
export function probeCertificate(
  target: ProbeTarget,
  options: ProbeOptions,
): Promise<ServedCertificate> {
  const address = options.connectTo ?? target;
  return new Promise((resolve, reject) => {
    const socket = connect({
      host: address.host,
      port: address.port,
      servername: target.host,
      rejectUnauthorized: false,
    });
    const fail = (reason: string) => {
      socket.destroy();
      reject(new Error(`${target.host}:${target.port}: ${reason}`));
    };
    socket.setTimeout(options.timeoutMs, () =>
      fail(`no TLS handshake within ${Math.round(options.timeoutMs / 1000)} s`),
    );
    socket.once('error', (error: NodeJS.ErrnoException) =>
      fail(error.code ? `${error.code} (${error.message})` : error.message),
    );
    socket.once('secureConnect', () => {
      const peer = socket.getPeerX509Certificate();
      if (!peer) {
        fail('the server sent no certificate');
        return;
      }
      const facts = certificateFacts(peer);
      const nameMatches =
        peer.checkHost(target.host, { subject: 'never', partialWildcards: false }) !== undefined;
      const trustError = !socket.authorized
        ? String(socket.authorizationError ?? 'not trusted')
        : nameMatches
          ? undefined
          : `the certificate does not name ${target.host}`;
      socket.end();
      resolve({
        ...facts,
        host: target.host,
        port: target.port,
        daysLeft: daysLeft(facts.notAfter, options.nowMs) ?? 0,
        trusted: trustError === undefined,
        ...(trustError ? { trustError } : {}),
      });
    });
  });
}
