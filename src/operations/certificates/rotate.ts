/**
 * rotate-certificate (certificates.md, "Rotation"), declared on the rotation
 * engine: validate -> read the binding -> check the certificate covers every
 * hostname the provider serves there -> upload, or reuse the copy the provider
 * has -> bind (unless bound) -> verify: read-back and deploy status, then (with
 * `probe`) a TLS probe of each hostname until it serves the new serial ->
 * delete the old one (`delete-old`; only when verified, unused, not automated
 * and older than the new one). The old certificate stays bound until the new
 * one is, nothing is deleted before verification, and a rerun resumes where a
 * run stopped: it reuses the upload and skips a bind already made.
 */
import { covers, listedNames } from '../../certificates/validate.js';
import type { HostnameTarget } from '../../config/config.js';
import { InputError, providerLabel } from '../../errors.js';
import type {
  BindReceipt,
  CertificateManager,
  CertificateTarget,
  StoredCertificate,
  TargetBinding,
} from '../../providers/certificates.js';
import type { RunContext } from '../../run-context.js';
import { formatDuration } from '../plan.js';
import type { Annotation, OperationReport } from '../report.js';
import { type RotationStep, rotationState, runRotation, type Subject } from '../rotation.js';
import { daysLeft, expiryLevel } from '../token-dates.js';
import { type PreparedCertificate, prepareCertificate } from './local.js';
import {
  type CertificateState,
  certificateOutputs,
  certificateTable,
  stateOfStored,
} from './report.js';
import { uploadOrReuse } from './upload.js';
import { followBinding, PROBE_PAUSE_MS, type ProbeOutcome, probeUntilServed } from './verify.js';

/** What the rotation has learnt so far; messages and the report are written from it. */
interface Progress {
  certificates?: CertificateManager;
  /** where the new certificate goes: the resource's targets and those that switch with them */
  targets: CertificateTarget[];
  /** the certificates bound there before (never the new one) */
  olds: StoredCertificate[];
  created?: StoredCertificate;
  reused: boolean;
  /** every target has the new certificate */
  bound: boolean;
  /** it had it before this run started (a rerun after the bind, or nothing to do) */
  boundBefore: boolean;
  receipt?: BindReceipt;
  readBack: TargetBinding[];
  probes: ProbeOutcome[];
  deleted: string[];
  /** epoch ms: wait-timeout from the first read-back */
  deadline?: number;
}

