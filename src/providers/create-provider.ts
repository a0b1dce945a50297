import type { ProviderName } from '../catalog.js';
import type { RunContext } from '../run-context.js';
import { createCdnetworksProvider } from './cdnetworks/provider.js';
import { createGcoreProvider } from './gcore/provider.js';
import { createMedianovaProvider } from './medianova/provider.js';
import type { Provider } from './provider.js';

const FACTORIES: Readonly<Record<ProviderName, (ctx: RunContext) => Provider>> = {
  gcore: createGcoreProvider,
  cdnetworks: createCdnetworksProvider,
  medianova: createMedianovaProvider,
};

/** The provider client for this run. */
export function createProvider(ctx: RunContext): Provider {
  return FACTORIES[ctx.config.provider](ctx);
}
