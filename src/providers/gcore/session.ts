import { InputError } from '../../errors.js';
import { HttpClient } from '../../http/client.js';
import type { RunContext } from '../../operations/context.js';
import type { ProviderSession } from '../provider.js';
import { apiKeyHeader } from './auth.js';
import { GcoreCdn } from './cdn.js';
import { gcoreProtocol } from './protocol.js';

export function createGcoreSession(ctx: RunContext): ProviderSession {
  const { config } = ctx;
  const http = new HttpClient({
    protocol: gcoreProtocol,
    baseUrl: config.apiUrl,
    timeoutMs: config.timeoutSeconds * 1000,
    maxRetries: config.maxRetries,
    timing: ctx.timing,
    pacer: ctx.pacer,
    logger: ctx.logger,
    secrets: ctx.secrets,
  });
  const token = config.credentials.apiToken;
  const authorize = async (): Promise<Record<string, string>> => {
    if (token === undefined) throw new InputError('api-token', 'is required');
    return apiKeyHeader(token);
  };
  return {
    name: 'gcore',
    http,
    cdn: new GcoreCdn(http, config.resource ?? '', authorize),
  };
}
