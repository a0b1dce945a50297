/**
 * The usual alternative, run in its own Node process like the action: read
 * the URL list, then one purge request per URL, one after another, with
 * Node's own fetch. `node alternative-client.js <job.json>`; prints a JSON line.
 */
import { readFileSync } from 'node:fs';
import { type AlternativeJob, providerNamed } from './providers.js';

interface ClientJob extends AlternativeJob {
  provider: string;
  urlsFile: string;
}

const job = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as ClientJob;
const { alternative } = providerNamed(job.provider);
const urls = readFileSync(job.urlsFile, 'utf8').split('\n').filter(Boolean);
const session = await alternative.login?.(job);
let refused = 0;
let firstRefusal = '';
for (const url of urls) {
  const request = alternative.request(job, url, session);
  const response = await fetch(request.url, request.init);
  const body = await response.text();
  if (!response.ok) {
    refused++;
    firstRefusal ||= `${response.status} ${body.slice(0, 200)}`;
  }
}
console.log(JSON.stringify({ sent: urls.length, refused, firstRefusal }));
