/**
 * CDNetworks certificates and domain certificate configuration, as the
 * emulator speaks them. Sources: cdnetworks-api/cdnetworks-sdk-go
 * `cdnetworks/certificationmanage/README_EN.md` + `models.go` (paths, fields,
 * `Location` of a create, CST validity times) and `cdnetworks/domainconfigurtion/
 * README_EN.md` + `models.go` (`/api/config/certificate/*`, the batch form, an
 * empty certificateId unbinding, `/api/request/*` async results, `/api/domain/*`
 * status); certimate (`ssl-certificates`, UTC+8); myklst (`Reviewing`).
 */
import { randomBytes } from 'node:crypto';
import { readChain, type ServableCertificate } from './pem.js';
import type { EmulatorRequest, EmulatorResponse } from './server.js';

export interface CdnetworksCertificateState {
  id: string;
  name: string;
  serial: string;
  validityFrom: string;
  validityTo: string;
  issuer: string;
  dnsNames: string[];
  served: ServableCertificate;
}

export interface CdnetworksDomainState {
  name: string;
  cname: string;
  cnameLabel: string;
  /** bound now (deployed or deploying); undefined: none */
  certificateId?: string;
  /** served by the edge until the deploy finishes */
  deployedCertificateId?: string;
  status: 'Deployed' | 'InProgress' | 'Reviewing';
  deployDoneAt: number;
}

interface DeployRequest {
  id: string;
  domains: string[];
  doneAt: number;
}

export interface CdnetworksCertificateOptions {
  /** ms a bind takes to deploy (request WAIT/INPROGRESS, domain InProgress) */
  deployDelayMs?: number;
  /** the list's key: the SDK's `ssl-certificates`, or `ssl-certificate` as certificates.md writes it */
  listKey?: 'ssl-certificates' | 'ssl-certificate';
  /** how a delete of a certificate in use is refused: HTTP 400, or HTTP 200 with a non-zero `code` */
  inUseRefusal?: 'status' | 'code';
  /**
   * 'one-certificate': a bind that would leave domains sharing a `cname-label`
   * on different certificates is refused (certificates.md after the cname-label
   * doc, inferred); 'free' (default): any bind is taken.
   */
  sharedLabels?: 'one-certificate' | 'free';
}

/** UTC+8 wall time, `YYYY-MM-DD HH:MM:SS` (the SDK's "CST"). */
export function cst(date: Date): string {
  return new Date(date.getTime() + 8 * 3600_000).toISOString().replace('T', ' ').slice(0, 19);
}

export class CdnetworksCertificatesEmulator {
  readonly certificates = new Map<string, CdnetworksCertificateState>();
  readonly domains = new Map<string, CdnetworksDomainState>();
  readonly deployRequests = new Map<string, DeployRequest>();
  deployDelayMs: number;
  listKey: 'ssl-certificates' | 'ssl-certificate';
  inUseRefusal: 'status' | 'code';
  sharedLabels: 'one-certificate' | 'free';
  /**
   * Binds are held for review: the request succeeds, the domains stay
   * `Reviewing` and keep serving what they served (myklst's status word).
   */
  review = false;
  private nextId = 880_001;

  constructor(options: CdnetworksCertificateOptions = {}) {
    this.deployDelayMs = options.deployDelayMs ?? 0;
    this.listKey = options.listKey ?? 'ssl-certificates';
    this.inUseRefusal = options.inUseRefusal ?? 'code';
    this.sharedLabels = options.sharedLabels ?? 'free';
    for (const name of ['www.example.com', 'img.example.com', '.example.net'])
      this.addDomain(name, name === '.example.net' ? 'wild' : 'shared');
  }

  addDomain(name: string, cnameLabel = name): CdnetworksDomainState {
    const domain: CdnetworksDomainState = {
      name,
      cname: `${name.replace(/^\./, 'wildcard.')}.cdngc.net`,
      cnameLabel,
      status: 'Deployed',
      deployDoneAt: 0,
    };
    this.domains.set(name, domain);
    return domain;
  }

  /** Adds a certificate directly (fixtures). */
  add(name: string, cert: string, key: string): CdnetworksCertificateState {
    const chain = readChain(cert);
    if (!chain) throw new Error('not a certificate');
    const certificate: CdnetworksCertificateState = {
      id: String(this.nextId++),
      name,
      serial: chain.serial.toLowerCase(),
      validityFrom: cst(chain.notBefore),
      validityTo: cst(chain.notAfter),
      issuer: chain.issuer,
      dnsNames: chain.dnsNames,
      served: { cert, key },
    };
    this.certificates.set(certificate.id, certificate);
    return certificate;
  }

  /** Binds at once, deployed (fixtures). */
  bindNow(domain: string, certificateId: string): void {
    const state = this.domains.get(domain)!;
    state.certificateId = certificateId;
    state.deployedCertificateId = certificateId;
  }

