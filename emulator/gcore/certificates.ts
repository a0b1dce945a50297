/**
 * Gcore CDN certificates as the emulator speaks them. Sources: Gcore's OpenAPI
 * spec (G-Core/product-documentation `api-reference/services_documented/
 * cdn_api.yaml`, "SSL certificates" and "CDN resources"), the troubleshooting
 * page (`cdn/troubleshooting/an-ssl-certificate-isn-t-working-how-to-solve-to-issue.mdx`)
 * and G-Core/terraform-provider-gcore#97 (the in-use refusal).
 */

import { readChain, type ServableCertificate } from '../pem.js';
import type { EmulatorRequest, EmulatorResponse } from '../server.js';
import { failure, fieldError, notFound } from './answers.js';
import type { GcoreResourceState } from './cdn.js';

export interface GcoreCertificateState {
  id: number;
  name: string;
  cert_issuer: string;
  cert_subject_cn: string;
  cert_subject_alt: string;
  validity_not_before: string;
  validity_not_after: string;
  automated: boolean;
  deleted: boolean;
  /** what the TLS edge serves for resources bound to it (never in any answer) */
  served?: ServableCertificate;
}

export class GcoreCertificatesEmulator {
  readonly certificates: GcoreCertificateState[] = [];
  /** resources with a Let's Encrypt issuance in progress: binding answers 400 */
  readonly leIssuing = new Set<number>();
  /**
   * ms before the edge serves a newly bound certificate: the API shows the new
   * `sslData` at once, with no deploy signal, while the edge keeps the previous
   * one (Gcore's docs, `cdn/ssl-certificates/`: "allow at least fifteen
   * minutes", as certificates.md quotes them). 0 (default): at once.
   */
  edgeDelayMs = 0;
  /** resource id -> the certificate its edge still serves, and until when */
  private readonly propagating = new Map<number, { previous: number | null; until: number }>();
  private nextId = 5000;

  constructor(private readonly resources: GcoreResourceState[]) {}

  /** Adds a certificate directly (fixtures): a PEM chain and key, or a Let's Encrypt one. */
  add(options: {
    name: string;
    cert?: string;
    key?: string;
    automated?: boolean;
  }): GcoreCertificateState {
    const chain = readChain(options.cert);
    const certificate: GcoreCertificateState = {
      id: this.nextId++,
      name: options.name,
      cert_issuer: chain?.issuer ?? "Let's Encrypt",
      cert_subject_cn: chain?.commonName ?? '',
      cert_subject_alt: chain?.dnsNames.join(',') ?? '',
      validity_not_before: iso(chain?.notBefore ?? new Date()),
      validity_not_after: iso(chain?.notAfter ?? new Date(Date.now() + 90 * 86_400_000)),
      automated: options.automated === true,
      deleted: false,
      ...(options.cert && options.key ? { served: { cert: options.cert, key: options.key } } : {}),
    };
    this.certificates.push(certificate);
    return certificate;
  }

  /** Every edge serves what its resource has bound now (tests: the propagation is over). */
  settleEdge(): void {
    this.propagating.clear();
  }

  /** The certificate the edge serves for `host`: the one bound to the resource that has it. */
  servedFor(host: string): ServableCertificate | undefined {
    const resource = this.resources.find(
      (r) => !r.deleted && r.sslEnabled && [r.cname, ...r.secondaryHostnames].includes(host),
    );
    if (!resource) return undefined;
    const pending = this.propagating.get(resource.id);
    const id = pending && Date.now() < pending.until ? pending.previous : resource.sslData;
    // deleted: never served (stricter than an edge keeping its copy: an early delete shows)
    return this.certificates.find((c) => c.id === id && !c.deleted)?.served;
  }

  handle(request: EmulatorRequest): EmulatorResponse | undefined {
    const { method, path } = request;
    if (path === '/cdn/sslData') {
      if (method === 'GET') return this.list(request.query);
      if (method === 'POST') return this.upload(request.json);
    }
    let match = /^\/cdn\/sslData\/(\d+)$/.exec(path);
    if (match) {
      const certificate = this.find(match[1]!);
      if (!certificate) return notFound();
      if (method === 'GET') return { status: 200, body: this.visible(certificate) };
      if (method === 'DELETE') return this.remove(certificate);
    }
    match = /^\/cdn\/sslData\/(\d+)\/usage$/.exec(path);
    if (match && method === 'GET') {
      const certificate = this.find(match[1]!);
      if (!certificate) return notFound();
      const resources = this.usedBy(certificate).map(({ id, cname, status }) => ({
        id,
        cname,
        status,
      }));
      return { status: 200, body: { resources } };
    }
    match = /^\/cdn\/resources\/(\d+)$/.exec(path);
    if (match && (method === 'PATCH' || method === 'PUT'))
      return this.change(match[1]!, method, request.json);
    return undefined;
  }

