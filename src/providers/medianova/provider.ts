import type { RunContext } from '../../run-context.js';
import { providerHttpClient } from '../http.js';
import type { Provider } from '../provider.js';
import { MedianovaAuth } from './auth.js';
import { MedianovaCdn } from './cdn.js';
import { medianovaProtocol } from './protocol.js';
import { StookCredentials } from './stook.js';

export function createMedianovaProvider(ctx: RunContext): Provider {
  const { config } = ctx;
  const http = providerHttpClient(ctx, medianovaProtocol);
  const auth = new MedianovaAuth(http, config.credentials, ctx.logger);
  const organization = config.organization ?? '';
  const { urls, prefixes } = config.targets;
  return {
    name: 'medianova',
    http,
    cdn: new MedianovaCdn(auth, {
      organization,
      resource: config.resource ?? '',
      checkHosts: [...urls, ...prefixes].some((target) => !target.startsWith('/')),
    }),
    storageCredentials: new StookCredentials(auth, organization, ctx.logger),
    login: () => auth.login(),
    certificates: async () =>
      new (await import('./certificates.js')).MedianovaCertificates(auth, organization),
  };
}
