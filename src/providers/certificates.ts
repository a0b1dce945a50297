/**
 * TLS certificates stored at a CDN provider: the capability behind the
 * certificate operations, in provider-neutral terms. Nothing here ever holds
 * a private key after `upload` returns, and no method reads one back.
 */
import type { ProviderName } from '../catalog.js';
import { isoDate } from '../dates.js';

/** A certificate as the provider lists it. */
export interface StoredCertificate {
  readonly id: string;
  readonly name: string;
  readonly commonName?: string;
  /** hex as the provider lists it; undefined where it lists none (Gcore) */
  readonly serial?: string;
  /** ISO 8601 UTC; undefined when unknown or unreadable */
  readonly notBefore?: string;
  readonly notAfter?: string;
  readonly issuer?: string;
  /** issued and renewed by the provider itself (Gcore's Let's Encrypt): cdnkit never deletes it */
  readonly automated: boolean;
  /** what it is bound to, when the listing says (CDNetworks domains, Medianova resources) */
  readonly boundTo?: readonly string[];
}

/** What cdnkit knows of a local certificate, to find it among the stored ones. */
export interface LocalCertificate {
  readonly name: string;
  /** `openssl x509 -serial` hex */
  readonly serial: string;
  readonly commonName?: string;
  /** ISO 8601 UTC */
  readonly notAfter: string;
}

export interface CertificateUpload {
  readonly name: string;
  /** the chain, leaf first, ending in \n */
  readonly certificatePem: string;
  /** registered as a secret (every line) before it got here */
  readonly privateKeyPem: string;
}

/** Something a certificate is bound to: a Gcore CDN resource or a CDNetworks domain. */
export interface CertificateTarget {
  /** resource id or domain name, as the provider's calls take it */
  readonly id: string;
  /** for messages: "resource 123 (cdn.example.com)", "domain cdn.example.com" */
  readonly label: string;
  /** the names it serves, which the certificate must cover (wildcards as `*.a.com`) */
  readonly hostnames: readonly string[];
  /** the certificate bound now; undefined for none */
  readonly certificateId?: string;
  /** the provider's state word (Gcore `status`, CDNetworks deploy `status`) */
  readonly state?: string;
  /** CDNetworks: domains sharing this label share one certificate */
  readonly cnameLabel?: string;
  /** not named by `resource`: why it switches with it (e.g. it shares a cname-label) */
  readonly joinedBecause?: string;
}

/** After a bind: what the provider said, to follow the change until it is live. */
export interface BindReceipt {
  readonly certificateId: string;
  readonly targets: readonly CertificateTarget[];
  /** CDNetworks: the `x-cnc-request-id` of the bind, whose deploy status can be read */
  readonly requestId?: string;
}

export type BindingState = 'done' | 'pending' | 'failed';

export interface TargetBinding {
  readonly target: CertificateTarget;
  readonly state: BindingState;
  /** the provider's words, e.g. "async-result INPROGRESS", "status processed" */
  readonly detail: string;
}

/** Read-only access: every provider with certificates has it (Medianova: unofficial). */
export interface CertificateReader {
  readonly provider: ProviderName;
  list(): Promise<StoredCertificate[]>;
  get(id: string): Promise<StoredCertificate>;
  /** The targets `resource` names, each with what is bound to it now. */
  targets(resource: string): Promise<CertificateTarget[]>;
}

/** Full management (Gcore, CDNetworks): what upload, delete and rotation are written against. */
export interface CertificateManager extends CertificateReader {
  /** `stored` is `local` (reuse it instead of uploading again); by serial where the API lists one */
  matches(stored: StoredCertificate, local: LocalCertificate): boolean;
  /** creates once (never retried unless the provider proves it was not processed) */
  upload(upload: CertificateUpload): Promise<StoredCertificate>;
  /** labels of the targets the certificate is bound to now */
  usage(id: string): Promise<string[]>;
  delete(id: string): Promise<void>;
  /**
   * `targets` and every other target that must switch certificate with them
   * (CDNetworks: the old certificate's domains sharing their cname-label).
   */
  bindingGroup(targets: readonly CertificateTarget[]): Promise<CertificateTarget[]>;
  /** binds `certificateId` to every target (one batch where the provider has one) */
  bind(targets: readonly CertificateTarget[], certificateId: string): Promise<BindReceipt>;
  /** read-back after a bind, deploy status included: each target done, pending or failed */
  bindingState(receipt: BindReceipt): Promise<TargetBinding[]>;
}

export function isCertificateManager(reader: CertificateReader): reader is CertificateManager {
  return 'upload' in reader;
}

/** Provider text for names and ids: a string of one line, at most `max` characters; else undefined. */
export function providerText(value: unknown, max = 200): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: a name with a line break must not reach the log as two lines
  const line = value.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  if (line === '') return undefined;
  return line.length > max ? `${line.slice(0, max)}…` : line;
}

/**
 * A provider date as ISO 8601 UTC without milliseconds (past year 9999: far
 * future, dates.ts); undefined when unreadable.
 */
export function isoOrUndefined(value: unknown): string | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  return isoSeconds(Date.parse(value));
}

/** `ms` as ISO 8601 UTC without milliseconds, through isoDate. */
export function isoSeconds(ms: number): string | undefined {
  return isoDate(ms)?.replace(/\.\d{3}Z$/, 'Z');
}
