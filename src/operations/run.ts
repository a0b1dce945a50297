import type { OperationName } from '../catalog.js';
import { createProvider } from '../providers/create-provider.js';
import type { Provider } from '../providers/provider.js';
import type { RunContext } from '../run-context.js';
import { checkToken } from './check-token.js';
import { login } from './login.js';
import { purgeOrPrefetch } from './purge.js';
import type { OperationReport } from './report.js';
import { rotateToken } from './rotate-token.js';
import { purgeStatus } from './status.js';
import { CREDENTIAL_RUNNERS } from './storage-credentials.js';
import { createToken, deleteToken, listTokens } from './tokens.js';

type OperationRunner = (provider: Provider, ctx: RunContext) => Promise<OperationReport>;

const RUNNERS: Partial<Record<OperationName, OperationRunner>> = {
  login,
  purge: (provider, ctx) => purgeOrPrefetch('purge', provider, ctx),
  prefetch: (provider, ctx) => purgeOrPrefetch('prefetch', provider, ctx),
  'purge-status': purgeStatus,
  'list-tokens': listTokens,
  'create-token': createToken,
  'delete-token': deleteToken,
  'rotate-token': rotateToken,
  'check-token': checkToken,
  ...CREDENTIAL_RUNNERS,
};

/** Runs the configured operation against its provider; the shared core of the action and the CLI. */
export async function runOperation(ctx: RunContext): Promise<OperationReport> {
  const runner = RUNNERS[ctx.config.operation];
  if (!runner) throw new Error(`operation ${ctx.config.operation} is not available yet`);
  const provider = createProvider(ctx);
  try {
    return await runner(provider, ctx);
  } finally {
    provider.http.dispose();
  }
}
