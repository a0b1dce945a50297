import type { Provider } from '../providers/provider.js';
import type { RunContext } from '../run-context.js';
import { plannedSteps } from './dry-run.js';
import type { OperationReport } from './report.js';

/** login: exchanges credentials for a provider token (masked by the provider when obtained). */
export async function login(provider: Provider, ctx: RunContext): Promise<OperationReport> {
  if (!provider.login) throw new Error(`${provider.name} has no login`);
  if (ctx.config.dryRun) {
    return plannedSteps(ctx, [
      `log in to ${provider.name}; output the provider token (masked) and its expiry`,
    ]);
  }
  const { token, expiresAt } = await provider.login();
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
