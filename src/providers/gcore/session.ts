import { InputError } from '../../errors.js';
import type { RunContext } from '../../operations/context.js';
import { providerHttpClient } from '../http.js';
import type { ProviderSession } from '../provider.js';
import { apiKeyHeader } from './auth.js';
import { GcoreCdn } from './cdn.js';
import { gcoreProtocol } from './protocol.js';

export function createGcoreSession(ctx: RunContext): ProviderSession {
  const { config } = ctx;
  const http = providerHttpClient(ctx, gcoreProtocol);
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
