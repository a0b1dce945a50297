/** Builds an emulator with every provider module mounted. */
import { CdnetworksEmulator, type CdnetworksOptions } from './cdnetworks.js';
import { GcoreEmulator, type GcoreOptions } from './gcore.js';
import { GithubEmulator, type GithubOptions } from './github.js';
import { Emulator } from './server.js';

export interface AllProviders {
  emulator: Emulator;
  gcore: GcoreEmulator;
  cdnetworks: CdnetworksEmulator;
  github: GithubEmulator;
}

export interface EmulatorOptions {
  /** shrinks every provider rate-limit window; pair with CDNKIT_PACING_SCALE */
  scale?: number;
  taskDelayMs?: number;
  gcore?: GcoreOptions;
  cdnetworks?: CdnetworksOptions;
  github?: GithubOptions;
}

export function createEmulator(options: EmulatorOptions = {}): AllProviders {
  const common = { scale: options.scale, taskDelayMs: options.taskDelayMs };
  const gcore = new GcoreEmulator({ ...common, ...options.gcore });
  const cdnetworks = new CdnetworksEmulator({ ...common, ...options.cdnetworks });
  const github = new GithubEmulator(options.github);
  const emulator = new Emulator().mount(gcore).mount(cdnetworks).mount(github);
  return { emulator, gcore, cdnetworks, github };
}
