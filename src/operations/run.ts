import type { OperationName } from '../providers/catalog.js';
import type { ProviderSession } from '../providers/provider.js';
import { createSession } from '../providers/session.js';
import type { RunContext } from './context.js';
import { CREDENTIAL_RUNNERS } from './credentials.js';
import { login } from './login.js';
import { purgeOrPrefetch } from './purge.js';
import type { OperationReport } from './report.js';
import { purgeStatus } from './status.js';

type OperationRunner = (session: ProviderSession, ctx: RunContext) => Promise<OperationReport>;

const RUNNERS: Partial<Record<OperationName, OperationRunner>> = {
  login: (session) => login(session),
  purge: (session, ctx) => purgeOrPrefetch('purge', session, ctx),
  prefetch: (session, ctx) => purgeOrPrefetch('prefetch', session, ctx),
  'purge-status': purgeStatus,
  ...CREDENTIAL_RUNNERS,
};

/** Runs the configured operation against its provider; the shared core of the action and the CLI. */
export async function runOperation(ctx: RunContext): Promise<OperationReport> {
  const runner = RUNNERS[ctx.config.operation];
  if (!runner) throw new Error(`operation ${ctx.config.operation} is not available yet`);
  const session = createSession(ctx);
  try {
    return await runner(session, ctx);
  } finally {
    session.http.dispose();
  }
}
