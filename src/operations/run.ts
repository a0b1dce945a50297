import {
  type CertificateOperation,
  isCertificateOperation,
  type OperationName,
} from '../catalog.js';
import { createProvider } from '../providers/create-provider.js';
import type { Provider } from '../providers/provider.js';
import type { RunContext } from '../run-context.js';
import type { CacheOperation } from './purge.js';
import type { OperationReport } from './report.js';

type OperationRunner = (provider: Provider, ctx: RunContext) => Promise<OperationReport>;

/** Purge and prefetch: one runner of the purge chunk, told which. */
function cacheRunner(kind: CacheOperation): () => Promise<OperationRunner> {
  return async () => {
    const { purgeOrPrefetch } = await import('./purge.js');
    return (provider, ctx) => purgeOrPrefetch(kind, provider, ctx);
  };
}

/**
 * Every operation's runner, each loaded when its operation runs (a purge loads no rotation
 * code; certificate operations load their own chunk): a missing one fails the typecheck, not
 * a run.
 */
const RUNNERS: Readonly<
  Record<Exclude<OperationName, CertificateOperation>, () => Promise<OperationRunner>>
> = {
  login: async () => (await import('./login.js')).login,
  purge: cacheRunner('purge'),
  prefetch: cacheRunner('prefetch'),
  'purge-status': async () => (await import('./status.js')).purgeStatus,
  'list-credentials': async () => (await import('./storage-credentials.js')).listCredentials,
  'get-credential': async () => (await import('./storage-credentials.js')).getCredential,
  'create-credential': async () => (await import('./storage-credentials.js')).createCredential,
  'update-credential': async () => (await import('./storage-credentials.js')).updateCredential,
  'delete-credential': async () => (await import('./storage-credentials.js')).deleteCredential,
  'rotate-credential': async () => (await import('./rotate-credential.js')).rotateCredential,
  'list-tokens': async () => (await import('./tokens.js')).listTokens,
  'create-token': async () => (await import('./tokens.js')).createToken,
  'delete-token': async () => (await import('./tokens.js')).deleteToken,
  'rotate-token': async () => (await import('./rotate-token.js')).rotateToken,
  'check-token': async () => (await import('./check-token.js')).checkToken,
};

/** Runs the configured operation against its provider; the shared core of the action and the CLI. */
export async function runOperation(ctx: RunContext): Promise<OperationReport> {
  const { operation } = ctx.config;
  if (isCertificateOperation(operation)) {
    const { runCertificateOperation } = await import('./certificates/run.js');
    return runCertificateOperation(ctx);
  }
  const runner = await RUNNERS[operation]();
  const provider = await createProvider(ctx);
  try {
    return await runner(provider, ctx);
  } finally {
    provider.http.dispose();
  }
}
