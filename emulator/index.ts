/** Builds an emulator with every provider module mounted. */
import { CdnetworksEmulator, type CdnetworksOptions } from './cdnetworks.js';
import { GcoreEmulator, type GcoreOptions } from './gcore.js';
import { GithubEmulator, type GithubOptions } from './github.js';
import { MedianovaEmulator, type MedianovaOptions } from './medianova.js';
import { Emulator } from './server.js';
import { TlsEdge } from './tls-edge.js';

export interface AllProviders {
  emulator: Emulator;
  gcore: GcoreEmulator;
  cdnetworks: CdnetworksEmulator;
  github: GithubEmulator;
  medianova: MedianovaEmulator;
  /** serves each hostname's deployed certificate over TLS; start it for probe tests */
  edge: TlsEdge;
}

export interface EmulatorOptions {
  /** shrinks every provider rate-limit window; pair with CDNKIT_PACING_SCALE */
  scale?: number;
  taskDelayMs?: number;
  gcore?: GcoreOptions;
  cdnetworks?: CdnetworksOptions;
  github?: GithubOptions;
  medianova?: MedianovaOptions;
}

export function createEmulator(options: EmulatorOptions = {}): AllProviders {
  const common = { scale: options.scale, taskDelayMs: options.taskDelayMs };
  const gcore = new GcoreEmulator({ ...common, ...options.gcore });
  const cdnetworks = new CdnetworksEmulator({ ...common, ...options.cdnetworks });
  const github = new GithubEmulator(options.github);
  const medianova = new MedianovaEmulator({
    taskDelayMs: options.taskDelayMs,
    ...options.medianova,
  });
  const emulator = new Emulator().mount(gcore).mount(cdnetworks).mount(medianova).mount(github);
  const edge = new TlsEdge([
    (host) => gcore.certificates.servedFor(host),
    (host) => cdnetworks.certificates.servedFor(host),
  ]);
  return { emulator, gcore, cdnetworks, medianova, github, edge };
}
