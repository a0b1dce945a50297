import type { RunContext } from '../../run-context.js';
import { providerHttpClient } from '../http.js';
import type { Provider } from '../provider.js';
import { accountKey, requestSigner } from './auth.js';
import { CdnetworksCdn } from './cdn.js';
import { cdnetworksProtocol } from './protocol.js';
import { parseDomains } from './targets.js';

export function createCdnetworksProvider(ctx: RunContext): Provider {
  const { config } = ctx;
  const http = providerHttpClient(ctx, cdnetworksProtocol);
  return {
    name: 'cdnetworks',
    http,
    cdn: new CdnetworksCdn(http, {
      domains: parseDomains(config.resource),
      account: accountKey(config.credentials),
      purgeAction: config.purgeAction,
      checkQuota: config.checkQuota,
      sign: requestSigner(config.credentials, ctx.secrets),
      logger: ctx.logger,
    }),
  };
}
