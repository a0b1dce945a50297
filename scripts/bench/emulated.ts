/** One emulator per measured run, always stopped, so every run's records are its own. */
import { type AllProviders, createEmulator } from '../../emulator/index.js';
import type { BenchProvider } from './providers.js';

/**
 * `scale` shrinks the emulator's rate windows like CDNKIT_PACING_SCALE shrinks
 * the action's; 0 empties them: the emulator then enforces no rate limit at all.
 */
export async function withEmulator<T>(
  provider: BenchProvider,
  scale: number,
  use: (providers: AllProviders) => Promise<T>,
): Promise<T> {
  const providers = createEmulator({ scale, taskDelayMs: 0, ...provider.emulator });
  await providers.emulator.start();
  try {
    return await use(providers);
  } finally {
    await providers.emulator.stop();
  }
}
