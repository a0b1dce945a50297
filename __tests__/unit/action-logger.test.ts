/** The action's logger: debug lines only with step debug logging on, every line redacted. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { actionLogger } from '../../src/action/logger.js';
import { SecretRegistry } from '../../src/secret-registry.js';

const SECRET = 'sk-action-logger-secret';

function captureStdout(): { text: () => string } {
  const chunks: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(String(chunk));
    return true;
  });
  return { text: () => chunks.join('') };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('actionLogger', () => {
  it('writes no debug line, and builds none, when debug logging is off', () => {
    const stdout = captureStdout();
    const logger = actionLogger(new SecretRegistry(), false);
    const build = vi.fn(() => 'request 1/1: POST /purge');
    logger.debug(build);
    logger.debug('a plain line');
    logger.info('shown');
    expect(build).not.toHaveBeenCalled();
    expect(stdout.text()).toBe('shown\n');
  });

  it('writes debug lines, built and redacted, when it is on', () => {
    const stdout = captureStdout();
    const secrets = new SecretRegistry();
    secrets.add(SECRET);
    const logger = actionLogger(secrets, true);
    logger.debug(() => `signed with ${SECRET}`);
    logger.debug('::warning::not a command');
    expect(stdout.text()).not.toContain(SECRET);
    expect(stdout.text()).toMatch(/^::debug::signed with \*{3}/m);
    expect(stdout.text()).not.toMatch(/^::warning::/m);
  });

  it('reads the runner: on with RUNNER_DEBUG=1, off without it', () => {
    const stdout = captureStdout();
    vi.stubEnv('RUNNER_DEBUG', '1');
    actionLogger(new SecretRegistry()).debug('on');
    vi.stubEnv('RUNNER_DEBUG', '');
    actionLogger(new SecretRegistry()).debug('off');
    vi.unstubAllEnvs();
    expect(stdout.text()).toBe('::debug::on\n');
  });
});
