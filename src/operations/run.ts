import type { OperationName } from '../catalog.js';
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

/** Every operation's runner: a missing one fails the typecheck, not a run. */
const RUNNERS: Readonly<Record<OperationName, OperationRunner>> = {
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
  const provider = createProvider(ctx);
  try {
    return await RUNNERS[ctx.config.operation](provider, ctx);
  } finally {
    provider.http.dispose();
  }
}
