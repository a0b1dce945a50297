/**
 * A local TLS edge for the probe: one loopback TLS server whose SNICallback
 * serves, for each hostname, the certificate the emulated providers have
 * deployed for it (or one a test set by hand). cdnkit reaches it through
 * CDNKIT_PROBE_CONNECT, with SNI unchanged.
 */
import type { AddressInfo } from 'node:net';
import { createSecureContext, createServer, type SecureContext, type Server } from 'node:tls';
import type { ServableCertificate } from './pem.js';

export type ServedLookup = (host: string) => ServableCertificate | undefined;

export class TlsEdge {
  /** TLS handshakes the edge saw, by SNI name ('' when none was sent) */
  readonly handshakes: string[] = [];
  private readonly manual = new Map<string, ServableCertificate>();
  private readonly contexts = new Map<string, SecureContext>();
  private server: Server | undefined;

  constructor(private readonly lookups: readonly ServedLookup[] = []) {}

  /** Serves `certificate` for `host` whatever the providers have. */
  serve(host: string, certificate: ServableCertificate): void {
    this.manual.set(host, certificate);
  }

  /** Listens on 127.0.0.1; returns `127.0.0.1:<port>` for CDNKIT_PROBE_CONNECT. */
  async start(): Promise<string> {
    this.server = createServer({
      SNICallback: (servername, callback) => {
        this.handshakes.push(servername);
        const served =
          this.manual.get(servername) ?? this.lookups.map((l) => l(servername)).find(Boolean);
        if (!served) {
          callback(new Error(`no certificate for ${servername}`));
          return;
        }
        const key = served.cert + served.key;
        let context = this.contexts.get(key);
        if (!context) {
          context = createSecureContext({ cert: served.cert, key: served.key });
          this.contexts.set(key, context);
        }
        callback(null, context);
      },
    });
    this.server.on('tlsClientError', () => {});
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
