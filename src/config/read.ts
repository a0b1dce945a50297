import { resolve } from 'node:path';
import type { SecretRegistry } from '../secret-registry.js';
import { maskKeyLines } from './certificate-inputs.js';
import type { Config, ParseEnvironment } from './config.js';
import { readRegularFile } from './file.js';
import { INPUTS, type InputReader } from './inputs.js';
import { parseConfig } from './parse.js';

/**
 * Reads every input once, through `read` (the runner's INPUT_* variables, or
 * the CLI's flags). Secret inputs are registered with the registry before
 * anything else is done with them.
 */
export function configFromInputs(
  read: InputReader,
  secrets: SecretRegistry,
  env: Readonly<Record<string, string | undefined>>,
  files: Pick<ParseEnvironment, 'readStdin' | 'relativeTo'> = {},
): Config {
  for (const spec of INPUTS) {
    if ('secret' in spec && spec.secret) secrets.add(read(spec.name).trim());
  }
  maskKeyLines(
    [
      { text: read('private-key'), input: 'private-key' },
      { text: read('certificate'), input: 'certificate' },
    ],
    secrets,
  );
  const config = parseConfig(read, {
    env,
    readFile: readRegularFile,
    resolvePath: (base, path) => resolve(base, path),
    ...files,
  });
  // key files are read while parsing; nothing was printed since
  maskKeyLines([config.certificate.privateKey, config.certificate.chain], secrets);
  return config;
}
