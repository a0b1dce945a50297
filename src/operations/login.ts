import type { ProviderSession } from '../providers/provider.js';
import type { RunContext } from './context.js';
import { plannedSteps } from './dry-run.js';
import type { OperationReport } from './report.js';

/** login: exchanges credentials for a session token (masked by the provider when obtained). */
export async function login(session: ProviderSession, ctx: RunContext): Promise<OperationReport> {
  if (!session.login) throw new Error(`${session.name} has no login`);
  if (ctx.config.dryRun) {
    return plannedSteps(ctx, [
      `log in to ${session.name}; output the session token (masked) and its expiry`,
    ]);
  }
  const { token, expiresAt } = await session.login();
  return {
    outputs: {
      token,
      'expires-at': expiresAt ?? '',
      'request-id': session.http.lastRequestId ?? '',
    },
    result: { token, expiresAt },
    rows: [
      ['Token', '*** (masked; see the token output)'],
      ['Expires at', expiresAt ?? 'unknown'],
    ],
  };
}
