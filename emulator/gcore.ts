/**
 * Gcore as its documents describe it (API reference, gcore-go, gcore-python):
 * the CDN (gcore/cdn.ts) and IAM (gcore/iam.ts) behind one authentication gate that
 * takes a permanent token (`APIKey`) or a JWT (`Bearer`) on every endpoint.
 */
import { notFound } from './gcore/answers.js';
import {
  GcoreCdnEmulator,
  type GcoreCdnOptions,
  type GcorePurgeRecord,
  type GcoreResourceState,
} from './gcore/cdn.js';
import { GcoreCertificatesEmulator } from './gcore/certificates.js';
import { GcoreIamEmulator, type IamOptions } from './gcore/iam.js';
import type { EmulatorRequest, EmulatorResponse, ProviderModule } from './server.js';

export type { GcorePurgeRecord, GcoreResourceState };

export interface GcoreOptions extends IamOptions, GcoreCdnOptions {
  /** multiplies every rate-limit window (CDNKIT_PACING_SCALE's counterpart) */
  scale?: number;
  /** ms after which a purge status turns Successful */
  taskDelayMs?: number;
}

export class GcoreEmulator implements ProviderModule {
  readonly name = 'gcore';
  readonly cdn: GcoreCdnEmulator;
  readonly iam: GcoreIamEmulator;
  readonly certificates: GcoreCertificatesEmulator;

  constructor(options: GcoreOptions = {}) {
    this.cdn = new GcoreCdnEmulator(options.scale ?? 1, options.taskDelayMs ?? 0, options);
    this.iam = new GcoreIamEmulator(options);
    this.certificates = new GcoreCertificatesEmulator(this.cdn.resources);
  }

  get resources(): GcoreResourceState[] {
    return this.cdn.resources;
  }
  get purges(): GcorePurgeRecord[] {
    return this.cdn.purges;
  }
  get prefetches(): { resourceId: number; paths: string[] }[] {
    return this.cdn.prefetches;
  }

  handle(request: EmulatorRequest): EmulatorResponse {
    const open = this.iam.handlePublic(request);
    if (open) return open;
    const who = this.iam.authenticate(request.headers);
    if ('status' in who) return who;
    return (
      this.iam.handle(request, who) ??
      this.cdn.handle(request) ??
      this.certificates.handle(request) ??
      notFound()
    );
  }
}
