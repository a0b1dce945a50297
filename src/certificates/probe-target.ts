/**
 * Where a TLS probe connects. Kept apart from probe.ts (node:tls) so the input
 * parser can read CDNKIT_PROBE_CONNECT without loading the probe.
 */
export interface ProbeTarget {
  readonly host: string;
  readonly port: number;
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
