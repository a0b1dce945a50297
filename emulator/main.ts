/** `npm run emulator`: the emulator on a fixed port, for local runs and `npm run local-action`. */
import { createEmulator } from './index.js';

const port = Number(process.env.CDNKIT_EMULATOR_PORT ?? 8787);
const scale = Number(process.env.CDNKIT_PACING_SCALE ?? 1);
const { emulator } = createEmulator({ scale, taskDelayMs: 2000 });
const base = await emulator.start(port);
console.log(`cdnkit emulator listening on ${base}`);
for (const provider of ['gcore', 'medianova', 'cdnetworks', 'github'])
  console.log(`  ${provider}: ${base}/${provider}`);
process.on('SIGINT', () => void emulator.stop().then(() => process.exit(0)));