  /** Every deploy in progress finishes now (tests: a slow deploy is over). */
  finishDeploys(): void {
    for (const domain of this.domains.values()) domain.deployDoneAt = 0;
    for (const request of this.deployRequests.values()) request.doneAt = 0;
    this.settle();
  }

  /** What the edge serves for `host`: the deployed certificate of the domain (or wildcard domain). */
  servedFor(host: string): ServableCertificate | undefined {
    this.settle();
    const wildcard = `.${host.split('.').slice(1).join('.')}`;
    const domain = this.domains.get(host) ?? this.domains.get(wildcard);
    const id = domain?.deployedCertificateId;
    return id ? this.certificates.get(id)?.served : undefined;
  }

  /** Answers a certificate call, or undefined when the path is not one. */
  handle(request: EmulatorRequest, requestId: string): EmulatorResponse | undefined {
    this.settle();
    const { method, path } = request;
    const body = (request.json ?? {}) as Record<string, unknown>;
    // key-returning paths (certificationmanage README): present so tests can prove they go uncalled
    if (
      /^\/api\/ssl\/content|^\/api\/terraform\/certificate|^\/api\/certificate\/[^/]+\/content/.test(
        path,
      )
    )
      return this.keyDump();
    if (path === '/api/ssl/certificate' && method === 'GET') return this.list();
    if (path === '/api/certificate' && method === 'POST') return this.create(body);
    let match = /^\/api\/certificate\/([^/]+)\/domain$/.exec(path);
    if (match && method === 'GET') return this.usage(match[1]!);
    match = /^\/api\/certificate\/([^/]+)$/.exec(path);
    if (match && method === 'DELETE') return this.remove(match[1]!);
    if (path === '/api/config/certificate/batch' && method === 'PUT')
      return this.bind(body.certificateId, body.domainNames, requestId);
    match = /^\/api\/config\/certificate\/([^/]+)$/.exec(path);
    if (match && method === 'GET') return this.domainConfig(decodeURIComponent(match[1]!));
    if (match && method === 'PUT')
      return this.bind(body.certificateId, [decodeURIComponent(match[1]!)], requestId);
    match = /^\/api\/domain\/([^/]+)$/.exec(path);
    if (match && method === 'GET') return this.domainInfo(decodeURIComponent(match[1]!));
    match = /^\/api\/request\/([^/]+)$/.exec(path);
    // the SDK README says POST; a GET is answered too (certificates.md: GET on 405, inferred)
    if (match && (method === 'POST' || method === 'GET')) return this.deployStatus(match[1]!);
    return undefined;
  }

  private list(): EmulatorResponse {
    const items = [...this.certificates.values()].map((c) => ({
      'certificate-id': c.id,
      name: c.name,
      comment: '',
      'share-ssl': 'false',
      'certificate-validity-from': c.validityFrom,
      'certificate-validity-to': c.validityTo,
      'related-domains': this.boundDomains(c.id).map((d) => ({
        'domain-id': d.name.length,
        'domain-name': d.name,
      })),
      'dns-names': c.dnsNames,
      'certificate-serial': c.serial,
      'certificate-issuer': c.issuer,
    }));
    return { status: 200, body: { [this.listKey]: items } };
  }

  /** 201 with `Location: …/api/certificate/{id}`; names are unique per customer. */
  private create(body: Record<string, unknown>): EmulatorResponse {
    const { name, certificate, privateKey } = body;
    if (typeof name !== 'string' || name === '' || typeof privateKey !== 'string')
      return answer(400, 'ParseParameterError', 'name, certificate and privateKey are required');
    if ([...this.certificates.values()].some((c) => c.name === name))
      return answer(400, 'CertificateNameExists', `certificate name ${name} already exists`);
    if (!readChain(certificate)) return answer(400, 'InvalidCertificate', 'certificate is invalid');
    const created = this.add(name, certificate as string, privateKey);
    return {
      status: 201,
      body: { code: '0', message: 'success' },
      headers: { location: `https://api.cdnetworks.com/api/certificate/${created.id}` },
    };
  }

  private usage(id: string): EmulatorResponse {
    if (!this.certificates.has(id)) return answer(404, 'NoSuchCertificate', `no certificate ${id}`);
    const domains = this.boundDomains(id).map((d) => ({
      domainId: d.name.length,
      domainName: d.name,
    }));
    return {
      status: 200,
      body: { code: 0, message: 'success', data: { certificateId: Number(id), domains } },
    };
  }

  private remove(id: string): EmulatorResponse {
    if (!this.certificates.has(id)) return answer(404, 'NoSuchCertificate', `no certificate ${id}`);
    const users = this.boundDomains(id);
    if (users.length > 0) {
      const message = `The certificate is in use by ${users.map((d) => d.name).join(', ')} and cannot be deleted`;
      return this.inUseRefusal === 'status'
        ? answer(400, 'CertificateInUse', message)
        : { status: 200, body: { code: 1, message, data: [] } };
    }
    this.certificates.delete(id);
    return { status: 200, body: { code: 0, message: 'success', data: [] } };
  }

