/** Gcore test helpers: a run context from inputs, fake JWTs, a logger that remembers. */
import { parseConfig } from '../../src/config/parse.js';
import type { Logger } from '../../src/log.js';
import { createRunContext, type RunContext, type SecretStore } from '../../src/run-context.js';
import { SecretRegistry } from '../../src/secret-registry.js';
import { type Timing, virtualTiming } from '../../src/timing.js';

/** 2025-06-01T00:00:00Z: the fixed "now" of unit and nock tests. */
export const NOW = Date.UTC(2025, 5, 1);
export const DAY = 86_400_000;

export interface RecordingLogger extends Logger {
  lines: { level: keyof Logger; message: string }[];
}

export function recordingLogger(): RecordingLogger {
  const lines: RecordingLogger['lines'] = [];
  const at = (level: keyof Logger) => (message: string) => lines.push({ level, message });
  return {
    lines,
    debug: at('debug'),
    info: at('info'),
    warning: at('warning'),
    error: at('error'),
  };
}

/** A RunContext for Gcore built from action inputs, on a virtual clock starting at NOW. */
export function gcoreContext(
  inputs: Record<string, string>,
  extra: { timing?: Timing; secretStore?: SecretStore } = {},
): RunContext & { logger: RecordingLogger } {
  const all: Record<string, string> = { provider: 'gcore', ...inputs };
  const config = parseConfig((name) => all[name] ?? '', {
    env: { GITHUB_REPOSITORY: 'octo/site' },
    readFile: () => '',
    resolvePath: (_base, path) => path,
  });
  const logger = recordingLogger();
  const secrets = new SecretRegistry();
  const ctx = createRunContext(
    config,
    logger,
    secrets,
    {},
    {
      timing: extra.timing ?? virtualTiming(NOW),
      secretStore: extra.secretStore,
    },
  );
  return { ...ctx, logger };
}

/** An unsigned-looking JWT with `claims` as its payload (cdnkit never checks signatures). */
export function fakeJwt(claims: Record<string, unknown>): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'HS256', typ: 'JWT' })}.${part(claims)}.c2lnbmF0dXJl`;
}
