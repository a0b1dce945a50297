import { isCertificateOperation, type OperationName } from '../providers/catalog.js';
import type { ProviderSession } from '../providers/provider.js';
import { createSession } from '../providers/session.js';
import { checkToken } from './check-token.js';
import type { RunContext } from './context.js';
import { CREDENTIAL_RUNNERS } from './credentials.js';
import { login } from './login.js';
import { purgeOrPrefetch } from './purge.js';
import type { OperationReport } from './report.js';
import { rotateToken } from './rotate-token.js';
import { purgeStatus } from './status.js';
import { createToken, deleteToken, listTokens } from './tokens.js';

type OperationRunner = (session: ProviderSession, ctx: RunContext) => Promise<OperationReport>;

const RUNNERS: Partial<Record<OperationName, OperationRunner>> = {
  login,
  purge: (session, ctx) => purgeOrPrefetch('purge', session, ctx),
  prefetch: (session, ctx) => purgeOrPrefetch('prefetch', session, ctx),
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
  if (isCertificateOperation(ctx.config.operation)) {
    const { runCertificateOperation } = await import('./certificates/run.js');
    return runCertificateOperation(ctx);
  }
  const runner = RUNNERS[ctx.config.operation];
  if (!runner) throw new Error(`operation ${ctx.config.operation} is not available yet`);
  const session = createSession(ctx);
  try {
    return await runner(session, ctx);
  } finally {
    session.http.dispose();
  }
}
