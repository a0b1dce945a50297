import type { RunContext } from '../../run-context.js';
import { providerHttpClient } from '../http.js';
import type { Provider } from '../provider.js';
import { GcoreApi } from './api.js';
import { JwtAuth, PermanentTokenAuth } from './auth.js';
import { GcoreCdn } from './cdn.js';
import { gcoreProtocol } from './protocol.js';
import { GcoreTokens } from './tokens.js';

/** Gcore for one run: a permanent token or a JWT session, the CDN, the IAM token API and certificates. */
export function createGcoreProvider(ctx: RunContext): Provider {
  const { config } = ctx;
  const http = providerHttpClient(ctx, gcoreProtocol);
  const { apiToken, username, password } = config.credentials;
  // parseConfig guarantees either a permanent token or username + password
  const jwt =
    apiToken === undefined
      ? new JwtAuth(
          http,
          { username: username ?? '', password: password ?? '' },
          ctx.timing,
          ctx.logger,
        )
      : undefined;
  const api = new GcoreApi(http, jwt ?? new PermanentTokenAuth(apiToken ?? ''));
  return {
    name: 'gcore',
    http,
    cdn: new GcoreCdn(api, config.resource ?? '', ctx.logger, () => ctx.timing.now()),
    tokens: new GcoreTokens(api, { clientId: config.token.clientId, apiToken }),
    ...(jwt ? { login: () => jwt.login() } : {}),
    certificates: async () => new (await import('./certificates.js')).GcoreCertificates(api),
  };
}