  private domainConfig(name: string): EmulatorResponse {
    const domain = this.domains.get(name);
    if (!domain) return answer(404, 'NoSuchDomain', `The domain ${name} does not exist`);
    return {
      status: 200,
      body: {
        code: '0',
        message: 'success',
        data: {
          domainId: String(name.length),
          domainName: name,
          ...(domain.certificateId ? { certificateId: Number(domain.certificateId) } : {}),
        },
      },
    };
  }

  private domainInfo(name: string): EmulatorResponse {
    const domain = this.domains.get(name);
    if (!domain) return answer(404, 'NoSuchDomain', `The domain ${name} does not exist`);
    return {
      status: 200,
      body: {
        'domain-name': name,
        cname: domain.cname,
        'cname-label': domain.cnameLabel,
        status: domain.status,
        enabled: 'true',
        ssl: {
          'use-ssl': domain.certificateId ? 'true' : 'false',
          ...(domain.certificateId ? { 'ssl-certificate-id': Number(domain.certificateId) } : {}),
        },
      },
    };
  }

  /** 202 with x-cnc-request-id; an empty certificateId unbinds ("置空时为取消关联证书"). */
  private bind(certificateId: unknown, domainNames: unknown, requestId: string): EmulatorResponse {
    if (!Array.isArray(domainNames) || domainNames.length === 0)
      return answer(400, 'ParseParameterError', 'domainNames is required');
    const id = certificateId === undefined || certificateId === null ? '' : String(certificateId);
    if (id !== '' && !this.certificates.has(id))
      return answer(400, 'NoSuchCertificate', `no certificate ${id}`);
    const domains = domainNames.map((name) => this.domains.get(String(name)));
    if (domains.some((d) => !d)) return answer(404, 'NoSuchDomain', 'a domain does not exist');
    const split = this.splitLabel(domains as CdnetworksDomainState[], id);
    if (split) {
      return answer(
        400,
        'CnameLabelConflict',
        `domains sharing cname-label ${split.cnameLabel} must use one certificate: ${split.name} uses ${split.certificateId}`,
      );
    }
    const doneAt = Date.now() + this.deployDelayMs;
    for (const domain of domains as CdnetworksDomainState[]) {
      domain.certificateId = id === '' ? undefined : id;
      domain.status = this.review ? 'Reviewing' : 'InProgress';
      domain.deployDoneAt = doneAt;
    }
    this.deployRequests.set(requestId, { id: requestId, domains: domainNames.map(String), doneAt });
    this.settle();
    return { status: 202, body: { code: '0', message: 'success' } };
  }

  /** A domain left out of the bind that shares a label with it and keeps another certificate. */
  private splitLabel(
    bound: readonly CdnetworksDomainState[],
    id: string,
  ): CdnetworksDomainState | undefined {
    if (this.sharedLabels === 'free' || id === '') return undefined;
    const labels = new Set(bound.map((domain) => domain.cnameLabel));
    return [...this.domains.values()].find(
      (domain) =>
        !bound.includes(domain) &&
        labels.has(domain.cnameLabel) &&
        domain.certificateId !== undefined &&
        domain.certificateId !== id,
    );
  }

  private deployStatus(requestId: string): EmulatorResponse {
    const request = this.deployRequests.get(requestId);
    if (!request) return answer(404, 'NoSuchRequest', `no request ${requestId}`);
    const done = Date.now() >= request.doneAt;
    return {
      status: 200,
      body: {
        'http-status-code': 202,
        'cnc-request-id': requestId,
        timestamp: new Date().toUTCString(),
        'async-result': done ? 'SUCCESS' : 'INPROGRESS',
        'async-message': done ? 'deployed' : 'deploying',
      },
    };
  }

  /** Deploys whose time has come: the domain serves its bound certificate. */
  private settle(): void {
    const now = Date.now();
    for (const domain of this.domains.values()) {
      if (domain.status === 'InProgress' && now >= domain.deployDoneAt) {
        domain.status = 'Deployed';
        domain.deployedCertificateId = domain.certificateId;
      }
    }
  }

  private boundDomains(id: string): CdnetworksDomainState[] {
    return [...this.domains.values()].filter((d) => d.certificateId === id);
  }

  private keyDump(): EmulatorResponse {
    return {
      status: 200,
      body: {
        code: 0,
        data: {
          privateKey: `-----BEGIN PRIVATE KEY-----\n${randomBytes(24).toString('base64')}\n-----END PRIVATE KEY-----\n`,
        },
      },
    };
  }
}

function answer(status: number, code: string, message: string): EmulatorResponse {
  return { status, body: { code, message } };
}
