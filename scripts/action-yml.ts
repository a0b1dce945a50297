/**
 * Writes action.yml from the input and output tables in src/config/inputs.ts,
 * so the metadata and the parser can never disagree. `npm run action-yml`.
 */
import { writeFileSync } from 'node:fs';
import { stringify } from 'yaml';
import { INPUTS, OUTPUTS } from '../src/config/inputs.js';

export function renderActionYml(): string {
  const inputs: Record<string, { description: string; required: boolean; default?: string }> = {};
  for (const input of INPUTS) {
    const required = input.name === 'provider' || input.name === 'operation';
    inputs[input.name] = { description: input.description, required };
    if ('default' in input) inputs[input.name]!.default = input.default;
  }
  const outputs: Record<string, { description: string }> = {};
  for (const output of OUTPUTS) outputs[output.name] = { description: output.description };
  const action = {
    name: 'cdnkit',
    description:
      'Purge and prefetch CDN cache, and rotate CDN API credentials, for Medianova, Gcore and CDNetworks.',
    author: 'cdnkit',
    branding: { icon: 'zap', color: 'orange' },
    inputs,
    outputs,
    runs: { using: 'node24', main: 'dist/index.js' },
  };
  return `# Generated from src/config/inputs.ts by \`npm run action-yml\`: edit that file, not this one.\n${stringify(action, { lineWidth: 0 })}`;
}

if (process.argv[1]?.endsWith('action-yml.js')) writeFileSync('action.yml', renderActionYml());
