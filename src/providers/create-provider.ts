import type { ProviderName } from '../catalog.js';
import type { RunContext } from '../run-context.js';
import type { Provider } from './provider.js';

type ProviderFactory = (ctx: RunContext) => Provider;

/** Each provider's client is a chunk of its own: a run loads only its provider's code. */
const FACTORIES: Readonly<Record<ProviderName, () => Promise<ProviderFactory>>> = {
  gcore: async () => (await import('./gcore/provider.js')).createGcoreProvider,
  cdnetworks: async () => (await import('./cdnetworks/provider.js')).createCdnetworksProvider,
  medianova: async () => (await import('./medianova/provider.js')).createMedianovaProvider,
};

/** The provider client for this run. */
export async function createProvider(ctx: RunContext): Promise<Provider> {
  return (await FACTORIES[ctx.config.provider]())(ctx);
}