export async function rotateCertificate(
  manager: () => Promise<CertificateManager>,
  ctx: RunContext,
  requestId: () => string | undefined,
): Promise<OperationReport> {
  const { config, logger, timing } = ctx;
  // validate: an InputError, before any request (a dry run validates too)
  const prepared = prepareCertificate(ctx);
  const { facts, local, material } = prepared;
  // parseCertificateInputs requires it for rotate-certificate
  const resource = config.resource ?? '';
  const provider = providerLabel(config.provider);
  const progress: Progress = {
    targets: [],
    olds: [],
    reused: false,
    bound: false,
    boundBefore: false,
    readBack: [],
    probes: [],
    deleted: [],
  };
  const state = rotationState(undefined, { verifies: true });
  const newSubject = (): Subject => {
    const created = progress.created!;
    const how = progress.reused ? 'already uploaded' : 'uploaded';
    return {
      id: created.id,
      name: created.name || local.name,
      detail: progress.bound ? `bound to ${labels(progress.targets)}` : `${how}, not bound`,
    };
  };
  const resume = () =>
    `Run again to resume: the rerun reuses certificate ${progress.created?.id}, finds it bound and checks again (wait-timeout ${config.waitTimeoutSeconds} s).${
      progress.olds.length > 0
        ? ` The rerun cannot tell which certificate it replaced: delete ${oldIds(progress)} with delete-certificate once the new one is served.`
        : ''
    }`;
  const probeTargets = (): HostnameTarget[] => {
    const given = config.certificate.hostnames;
    const all =
      given.length > 0
        ? given
        : unique(progress.targets.flatMap((target) => target.hostnames)).map((host) => ({
            host,
            port: 443,
          }));
    return all.filter((target) => !target.host.startsWith('*.'));
  };
  const probing = config.certificate.probe;

  const steps: RotationStep[] = [
    {
      role: 'other',
      name: 'Validating the certificate',
      plan: `validated the certificate: serial ${facts.serial}, not after ${facts.notAfter}, ${material.chain.length} certificate(s) in the chain, the key matches`,
      // done before the steps run (a dry run validates too); listed so the plan starts with it
      run: () => Promise.resolve(),
    },
    {
      role: 'read',
      name: 'Reading the binding',
      plan: `read the certificate ${resource} has bound now, and the hostnames it serves${config.provider === 'cdnetworks' ? ' (with the domains sharing its cname-label)' : ''}`,
      run: async () => {
        const certificates = await manager();
        progress.certificates = certificates;
        progress.targets = await certificates.bindingGroup(await certificates.targets(resource));
        for (const id of unique(progress.targets.flatMap((t) => t.certificateId ?? [])))
          progress.olds.push(await certificates.get(id));
        logger.info(
          `${labels(progress.targets)}: ${progress.olds.length > 0 ? `certificate ${oldIds(progress)} bound now` : 'no certificate bound yet'}.`,
        );
        return oldSubject(progress.olds);
      },
    },
    {
      role: 'other',
      name: 'Checking the hostnames',
      plan: `check the certificate covers every hostname ${provider} serves for ${resource}`,
      run: async () => checkCoverage(prepared, progress.targets),
    },
    {
      role: 'create',
      name: 'Uploading the new certificate',
      plan: `upload it as '${local.name}' (certificate ${Buffer.byteLength(material.certificatePem)} bytes, private key ${Buffer.byteLength(material.privateKeyPem)} bytes), unless ${provider} has it already (${config.provider === 'gcore' ? 'same name, CN and not-after' : 'same serial'})`,
      newName: () => local.name,
      advice: (now) => (now.mayExist ? 'A rerun finds that upload and reuses it.' : undefined),
      run: async (now) => {
        const { certificate, reused } = await uploadOrReuse(progress.certificates!, prepared, ctx);
        progress.created = certificate;
        progress.reused = reused;
        progress.olds = progress.olds.filter((old) => old.id !== certificate.id);
        now.old = oldSubject(progress.olds);
        progress.bound = progress.targets.every((t) => t.certificateId === certificate.id);
        progress.boundBefore = progress.bound;
        if (progress.bound) logger.info(`Certificate ${certificate.id} is bound already.`);
        return newSubject();
      },
    },
    {
      role: 'other',
      name: 'Binding the new certificate',
      plan: `bind it to ${resource}${config.provider === 'gcore' ? ' (PATCH sslData)' : ' (domains sharing a cname-label in one batch)'}, unless it is bound already`,
      skip: () => progress.bound,
      advice: () =>
        `Certificate ${progress.created?.id} is uploaded but not bound${progress.olds.length > 0 ? `; ${oldIds(progress)} is still bound` : ''}. Run again: the rerun reuses it.`,
      run: async (now) => {
        const created = progress.created!;
        const unbound = progress.targets.filter((t) => t.certificateId !== created.id);
        progress.receipt = await progress.certificates!.bind(unbound, created.id);
        progress.bound = true;
        now.created = newSubject();
        logger.info(`Bound certificate ${created.id} to ${labels(unbound)}.`);
      },
    },
    {
      ...(probing ? { role: 'other' as const } : { role: 'verify' as const }),
      name: 'Reading the binding back',
      plan:
        config.provider === 'gcore'
          ? `read each resource back until sslData is the new certificate and its status active, for at most wait-timeout (${config.waitTimeoutSeconds} s)`
          : `follow the deploy until the request is SUCCESS and each domain Deployed (FAIL or Reviewing stops), for at most wait-timeout (${config.waitTimeoutSeconds} s)`,
      advice: resume,
      run: async () => {
        progress.deadline = timing.now() + config.waitTimeoutSeconds * 1000;
        const created = progress.created!;
        const receipt: BindReceipt = {
          certificateId: created.id,
          targets: progress.targets,
          ...(progress.receipt?.requestId ? { requestId: progress.receipt.requestId } : {}),
        };
        progress.readBack = await followBinding(
          progress.certificates!,
          receipt,
          ctx,
          progress.deadline,
        );
      },
    },
    ...(probing
      ? [
          {
            role: 'verify',
            name: 'Probing the hostnames',
            plan: `probe ${config.certificate.hostnames.length > 0 ? labelsOf(probeTargets()) : "the resource's hostnames"} over TLS every ${formatDuration(PROBE_PAUSE_MS)} until each serves serial ${facts.serial}, within wait-timeout`,
            advice: resume,
            run: async () => {
              const targets = probeTargets();
              if (targets.length === 0) {
                logger.warning(
                  `Nothing to probe: ${resource} serves wildcard hostnames only; name hostnames to probe in 'hostnames'.`,
                );
                return;
              }
              progress.probes = await probeUntilServed(
                targets,
                facts.serial,
                ctx,
                progress.deadline!,
              );
            },
          } satisfies RotationStep,
        ]
      : []),
    ...(config.deleteOld
      ? [
          {
            role: 'delete-old',
            onFailure: 'warn',
            plan: `delete the old certificate if the new one is verified, nothing uses it, ${provider} did not issue it, and it expires before the new one`,
            skip: () => deletable().length === 0,
            run: async () => {
              const inUse: string[] = [];
              for (const old of deletable()) {
                const usage = await progress.certificates!.usage(old.id);
                if (usage.length > 0) {
                  inUse.push(
                    `certificate ${old.id} is still bound to ${usage.slice(0, 3).join(', ')}`,
                  );
                  continue;
                }
                await progress.certificates!.delete(old.id);
                progress.deleted.push(old.id);
                logger.info(`Deleted the old certificate ${old.id} '${old.name}'.`);
              }
              if (inUse.length > 0) throw new Error(inUse.join('; '));
            },
          } satisfies RotationStep,
        ]
      : []),
  ];

  /** Gcore gives no deploy signal: only a probe proves its edge serves the new certificate. */
  const proven = () =>
    state.verified === true &&
    (config.provider !== 'gcore' ||
      (progress.probes.length > 0 && progress.probes.every((p) => p.served)));
  const keptBecause = (old: StoredCertificate): string | undefined => {
    if (!proven())
      return `${provider} gives no deploy signal and no TLS probe showed the new certificate served${probing ? '' : " ('probe: false')"}`;
    if (old.automated) return `${provider} issues and renews it (Let's Encrypt)`;
    if (!old.notAfter || Date.parse(old.notAfter) >= Date.parse(facts.notAfter))
      return `it does not expire before the new one (not after ${old.notAfter ?? 'unknown'})`;
    return undefined;
  };
  const deletable = () => progress.olds.filter((old) => keptBecause(old) === undefined);

  return runRotation(ctx, {
    noun: 'certificate',
    provider: config.provider,
    state,
    steps,
    secret: false,
    oldKept: () => (progress.bound ? `is kept (no longer bound to ${resource})` : 'is still bound'),
    report: () =>
      rotationReport(prepared, progress, {
        ctx,
        requestId,
        keptBecause,
        verifiedNow: () => state.verified === true,
      }),
  });
}

