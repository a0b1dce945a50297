/**
 * Fixed vectors for both CDNetworks signatures. Every expected value was
 * computed with openssl/sha256sum (the command is next to it), not with this code.
 */
import { describe, expect, it } from 'vitest';
import {
  akskAuthorization,
  apiKeyAuthorization,
  canonicalQuery,
  canonicalRequest,
  payloadHash,
  rfc1123Date,
  stringToSign,
} from '../../src/providers/cdnetworks/sign.js';

const ACCESS_KEY = 'test-access-key-0123';
const SECRET_KEY = 'test-secret-key-4567';
/** 2023-11-14T22:13:20Z */
const NOW_MS = 1_700_000_000_000;

describe('API-Key signature', () => {
  it('matches HMAC-SHA1 + base64 computed by openssl', () => {
    const date = 'Thu, 17 May 2012 19:37:58 GMT';
    const auth = apiKeyAuthorization('cdnkit-user', 'test-api-key-0123', date);
    // printf '%s' 'Thu, 17 May 2012 19:37:58 GMT' | openssl dgst -sha1 -hmac 'test-api-key-0123' -binary | base64
    expect(auth.password).toBe('t18/EsKbsKkS7AIXAXw9fzSJS48=');
    // printf '%s' 'cdnkit-user:t18/EsKbsKkS7AIXAXw9fzSJS48=' | base64
    expect(auth.basicCredential).toBe('Y2Rua2l0LXVzZXI6dDE4L0VzS2JzS2tTN0FJWEFYdzlmelNKUzQ4PQ==');
    expect(auth.headers).toEqual({
      date,
      authorization: 'Basic Y2Rua2l0LXVzZXI6dDE4L0VzS2JzS2tTN0FJWEFYdzlmelNKUzQ4PQ==',
    });
  });

  it('dates requests in RFC 1123 with a literal GMT', () => {
    expect(rfc1123Date(1_337_283_478_000)).toBe('Thu, 17 May 2012 19:37:58 GMT');
  });
});

describe('AK/SK CNC-HMAC-SHA256 signature', () => {
  it('signs a POST whose body has non-ASCII characters over its UTF-8 bytes', () => {
    const body =
      '{"urls":["https://cdn.example.com/café/ünïcode.html"],"dirs":["https://cdn.example.com/图片/"],"urlAction":"default","dirAction":"default"}';
    const request = {
      method: 'POST',
      url: new URL('https://api.cdnetworks.com/ccm/purge/ItemIdReceiver'),
      body,
      contentType: 'application/json',
    };
    // BODY='<the body above>'; printf '%s' "$BODY" | sha256sum
    const bodyHash = 'e5260a8a73b3d695384726e9904ce6e64ca0a111b72e3bbaa99242ad523c3b1e';
    expect(payloadHash('POST', body)).toBe(bodyHash);
    expect(canonicalRequest(request)).toBe(
      `POST\n/ccm/purge/ItemIdReceiver\n\ncontent-type:application/json\nhost:api.cdnetworks.com\n\ncontent-type;host\n${bodyHash}`,
    );
    // printf 'POST\n/ccm/purge/ItemIdReceiver\n\ncontent-type:application/json\nhost:api.cdnetworks.com\n\ncontent-type;host\n%s' "$BH" | sha256sum
    expect(stringToSign('1700000000', canonicalRequest(request))).toBe(
      'CNC-HMAC-SHA256\n1700000000\n1de207febef679d65c8409521c518dbfc0e5bd6bd73a08bde3fb4e5c399947f6',
    );
    const auth = akskAuthorization(ACCESS_KEY, SECRET_KEY, NOW_MS, request);
    // printf 'CNC-HMAC-SHA256\n1700000000\n%s' 1de207febef679d65c8409521c518dbfc0e5bd6bd73a08bde3fb4e5c399947f6 | openssl dgst -sha256 -hmac 'test-secret-key-4567'
    const signature = '07653d36e72172f95212ad8a8b2b6b8cdc3c7c9659e3293f9c6ac187814df02d';
    expect(auth.signature).toBe(signature);
    expect(auth.headers).toEqual({
      'x-cnc-accessKey': ACCESS_KEY,
      'x-cnc-timestamp': '1700000000',
      'x-cnc-auth-method': 'AKSK',
      host: 'api.cdnetworks.com',
      'content-type': 'application/json',
      authorization: `CNC-HMAC-SHA256 Credential=${ACCESS_KEY}, SignedHeaders=content-type;host, Signature=${signature}`,
    });
  });

  it('signs a GET over its percent-decoded query and the empty body', () => {
    const request = {
      method: 'GET',
      url: new URL(
        'https://API.cdnetworks.com/api/domain?domainName=cdn.example.com&tag=a%20b%2Fc',
      ),
      body: undefined,
      contentType: 'Application/JSON',
    };
    expect(canonicalQuery('GET', request.url)).toBe('domainName=cdn.example.com&tag=a b/c');
    // printf '' | sha256sum
    const emptyHash = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
    expect(canonicalRequest(request)).toBe(
      `GET\n/api/domain\ndomainName=cdn.example.com&tag=a b/c\ncontent-type:application/json\nhost:api.cdnetworks.com\n\ncontent-type;host\n${emptyHash}`,
    );
    // CR2=$(printf 'GET\n/api/domain\ndomainName=cdn.example.com&tag=a b/c\ncontent-type:application/json\nhost:api.cdnetworks.com\n\ncontent-type;host\n%s' "$EH" | sha256sum | cut -d' ' -f1)   # ef68f15f…
    // printf 'CNC-HMAC-SHA256\n1700000000\n%s' "$CR2" | openssl dgst -sha256 -hmac 'test-secret-key-4567'
    expect(akskAuthorization(ACCESS_KEY, SECRET_KEY, NOW_MS, request).signature).toBe(
      '2b5d73a39e3b1ea8b9a234b4b42714089c1db8cf17da042701c8353a8fced803',
    );
  });

  it('leaves the query out of a POST and keeps a non-default port in host', () => {
    const url = new URL('http://127.0.0.1:8787/cdnetworks/ccm/purge/quota?ignored=1');
    expect(canonicalQuery('POST', url)).toBe('');
    expect(
      canonicalRequest({ method: 'post', url, body: '{}', contentType: 'application/json' }),
    ).toContain('\nhost:127.0.0.1:8787\n');
  });

  it('uses whole seconds of the clock as the timestamp', () => {
    const request = {
      method: 'POST',
      url: new URL('https://api.cdnetworks.com/ccm/purge/quota'),
      body: '{}',
      contentType: 'application/json',
    };
    expect(
      akskAuthorization('ak', 'sk', 1_700_000_000_999, request).headers['x-cnc-timestamp'],
    ).toBe('1700000000');
  });
});
