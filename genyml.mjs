import { stringify } from 'yaml';

const { INPUTS, OUTPUTS } = await import('/tmp/inputs.mjs');
const inputs = {};
for (const i of INPUTS) {
  inputs[i.name] = {
    description: i.description,
    required: i.name === 'provider' || i.name === 'operation',
  };
  if (i.default !== undefined) inputs[i.name].default = i.default;
}
const outputs = {};
for (const o of OUTPUTS) outputs[o.name] = { description: o.description };
const doc = {
  name: 'cdnkit',
  description:
    'Purge and prefetch CDN cache and rotate CDN API credentials (Medianova, Gcore, CDNetworks).',
  author: 'cdnkit',
  branding: { icon: 'zap', color: 'orange' },
  inputs,
  outputs,
  runs: { using: 'node24', main: 'dist/index.js' },
};
process.stdout.write(stringify(doc, { lineWidth: 0 }));
