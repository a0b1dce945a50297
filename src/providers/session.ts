import type { RunContext } from '../operations/context.js';
import { createCdnetworksSession } from './cdnetworks/session.js';
import { createGcoreSession } from './gcore/session.js';
import { createMedianovaSession } from './medianova/session.js';
import type { ProviderSession } from './provider.js';

/** The provider client for this run. */
export function createSession(ctx: RunContext): ProviderSession {
  switch (ctx.config.provider) {
    case 'gcore':
      return createGcoreSession(ctx);
    case 'cdnetworks':
      return createCdnetworksSession(ctx);
    case 'medianova':
      return createMedianovaSession(ctx);
    default:
      throw new Error(`provider ${ctx.config.provider} is not available yet`);
  }
}
