/**
 * `npm run demo`: the main job on the built-in emulator. A deploy changed about
 * 150 files; the action maps them through url-map and purges them on Gcore,
 * run as the GitHub runner runs it (node dist/index.js, INPUT_* variables,
 * GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files). No credentials, no network.
 */
import { createEmulator } from '../emulator/index.js';
import { runAction } from '../emulator/runner.js';

const DEMO_TOKEN = '7711$demo-permanent-token-not-a-real-secret';

function changedFiles(): string[] {
  const files: string[] = [];
  for (let i = 1; i <= 60; i++)
    files.push(`public/assets/img/photo-${String(i).padStart(3, '0')}.webp`);
  for (let i = 1; i <= 40; i++)
    files.push(`public/assets/js/chunk-${i.toString(16).padStart(4, '0')}.js`);
  for (let i = 1; i <= 30; i++) files.push(`public/assets/css/page-${i}.css`);
  for (const page of [
    'index',
    'about',
    'pricing',
    'blog',
    'contact',
    'docs',
    'careers',
    'press',
    'terms',
    'privacy',
  ]) {
    files.push(`public/${page}.html`);
  }
  for (let i = 1; i <= 8; i++) files.push(`public/docs/guide-${i}.html`);
  files.push('README.md', 'src/server.ts', '.github/workflows/deploy.yml');
  return files;
}

const { emulator } = createEmulator({
  scale: 0.05,
  taskDelayMs: 300,
  gcore: { apiTokens: [DEMO_TOKEN] },
});
await emulator.start();
try {
  const files = changedFiles();
  console.log(
    `cdnkit demo: a deploy changed ${files.length} files; purging their URLs on Gcore (emulated at ${emulator.url('gcore')})\n`,
  );
  const run = await runAction({
    inputs: {
      provider: 'gcore',
      operation: 'purge',
      'api-token': DEMO_TOKEN,
      'api-url': emulator.url('gcore'),
      resource: '123',
      'changed-files': files.join('\n'),
      'url-map': [
        'public/**/*.html => https://cdn.example.com/{path}',
        'public/** => https://static.example.com/{path}',
      ].join('\n'),
      wait: 'true',
    },
    env: { CDNKIT_PACING_SCALE: '0.05' },
  });
  // The runner shows ::debug:: lines only with ACTIONS_STEP_DEBUG on; so does the demo.
  const lines = run.stdout.split('\n');
  const shown = lines.filter((line) => !line.startsWith('::debug::'));
  console.log(
    `--- action log (stdout; ${lines.length - shown.length} debug lines hidden, as the runner hides them) ---`,
  );
  process.stdout.write(shown.join('\n'));
  if (run.stderr) process.stdout.write(`--- stderr ---\n${run.stderr}`);
  console.log('\n--- outputs (GITHUB_OUTPUT) ---');
  for (const [name, value] of Object.entries(run.outputs))
    console.log(`${name}: ${value.length > 160 ? `${value.slice(0, 160)}…` : value}`);
  console.log('\n--- job summary (GITHUB_STEP_SUMMARY) ---');
  process.stdout.write(run.summary);
  const purges = emulator.requestsTo('gcore', { method: 'POST', path: /\/purge$/ }).length;
  console.log(
    `\nexit code ${run.exitCode}; ${purges} purge requests reached the emulator; ${(run.durationMs / 1000).toFixed(2)} s`,
  );
  process.exitCode = run.exitCode;
} finally {
  await emulator.stop();
}
