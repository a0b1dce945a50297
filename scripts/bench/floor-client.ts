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
import { Agent, request } from 'node:http';
import { akskAuthorization } from '../../src/providers/cdnetworks/sign.js';

export interface FloorJob {
  provider: string;
  urlsFile: string;
  perCall: number;
  inputs: Record<string, string>;
}

interface Post {
  url: string;
  headers: Record<string, string>;
  body: string;
}

const agent = new Agent({ keepAlive: true, maxSockets: 1 });

function post({ url, headers, body }: Post): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        headers: { ...headers, 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** `https://host/a/b?c` -> `/a/b?c`, without parsing: the floor trusts its list. */
const pathOf = (url: string) => url.slice(url.indexOf('/', url.indexOf('//') + 2));

const JSON_TYPE = 'application/json';

/** One purge call's request for `batch`, per provider, as cdnkit sends it (auth included). */
async function requestBuilder(job: FloorJob): Promise<(batch: readonly string[]) => Post> {
  const input = job.inputs;
  const base = input['api-url']!;
  switch (job.provider) {
    case 'gcore':
      return (batch) => ({
        url: `${base}/cdn/resources/${input.resource}/purge`,
        headers: { 'content-type': JSON_TYPE, authorization: `APIKey ${input['api-token']}` },
        body: JSON.stringify({ urls: batch.map(pathOf) }),
      });
    case 'medianova': {
      const login = await post({
        url: `${base}/api/v1/auth/login/token`,
        headers: { 'content-type': JSON_TYPE },
        body: JSON.stringify({ api_key: input['api-key'], api_secret: input['api-secret'] }),
      });
      const { token } = JSON.parse(login.body) as { token: string };
      return (batch) => ({
        url: `${base}/api/v1/cdn/${input.organization}/job/${input.resource}/purge`,
        headers: { 'content-type': JSON_TYPE, authorization: `Bearer ${token}` },
        body: JSON.stringify({ resource_uuid: input.resource, file_path: batch.map(pathOf) }),
      });
    }
    case 'cdnetworks': {
      const url = `${base}/ccm/purge/ItemIdReceiver`;
      const parsed = new URL(url);
      return (batch) => {
        const body = JSON.stringify({ urls: batch });
        const { headers } = akskAuthorization(input['api-key']!, input['api-secret']!, Date.now(), {
          method: 'POST',
          url: parsed,
          body,
          contentType: JSON_TYPE,
        });
        return { url, headers, body };
      };
    }
    default:
      throw new Error(`the floor client has no requests for provider '${job.provider}'`);
  }
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
