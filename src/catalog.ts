/** Which provider offers which operation: the one table both validation and docs read. */
export const PROVIDERS = ['medianova', 'gcore', 'cdnetworks'] as const;
export type ProviderName = (typeof PROVIDERS)[number];

export const CDN_OPERATIONS = ['purge', 'prefetch', 'purge-status'] as const;
export const CREDENTIAL_OPERATIONS = [
  'list-credentials',
  'get-credential',
  'create-credential',
  'update-credential',
  'delete-credential',
  'rotate-credential',
] as const;
export const TOKEN_OPERATIONS = [
  'list-tokens',
  'create-token',
  'delete-token',
  'rotate-token',
  'check-token',
] as const;

export const CERTIFICATE_OPERATIONS = [
  'upload-certificate',
  'rotate-certificate',
  'check-certificate',
  'list-certificates',
  'delete-certificate',
] as const;

export const OPERATIONS = [
  'login',
  ...CDN_OPERATIONS,
  ...CREDENTIAL_OPERATIONS,
  ...TOKEN_OPERATIONS,
  ...CERTIFICATE_OPERATIONS,
] as const;
export type OperationName = (typeof OPERATIONS)[number];
export type CredentialOperation = (typeof CREDENTIAL_OPERATIONS)[number];
export type CertificateOperation = (typeof CERTIFICATE_OPERATIONS)[number];

export const SUPPORTED_OPERATIONS: Readonly<Record<ProviderName, readonly OperationName[]>> = {
  medianova: [
    'login',
    ...CDN_OPERATIONS,
    ...CREDENTIAL_OPERATIONS,
    'check-certificate',
    'list-certificates',
  ],
  gcore: ['login', ...CDN_OPERATIONS, ...TOKEN_OPERATIONS, ...CERTIFICATE_OPERATIONS],
  cdnetworks: [...CDN_OPERATIONS, ...CERTIFICATE_OPERATIONS],
};

const MEDIANOVA_CERTIFICATE_WRITES =
  "no source documents Medianova's certificate upload, binding or deletion API: upload in the panel, then use check-certificate";

/** Why an operation is missing, where a reason helps more than the list. */
export const UNSUPPORTED_REASONS: Partial<
  Record<ProviderName, Partial<Record<OperationName, string>>>
> = {
  cdnetworks: {
    login: 'CDNetworks requests are signed on every call, so there is no session to log in to',
  },
  medianova: {
    'upload-certificate': MEDIANOVA_CERTIFICATE_WRITES,
    'rotate-certificate': MEDIANOVA_CERTIFICATE_WRITES,
    'delete-certificate': MEDIANOVA_CERTIFICATE_WRITES,
  },
};

export function isCredentialOperation(operation: OperationName): operation is CredentialOperation {
  return (CREDENTIAL_OPERATIONS as readonly string[]).includes(operation);
}

export function isCertificateOperation(
  operation: OperationName,
): operation is CertificateOperation {
  return (CERTIFICATE_OPERATIONS as readonly string[]).includes(operation);
}
