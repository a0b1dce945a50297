import type { ProviderSession } from '../providers/provider.js';
import type { OperationReport } from './report.js';

/** login: exchanges credentials for a session token (masked by the provider when obtained). */
export async function login(session: ProviderSession): Promise<OperationReport> {
  if (!session.login) throw new Error(`${session.name} has no login`);
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
