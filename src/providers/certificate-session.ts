/**
 * The certificate client of a run, built from the provider's own auth and
 * HTTP layer. Loaded only by the certificate operations.
 */
import type { HttpClient } from '../http/client.js';
import type { RunContext } from '../run-context.js';
import { accountKey, requestSigner } from './cdnetworks/auth.js';
import { CdnetworksCertificates } from './cdnetworks/certificates.js';
import { cdnetworksProtocol } from './cdnetworks/protocol.js';
import type { CertificateReader } from './certificates.js';
import { GcoreApi } from './gcore/api.js';
import { JwtAuth, PermanentTokenAuth } from './gcore/auth.js';
import { GcoreCertificates } from './gcore/certificates.js';
import { gcoreProtocol } from './gcore/protocol.js';
import { providerHttpClient } from './http.js';
import { MedianovaAuth } from './medianova/auth.js';
import { MedianovaCertificates } from './medianova/certificates.js';
import { medianovaProtocol } from './medianova/protocol.js';

export interface CertificateSession {
  readonly certificates: CertificateReader;
  readonly http: HttpClient;
}

export function createCertificateSession(ctx: RunContext): CertificateSession {
  const { config, secrets } = ctx;
  switch (config.provider) {
    case 'gcore': {
      const http = providerHttpClient(ctx, gcoreProtocol);
      const { apiToken, username = '', password = '' } = config.credentials;
      const auth =
        apiToken === undefined
          ? new JwtAuth(http, { username, password }, secrets, ctx.timing, ctx.logger)
          : new PermanentTokenAuth(apiToken);
      return { http, certificates: new GcoreCertificates(new GcoreApi(http, auth)) };
    }
    case 'cdnetworks': {
      const http = providerHttpClient(ctx, cdnetworksProtocol);
      const sign = requestSigner(config.credentials, secrets);
      return {
        http,
        certificates: new CdnetworksCertificates(http, {
          account: accountKey(config.credentials),
          sign,
        }),
      };
    }
    case 'medianova': {
      const http = providerHttpClient(ctx, medianovaProtocol);
      const auth = new MedianovaAuth(http, config.credentials, secrets, ctx.logger);
      return {
        http,
        certificates: new MedianovaCertificates(auth, config.organization ?? ''),
      };
    }
  }
}
