/**
 * The floor: the least a Node process can do to purge a URL list, so the
 * bench can say how far above it cdnkit runs. Read the file, split it on
 * newlines, cut it into batches of the provider's per-call limit and send
 * them one after another over one keep-alive connection with `node:http`
 * (no fetch: undici alone costs more to load than this whole client), with
 * the same authentication cdnkit uses. No validation, no deduplication, no
 * retries, no pacing, no output but one JSON line.
 *
 * `node floor-client.js <job.json>`, the job being the action's own inputs
 * (`api-url`, credentials, `resource`) plus `provider`, `urlsFile`, `perCall`.
 */
import { readFileSync } from 'node:fs';
import { agent, type FloorRequestJob, post, requestBuilder } from './floor-requests.js';

export interface FloorJob extends FloorRequestJob {
  urlsFile: string;
  perCall: number;
}

async function main(jobFile: string): Promise<void> {
  const job = JSON.parse(readFileSync(jobFile, 'utf8')) as FloorJob;
  const build = await requestBuilder(job);
  const urls = readFileSync(job.urlsFile, 'utf8').split('\n');
  if (urls.at(-1) === '') urls.pop();
  let sent = 0;
  let refused = 0;
  let firstRefusal = '';
  for (let start = 0; start < urls.length; start += job.perCall) {
    const answer = await post(build(urls.slice(start, start + job.perCall)));
    sent++;
    if (answer.status < 200 || answer.status >= 300) {
      refused++;
      firstRefusal ||= `${answer.status} ${answer.body.slice(0, 200)}`;
    }
  }
  agent.destroy();
  console.log(JSON.stringify({ sent, refused, firstRefusal }));
}

await main(process.argv[2]!);
