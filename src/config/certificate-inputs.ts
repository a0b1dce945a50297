/** The certificate inputs: PEM text or files, id, name, hostnames, probe. */

import { isCertificateOperation, type OperationName } from '../catalog.js';
import { privateKeySecretLines, strayKeyLines } from '../certificates/pem.js';
import { probeRedirect } from '../certificates/probe-target.js';
import { InputError } from '../errors.js';
import { asciiWildcardHostname } from '../hostnames.js';
import type { SecretRegistry } from '../secret-registry.js';
import { parseList } from '../targets/list.js';
import type { CertificateInputs, HostnameTarget, ParseEnvironment, PemText } from './config.js';
import { FileRefusal } from './file.js';
import type { InputName } from './inputs.js';
import { bool, pathId, text } from './values.js';

/** Larger than any chain or key file; a bound on what a hostile file can make us read. */
export const MAX_PEM_BYTES = 256 * 1024;
const DEFAULT_TLS_PORT = 443;
const DNS_NAME =
  /^(?=.{1,253}$)(\*\.)?[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$/;

const MATERIAL_INPUTS = [
  'certificate',
  'certificate-file',
  'private-key',
  'private-key-file',
] as const;
const ALL_INPUTS: readonly InputName[] = [
  ...MATERIAL_INPUTS,
  'certificate-id',
  'certificate-name',
  'hostnames',
];
/** The operations that take a certificate and key. */
const TAKES_MATERIAL: readonly OperationName[] = ['upload-certificate', 'rotate-certificate'];

export function parseCertificateInputs(
  input: (name: InputName) => string,
  environment: ParseEnvironment,
  operation: OperationName,
): CertificateInputs {
  const given = (name: InputName) => input(name) !== '';
  if (!isCertificateOperation(operation)) {
    const stray = ALL_INPUTS.find(given);
    if (stray)
      throw new InputError(stray, `applies to certificate operations, not to '${operation}'`);
    return { hostnames: [], probe: true };
  }
  if (!TAKES_MATERIAL.includes(operation)) {
    const stray = MATERIAL_INPUTS.find(given);
    if (stray)
      throw new InputError(stray, 'is used by upload-certificate and rotate-certificate only');
  }
  const id = pathId(input('certificate-id') || undefined, 'certificate-id');
  if (id !== undefined && !/^[\w.-]+$/.test(id)) {
    throw new InputError('certificate-id', 'must be an id: letters, digits, "-", "_" and "." only');
  }
  const certificate: CertificateInputs = {
    chain: pemInput(input, environment, 'certificate', 'certificate-file'),
    privateKey: pemInput(input, environment, 'private-key', 'private-key-file'),
    id,
    name: text(input('certificate-name') || undefined, 'certificate-name'),
    hostnames: parseList(input('hostnames')).map(parseHostname),
    probe: bool(input('probe'), 'probe', true),
    probeConnect: probeRedirect(environment.env),
  };
  if (TAKES_MATERIAL.includes(operation)) {
    if (!certificate.chain)
      throw new InputError('certificate', `or 'certificate-file' is required for '${operation}'`);
    if (!certificate.privateKey)
      throw new InputError('private-key', `or 'private-key-file' is required for '${operation}'`);
  }
  if (operation === 'rotate-certificate' && !given('resource'))
    throw new InputError(
      'resource',
      "is required for 'rotate-certificate': the Gcore resource (id or hostname) or the CDNetworks domain(s) the certificate goes to",
    );
  if (operation === 'delete-certificate' && id === undefined)
    throw new InputError('certificate-id', "is required for 'delete-certificate'");
  return certificate;
}

/**
 * check-certificate with `hostnames` and nothing naming a stored certificate:
 * a TLS probe of any hostname, with no provider call and no credentials.
 */
export function isProbeOnly(
  operation: OperationName,
  optional: (name: InputName) => string | undefined,
): boolean {
  return (
    operation === 'check-certificate' &&
    optional('hostnames') !== undefined &&
    optional('certificate-id') === undefined &&
    optional('resource') === undefined
  );
}

/**
 * Masks what is secret in the certificate inputs, line by line (the runner
 * masks line by line): every line of the key, and any key block pasted into
 * the certificate. Called before anything else is done with them.
 */
export function maskKeyLines(
  texts: readonly (PemText | undefined)[],
  secrets: SecretRegistry,
): void {
  for (const entry of texts) {
    if (entry === undefined) continue;
    const lines = entry.input.startsWith('private-key')
      ? privateKeySecretLines(entry.text)
      : strayKeyLines(entry.text);
    for (const line of lines) secrets.add(line);
  }
}

function pemInput(
  input: (name: InputName) => string,
  environment: ParseEnvironment,
  inline: 'certificate' | 'private-key',
  file: 'certificate-file' | 'private-key-file',
): PemText | undefined {
  const value = input(inline);
  const path = input(file);
  if (value !== '' && path !== '')
    throw new InputError(inline, `give either '${inline}' or '${file}', not both`);
  if (value !== '') return { text: sized(value, inline), input: inline };
  if (path === '') return undefined;
  let content: string;
  try {
    content = environment.readFile(
      environment.resolvePath(environment.env.GITHUB_WORKSPACE ?? '.', path),
      MAX_PEM_BYTES,
    );
  } catch (error) {
    // a directory, a FIFO, a device or a huge file: refused on the open file, never read
    if (error instanceof FileRefusal)
      throw new InputError(file, `'${path.slice(0, 200)}' ${error.message}`);
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(
      file,
      `cannot read '${path.slice(0, 200)}'${code ? ` (${code})` : ''}; give a path absolute or relative to GITHUB_WORKSPACE`,
    );
  }
  return { text: sized(content, file), input: file };
}

function sized(value: string, input: InputName): string {
  if (value.length > MAX_PEM_BYTES)
    throw new InputError(input, `is ${value.length} bytes long; a PEM chain or key is far smaller`);
  return value;
}

/** `host[:port]`: a DNS name (a leading `*.` allowed), port 443 unless given. */
export function parseHostname(entry: string): HostnameTarget {
  const match = /^([^:\s]+)(?::(\d{1,5}))?$/.exec(entry);
  // an IDN is checked and compared in its ASCII form, as certificates carry it
  const host = asciiWildcardHostname(match?.[1] ?? '').replace(/\.$/, '');
  const port = match?.[2] === undefined ? DEFAULT_TLS_PORT : Number(match[2]);
  if (!match || !DNS_NAME.test(host) || port < 1 || port > 65535) {
    throw new InputError(
      'hostnames',
      `'${entry.slice(0, 80)}' is not host[:port]: give DNS names such as cdn.example.com or *.example.com, optionally with :port`,
    );
  }
  return { host, port };
}
