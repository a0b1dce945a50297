import type { RunContext } from '../run-context.js';
import { createCdnetworksProvider } from './cdnetworks/provider.js';
import { createGcoreProvider } from './gcore/provider.js';
import { createMedianovaProvider } from './medianova/provider.js';
import type { Provider } from './provider.js';

/** The provider client for this run. */
export function createProvider(ctx: RunContext): Provider {
  switch (ctx.config.provider) {
    case 'gcore':
      return createGcoreProvider(ctx);
    case 'cdnetworks':
      return createCdnetworksProvider(ctx);
    case 'medianova':
      return createMedianovaProvider(ctx);
    default:
      throw new Error(`provider ${ctx.config.provider} is not available yet`);
  }
}
