/**
 * The floor's requests: one purge call per batch, per provider, with the
 * authentication cdnkit uses and nothing else, over one keep-alive connection
 * with `node:http` (no fetch: undici alone costs more to load than the whole
 * floor). Shared by the floor client (scripts/bench/floor-client.ts) and the
 * floor action (scripts/bench/floor-action.ts).
 */
import { Agent, request } from 'node:http';
import { akskAuthorization } from '../../src/providers/cdnetworks/sign.js';

/** What the requests need: the provider and the action's own inputs for it. */
export interface FloorRequestJob {
  provider: string;
  inputs: Record<string, string>;
}

interface Post {
  url: string;
  headers: Record<string, string>;
  body: string;
}

export const agent = new Agent({ keepAlive: true, maxSockets: 1 });

export function post({ url, headers, body }: Post): Promise<{ status: number; body: string }> {
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
export async function requestBuilder(
  job: FloorRequestJob,
): Promise<(batch: readonly string[]) => Post> {
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
