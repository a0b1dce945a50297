import { HttpClient, type ProviderProtocol } from '../http/client.js';
import type { RunContext } from '../run-context.js';

/** A provider's HTTP client for this run: its protocol, the run's inputs, clock, pacer and secrets. */
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
