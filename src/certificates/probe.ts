/**
 * Which certificate a hostname serves: one TLS handshake with SNI, the peer's
 * certificate read, nothing else sent. `CDNKIT_PROBE_CONNECT` (loopback only)
 * sends every probe to a local TLS edge instead, SNI unchanged: for tests.
 */
import { connect } from 'node:tls';
import { daysLeft } from '../operations/token-dates.js';
import { type CertificateFacts, certificateFacts } from './facts.js';
import type { ProbeTarget } from './probe-target.js';

export type { ProbeTarget } from './probe-target.js';

export interface ServedCertificate extends CertificateFacts {
  readonly host: string;
  readonly port: number;
  readonly daysLeft: number;
  /** the chain verifies against Node's CA store and the name matches */
  readonly trusted: boolean;
  /** why it is not trusted */
  readonly trustError?: string;
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
