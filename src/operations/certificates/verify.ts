/**
 * How rotate-certificate proves the new certificate is live: the provider's
 * read-back (and CDNetworks' deploy status) until every target is done, then a
 * TLS probe of each hostname until it serves the new serial. One deadline,
 * `wait-timeout`, bounds both; it is the user's own bound and never scaled.
 */
import { comparableSerial } from '../../certificates/facts.js';
import { probeCertificate } from '../../certificates/probe.js';
import type { HostnameTarget } from '../../config/config.js';
import { VerificationError } from '../../errors.js';
import type {
  BindReceipt,
  CertificateManager,
  TargetBinding,
} from '../../providers/certificates.js';
import type { RunContext } from '../../run-context.js';
import { formatDuration } from '../plan.js';

/** Pause between read-backs (unscaled ms): a deploy takes minutes. */
export const READ_BACK_PAUSE_MS = 15_000;
/** Pause between probes of a hostname that still serves another certificate (certificates.md). */
export const PROBE_PAUSE_MS = 30_000;

/** Reads the binding back until every target is done; a failed target or the deadline stops it. */
export async function followBinding(
  certificates: CertificateManager,
  receipt: BindReceipt,
  ctx: RunContext,
  deadline: number,
): Promise<TargetBinding[]> {
  const { timing, logger } = ctx;
  const pause = READ_BACK_PAUSE_MS * timing.scale;
  for (;;) {
    const states = await certificates.bindingState(receipt);
    const failed = states.filter((state) => state.state === 'failed');
    if (failed.length > 0) {
      throw new VerificationError(`the provider reports the binding failed: ${describe(failed)}`);
    }
    const pending = states.filter((state) => state.state !== 'done');
    if (pending.length === 0) {
      logger.info(
        `Read back: certificate ${receipt.certificateId} is live at ${describe(states)}.`,
      );
      return states;
    }
    if (timing.now() + pause > deadline) {
      throw new VerificationError(
        `still deploying when wait-timeout (${waitTimeout(ctx)}) ended: ${describe(pending)}`,
      );
    }
    logger.info(
      `Read back: ${states.length - pending.length} of ${states.length} done; waiting for ${describe(pending)}.`,
    );
    await timing.sleep(pause);
  }
}

export interface ProbeOutcome {
  readonly target: HostnameTarget;
  /** the serial last served; undefined when the probe never got an answer */
  readonly serial?: string;
  /** serves the new certificate */
  readonly served: boolean;
  /** why the last probe failed */
  readonly error?: string;
}

/**
 * Probes each hostname (SNI) until every one serves `serial`, pausing
 * PROBE_PAUSE_MS between rounds; throws when the deadline comes first.
 */
export async function probeUntilServed(
  targets: readonly HostnameTarget[],
  serial: string,
  ctx: RunContext,
  deadline: number,
): Promise<ProbeOutcome[]> {
  const { timing, logger } = ctx;
  const pause = PROBE_PAUSE_MS * timing.scale;
  const wanted = comparableSerial(serial);
  const outcomes = new Map<string, ProbeOutcome>();
  const key = (target: HostnameTarget) => `${target.host}:${target.port}`;
  for (;;) {
    for (const target of targets) {
      if (outcomes.get(key(target))?.served) continue;
      outcomes.set(key(target), await probeOnce(target, wanted, ctx));
    }
    const waiting = [...outcomes.values()].filter((outcome) => !outcome.served);
    if (waiting.length === 0) {
      logger.info(
        `Probe: ${targets.map(key).join(', ')} serve${targets.length === 1 ? 's' : ''} serial ${serial}.`,
      );
      return [...outcomes.values()];
    }
    const seen = waiting.map(describeProbe).join('; ');
    if (timing.now() + pause > deadline) {
      throw new VerificationError(
        `wait-timeout (${waitTimeout(ctx)}) ended before every hostname served serial ${serial}: ${seen}`,
      );
    }
    logger.info(`Probe: ${seen}; probing again in ${formatDuration(PROBE_PAUSE_MS)}.`);
    await timing.sleep(pause);
  }
}

async function probeOnce(target: HostnameTarget, wanted: string, ctx: RunContext) {
  const { config, timing } = ctx;
  try {
    const served = await probeCertificate(target, {
      timeoutMs: config.timeoutSeconds * 1000,
      nowMs: timing.now(),
      ...(config.certificate.probeConnect ? { connectTo: config.certificate.probeConnect } : {}),
    });
    return { target, serial: served.serial, served: comparableSerial(served.serial) === wanted };
  } catch (error) {
    return { target, served: false, error: error instanceof Error ? error.message : String(error) };
  }
}

function describeProbe(outcome: ProbeOutcome): string {
  const where = `${outcome.target.host}:${outcome.target.port}`;
  if (outcome.error) return `${where} could not be probed (${outcome.error})`;
  return `${where} serves serial ${outcome.serial}`;
}

function describe(states: readonly TargetBinding[]): string {
  const shown = states.slice(0, 5).map((state) => `${state.target.label} (${state.detail})`);
  return `${shown.join(', ')}${states.length > 5 ? ` and ${states.length - 5} more` : ''}`;
}

function waitTimeout({ config }: RunContext): string {
  return `${config.waitTimeoutSeconds} s`;
}
