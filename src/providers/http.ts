import { HttpClient, type ProviderProtocol } from '../http/client.js';
import type { RunContext } from '../operations/context.js';

/** The run's HTTP client for one provider, configured from the shared inputs. */
export function providerHttpClient(ctx: RunContext, protocol: ProviderProtocol): HttpClient {
  const { config } = ctx;
  return new HttpClient({
    protocol,
    baseUrl: config.apiUrl,
    timeoutMs: config.timeoutSeconds * 1000,
    maxRetries: config.maxRetries,
    timing: ctx.timing,
    pacer: ctx.pacer,
    logger: ctx.logger,
    secrets: ctx.secrets,
  });
}
