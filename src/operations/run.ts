import {
  type CertificateOperation,
  isCertificateOperation,
  type OperationName,
} from '../catalog.js';
import { createProvider } from '../providers/create-provider.js';
import type { Provider } from '../providers/provider.js';
import type { RunContext } from '../run-context.js';
import { checkToken } from './check-token.js';
import { login } from './login.js';
import { purgeOrPrefetch } from './purge.js';
import type { OperationReport } from './report.js';
import { rotateCredential } from './rotate-credential.js';
import { rotateToken } from './rotate-token.js';
import { purgeStatus } from './status.js';
import {
  createCredential,
  deleteCredential,
  getCredential,
  listCredentials,
  updateCredential,
} from './storage-credentials.js';
import { createToken, deleteToken, listTokens } from './tokens.js';

type OperationRunner = (provider: Provider, ctx: RunContext) => Promise<OperationReport>;

/** Every operation's runner (certificate operations load their own chunk): a missing one fails the typecheck, not a run. */
const RUNNERS: Readonly<Record<Exclude<OperationName, CertificateOperation>, OperationRunner>> = {
  login,
  purge: (provider, ctx) => purgeOrPrefetch('purge', provider, ctx),
  prefetch: (provider, ctx) => purgeOrPrefetch('prefetch', provider, ctx),
  'purge-status': purgeStatus,
  'list-credentials': listCredentials,
  'get-credential': getCredential,
  'create-credential': createCredential,
  'update-credential': updateCredential,
  'delete-credential': deleteCredential,
  'rotate-credential': rotateCredential,
  'list-tokens': listTokens,
  'create-token': createToken,
  'delete-token': deleteToken,
  'rotate-token': rotateToken,
  'check-token': checkToken,
};

/** Runs the configured operation against its provider; the shared core of the action and the CLI. */
export async function runOperation(ctx: RunContext): Promise<OperationReport> {
  const { operation } = ctx.config;
  if (isCertificateOperation(operation)) {
    const { runCertificateOperation } = await import('./certificates/run.js');
    return runCertificateOperation(ctx);
  }
  const provider = createProvider(ctx);
  try {
    return await RUNNERS[operation](provider, ctx);
  } finally {
    provider.http.dispose();
  }
}
