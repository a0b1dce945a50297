import { capabilityOf, type Provider } from '../providers/provider.js';
import type { RunContext } from '../run-context.js';
import { plannedSteps } from './plan.js';
import type { OperationReport } from './report.js';

/** login: exchanges credentials for a session token (masked by the provider when obtained). */
export async function login(provider: Provider, ctx: RunContext): Promise<OperationReport> {
  const logIn = capabilityOf(provider, 'login', 'login');
  if (ctx.config.dryRun) {
    return plannedSteps(ctx, [
      `log in to ${provider.name}; output the session token (masked) and its expiry`,
    ]);
  }
  const { token, expiresAt } = await logIn.call(provider);
  return {
    outputs: {
      token,
      'expires-at': expiresAt ?? '',
      'request-id': provider.http.lastRequestId ?? '',
    },
    result: { token, expiresAt },
    rows: [
      ['Token', '*** (masked; see the token output)'],
      ['Expires at', expiresAt ?? 'unknown'],
    ],
  };
}
