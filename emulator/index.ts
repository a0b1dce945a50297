/** Builds an emulator with every provider module mounted. */
import { CdnetworksEmulator, type CdnetworksOptions } from './cdnetworks.js';
import { GcoreEmulator, type GcoreOptions } from './gcore.js';
import { Emulator } from './server.js';

export interface AllProviders {
  emulator: Emulator;
  gcore: GcoreEmulator;
  cdnetworks: CdnetworksEmulator;
}

export interface EmulatorOptions {
  /** shrinks every provider rate-limit window; pair with CDNKIT_PACING_SCALE */
  scale?: number;
  taskDelayMs?: number;
  gcore?: GcoreOptions;
  cdnetworks?: CdnetworksOptions;
}

export function createEmulator(options: EmulatorOptions = {}): AllProviders {
  const common = { scale: options.scale, taskDelayMs: options.taskDelayMs };
  const gcore = new GcoreEmulator({ ...common, ...options.gcore });
  const cdnetworks = new CdnetworksEmulator({ ...common, ...options.cdnetworks });
  const emulator = new Emulator().mount(gcore).mount(cdnetworks);
  return { emulator, gcore, cdnetworks };
}
