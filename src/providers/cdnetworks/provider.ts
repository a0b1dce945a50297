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
  const account = accountKey(config.credentials);
  const sign = requestSigner(config.credentials, ctx.secrets);
  let cdn: CdnetworksCdn | undefined;
  return {
    name: 'cdnetworks',
    http,
    // built on first use: a certificate operation's `resource` may name a wildcard
    // domain (`.example.com`), which is no purge domain
    get cdn() {
      cdn ??= new CdnetworksCdn(http, {
        domains: parseDomains(config.resource),
        account,
        purgeAction: config.purgeAction,
        checkQuota: config.checkQuota,
        sign,
        logger: ctx.logger,
      });
      return cdn;
    },
    certificates: async () =>
      new (await import('./certificates.js')).CdnetworksCertificates(http, { account, sign }),
  };
}