  /** `limit` given: `{ count, next, previous, results }`; without: a bare array (cdn_api.yaml). */
  private list(query: URLSearchParams): EmulatorResponse {
    const all = this.certificates.filter((c) => !c.deleted).map((c) => this.visible(c));
    const limit = query.get('limit');
    if (limit === null) return { status: 200, body: all };
    const offset = Number(query.get('offset') ?? 0);
    const results = all.slice(offset, offset + Number(limit));
    return { status: 200, body: { count: all.length, next: null, previous: null, results } };
  }

  /** POST: name unique, chain ending in "\n" (troubleshooting page), 201 with the certificate. */
  private upload(body: unknown): EmulatorResponse {
    const { name, sslCertificate, sslPrivateKey } = (body ?? {}) as Record<string, unknown>;
    if (typeof name !== 'string' || name === '')
      return fieldError('name', 'This field is required.');
    if (this.certificates.some((c) => !c.deleted && c.name === name))
      return fieldError('name', 'SSL certificate with this name already exists.');
    if (typeof sslPrivateKey !== 'string' || !sslPrivateKey.includes('PRIVATE KEY'))
      return fieldError('sslPrivateKey', 'This field is required.');
    if (typeof sslCertificate !== 'string' || !sslCertificate.endsWith('\n'))
      return fieldError('sslCertificate', 'Certificate chain is invalid.');
    if (!readChain(sslCertificate)) return fieldError('sslCertificate', 'Certificate is invalid.');
    const certificate = this.add({ name, cert: sslCertificate, key: sslPrivateKey });
    return { status: 201, body: this.visible(certificate) };
  }

  /** 204; in use: 400 with the wording of terraform-provider-gcore#97. */
  private remove(certificate: GcoreCertificateState): EmulatorResponse {
    const users = this.usedBy(certificate);
    if (users.length > 0) {
      return failure(
        400,
        `You cannot delete this certificate because it used by resources: ${users.map((r) => r.id).join(', ')}`,
      );
    }
    certificate.deleted = true;
    return { status: 204 };
  }

  /** PATCH changes the fields given; PUT replaces the resource (what cdnkit must never send). */
  private change(id: string, method: string, body: unknown): EmulatorResponse {
    const resource = this.resources.find((r) => String(r.id) === id && !r.deleted);
    if (!resource) return notFound();
    const { sslEnabled, sslData } = (body ?? {}) as { sslEnabled?: unknown; sslData?: unknown };
    if (sslData !== undefined && sslData !== null) {
      if (this.leIssuing.has(resource.id)) {
        // CannotLinkYourSSLCertificate
        return fieldError(
          'sslData',
          'You cannot add a certificate because the current issuing attempt is in progress. Please wait until the attempt is completed and try again.',
        );
      }
      if (typeof sslData !== 'number' || !this.find(String(sslData)))
        return fieldError('sslData', 'Invalid pk - object does not exist.');
    }
    const before = resource.sslEnabled ? (resource.sslData ?? null) : null;
    if (method === 'PUT') {
      resource.secondaryHostnames = [];
      resource.sslEnabled = sslEnabled === true;
      resource.sslData = typeof sslData === 'number' ? sslData : null;
    } else {
      if (typeof sslEnabled === 'boolean') resource.sslEnabled = sslEnabled;
      if (sslData !== undefined) resource.sslData = typeof sslData === 'number' ? sslData : null;
    }
    const after = resource.sslEnabled ? (resource.sslData ?? null) : null;
    if (after !== before && this.edgeDelayMs > 0) {
      const pending = this.propagating.get(resource.id);
      const previous = pending && Date.now() < pending.until ? pending.previous : before;
      this.propagating.set(resource.id, { previous, until: Date.now() + this.edgeDelayMs });
    }
    return { status: 200, body: resource };
  }

  private usedBy(certificate: GcoreCertificateState): GcoreResourceState[] {
    return this.resources.filter((r) => !r.deleted && r.sslData === certificate.id);
  }

  private find(id: string): GcoreCertificateState | undefined {
    return this.certificates.find((c) => String(c.id) === id && !c.deleted);
  }

  private visible(certificate: GcoreCertificateState) {
    const { served: _served, ...visible } = certificate;
    return { ...visible, hasRelatedResources: this.usedBy(certificate).length > 0 };
  }
}

function iso(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