/** Every hostname of every target (the resource's, and those switching with it) is covered. */
function checkCoverage(prepared: PreparedCertificate, targets: readonly CertificateTarget[]): void {
  const { leaf } = prepared.material;
  for (const target of targets) {
    for (const host of target.hostnames) {
      if (covers(leaf, host)) continue;
      const joined = target.joinedBecause
        ? ` (${target.label} switches too: ${target.joinedBecause})`
        : '';
      throw new InputError(
        'resource',
        `${target.label} serves '${host}', which the certificate does not cover (its DNS names: ${listedNames(leaf)})${joined}; give a certificate for every hostname there`,
      );
    }
  }
}

function rotationReport(
  { facts, local, warnings }: PreparedCertificate,
  progress: Progress,
  {
    ctx,
    requestId,
    keptBecause,
    verifiedNow,
  }: {
    ctx: RunContext;
    requestId: () => string | undefined;
    keptBecause: (old: StoredCertificate) => string | undefined;
    verifiedNow: () => boolean;
  },
): OperationReport {
  const { config } = ctx;
  const nowMs = ctx.timing.now();
  const created = progress.created!;
  const name = created.name || local.name;
  const warnDays = config.token.warnDays;
  const verified = verifiedNow();
  const outputs = certificateOutputs({ ...facts, id: created.id }, nowMs);
  const newState: CertificateState = {
    label: `certificate ${created.id} '${name}' (new)`,
    source: 'stored',
    id: created.id,
    name,
    serial: facts.serial,
    fingerprint: facts.fingerprint,
    notAfter: facts.notAfter,
    daysLeft: daysLeft(facts.notAfter, nowMs),
    level: expiryLevel({ expiresAt: facts.notAfter, expired: false }, nowMs, warnDays),
    where: progress.bound ? progress.targets.map((t) => t.label) : [],
  };
  const oldStates = progress.olds.map((old) => {
    const stored = stateOfStored(old, nowMs, warnDays);
    const deleted = progress.deleted.includes(old.id);
    return {
      ...stored,
      label: `${stored.label} (old${deleted ? ', deleted' : ''})`,
      where: deleted || progress.bound ? [] : progress.targets.map((t) => t.label),
    };
  });
  const kept = progress.olds.filter((old) => !progress.deleted.includes(old.id));
  const annotations: Annotation[] = warnings.map((message) => ({ level: 'warning', message }));
  if (config.deleteOld && verified) {
    for (const old of kept) {
      const reason = keptBecause(old);
      if (reason)
        annotations.push({
          level: 'warning',
          message: `The old certificate ${old.id} '${old.name}' is kept: ${reason}. Delete it with delete-certificate once the new one is served.`,
        });
    }
  }
  const probed = progress.probes.filter((probe) => probe.served).length;
  return {
    outputs: { ...outputs, 'request-id': requestId() ?? '' },
    result: {
      resource: config.resource,
      targets: progress.targets.map((t) => t.label),
      old: progress.olds.map((old) => ({
        id: old.id,
        name: old.name,
        notAfter: old.notAfter ?? null,
        automated: old.automated,
        deleted: progress.deleted.includes(old.id),
      })),
      new: {
        id: created.id,
        name,
        serial: facts.serial,
        fingerprint: facts.fingerprint,
        notAfter: facts.notAfter,
        daysLeft: Number(outputs['days-left']),
        reused: progress.reused,
        bound: progress.bound,
        boundBefore: progress.boundBefore,
      },
      readBack: progress.readBack.map((b) => ({
        target: b.target.label,
        state: b.state,
        detail: b.detail,
      })),
      probes: progress.probes.map((p) => ({
        host: p.target.host,
        port: p.target.port,
        serial: p.serial ?? null,
        served: p.served,
      })),
      warnings,
    },
    rows: [
      ['Resource', labels(progress.targets) || (config.resource ?? '')],
      [
        'Old certificate',
        progress.olds.map((o) => `${o.id} '${o.name}'`).join(', ') ||
          (progress.boundBefore ? 'none: the new one was bound before this run' : 'none'),
      ],
      [
        'New certificate',
        `${created.id} '${name}' (${progress.reused ? 'reused: already uploaded' : 'uploaded'})`,
      ],
      ['Serial', facts.serial],
      ['Not after', `${facts.notAfter} (${outputs['days-left']} days left)`],
      ['Bound', progress.bound ? (progress.boundBefore ? 'yes (before this run)' : 'yes') : 'no'],
      ['Read back', progress.readBack.length > 0 ? 'every target has it' : 'no'],
      ['Verified', verified ? 'yes' : 'no'],
      [
        'TLS probe',
        config.certificate.probe
          ? `${probed} of ${progress.probes.length} hostname(s) serve serial ${facts.serial}`
          : "off ('probe: false')",
      ],
      [
        'Old certificate deleted',
        progress.deleted.length > 0
          ? progress.deleted.join(', ')
          : config.deleteOld
            ? 'no'
            : "no ('delete-old: false')",
      ],
    ],
    tables: [certificateTable('Certificates', [newState, ...oldStates])],
    annotations,
  };
}

function oldSubject(olds: readonly StoredCertificate[]): Subject | undefined {
  if (olds.length === 0) return undefined;
  if (olds.length === 1) return { id: olds[0]!.id, name: olds[0]!.name };
  return { id: olds.map((old) => old.id).join(' and ') };
}

function oldIds(progress: Progress): string {
  return progress.olds.map((old) => old.id).join(' and ');
}

function labels(targets: readonly CertificateTarget[]): string {
  const shown = targets.slice(0, 5).map((target) => target.label);
  return `${shown.join(', ')}${targets.length > 5 ? ` and ${targets.length - 5} more` : ''}`;
}

function labelsOf(targets: readonly HostnameTarget[]): string {
  return targets.map((target) => `${target.host}:${target.port}`).join(', ');
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
