/** Builds an emulator with every provider module mounted. */
import { GcoreEmulator, type GcoreOptions } from './gcore.js';
import { MedianovaEmulator, type MedianovaOptions } from './medianova.js';
import { Emulator } from './server.js';

export interface AllProviders {
  emulator: Emulator;
  gcore: GcoreEmulator;
  medianova: MedianovaEmulator;
}

export interface EmulatorOptions {
  /** shrinks every provider rate-limit window; pair with CDNKIT_PACING_SCALE */
  scale?: number;
  taskDelayMs?: number;
  gcore?: GcoreOptions;
  medianova?: MedianovaOptions;
}

export function createEmulator(options: EmulatorOptions = {}): AllProviders {
  const common = { scale: options.scale, taskDelayMs: options.taskDelayMs };
  const gcore = new GcoreEmulator({ ...common, ...options.gcore });
  const medianova = new MedianovaEmulator({
    taskDelayMs: options.taskDelayMs,
    ...options.medianova,
  });
  const emulator = new Emulator().mount(gcore).mount(medianova);
  return { emulator, gcore, medianova };
}
