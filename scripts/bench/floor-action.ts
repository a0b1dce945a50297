/**
 * The floor of an action's one-URL purge: the least an action on the toolkit
 * does for it. `@actions/core` reads the inputs and masks the credentials, the
 * floor's own requests (scripts/bench/floor-requests.ts) send the purge call,
 * and the run ends with the `result` output and one summary line. Nothing is
 * validated, redacted, paced, retried or checked.
 *
 * The bench bundles it with ncc as the action is bundled (CommonJS, the undici
 * stand-in) and starts it against the emulator exactly as it starts
 * `dist/index.js`: what separates it from `node -e 0` is what any action on
 * `@actions/core` pays for the run, and what separates cdnkit from it is
 * cdnkit's own work.
 */
import { readFileSync } from 'node:fs';
import * as core from '@actions/core';
import { agent, post, requestBuilder } from './floor-requests.js';

/** The inputs the floor's requests read, of which the first three are credentials. */
const CREDENTIALS = ['api-token', 'api-key', 'api-secret'] as const;
const OTHER_INPUTS = ['api-url', 'resource', 'organization'] as const;

const inputs: Record<string, string> = {};
for (const name of [...CREDENTIALS, ...OTHER_INPUTS]) inputs[name] = core.getInput(name);
for (const name of CREDENTIALS) if (inputs[name]) core.setSecret(inputs[name]);

const url = readFileSync(core.getInput('urls-file'), 'utf8').trim();
const build = await requestBuilder({ provider: core.getInput('provider'), inputs });
const answer = await post(build([url]));
agent.destroy();
const purged = answer.status >= 200 && answer.status < 300;
core.setOutput('result', JSON.stringify({ status: purged ? 'succeeded' : 'failed', urls: 1 }));
await core.summary.addRaw(`purge of 1 URL: HTTP ${answer.status}\n`).write();
if (!purged) core.setFailed(`the purge call was answered ${answer.status}`);
