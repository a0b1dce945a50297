import sodium from 'libsodium-wrappers';
import { beforeAll, describe, expect, it } from 'vitest';
import { githubPaths } from '../../src/github/paths.js';
import { githubErrorMessage } from '../../src/github/protocol.js';
import { sealSecret } from '../../src/github/seal.js';

const base64 = (bytes: Uint8Array) => sodium.to_base64(bytes, sodium.base64_variants.ORIGINAL);

describe('sealSecret', () => {
  beforeAll(async () => {
    await sodium.ready;
  });

  it('produces a sealed box that opens with the matching private key only', async () => {
    const pair = sodium.crypto_box_keypair();
    const other = sodium.crypto_box_keypair();
    const value = 'gcore-token-ünïcödé-$%&';
    const sealed = sodium.from_base64(
      await sealSecret(value, base64(pair.publicKey)),
      sodium.base64_variants.ORIGINAL,
    );
    // a sealed box is the ephemeral public key, the ciphertext and a 16-byte MAC
    expect(sealed.length).toBe(32 + Buffer.byteLength(value) + 16);
    expect(
      sodium.to_string(sodium.crypto_box_seal_open(sealed, pair.publicKey, pair.privateKey)),
    ).toBe(value);
    expect(() => sodium.crypto_box_seal_open(sealed, other.publicKey, other.privateKey)).toThrow();
  });

  it('seals the same value differently every time', async () => {
    const key = base64(sodium.crypto_box_keypair().publicKey);
    expect(await sealSecret('same', key)).not.toBe(await sealSecret('same', key));
  });

  it('rejects a key that is not base64 or not 32 bytes', async () => {
    await expect(sealSecret('x', 'not base64!')).rejects.toThrow('not valid base64');
    await expect(sealSecret('x', base64(new Uint8Array(16)))).rejects.toThrow(
      'the public key has 16 bytes, not 32',
    );
  });
});

describe('GitHub secrets paths', () => {
  it('puts every scope in one place and encodes each segment', () => {
    const repository = { kind: 'repository', repository: 'acme/site' } as const;
    const environment = {
      kind: 'environment',
      repository: 'acme/site',
      environment: 'prod eu',
    } as const;
    const organization = { kind: 'organization', org: 'acme' } as const;
    expect(githubPaths.publicKey(repository)).toBe('/repos/acme/site/actions/secrets/public-key');
    expect(githubPaths.secret(repository, 'GCORE_TOKEN')).toBe(
      '/repos/acme/site/actions/secrets/GCORE_TOKEN',
    );
    expect(githubPaths.publicKey(environment)).toBe(
      '/repos/acme/site/environments/prod%20eu/secrets/public-key',
    );
    expect(githubPaths.secret(organization, 'X')).toBe('/orgs/acme/actions/secrets/X');
    expect(githubPaths.selectedRepositories('acme', 'X')).toBe(
      '/orgs/acme/actions/secrets/X/repositories',
    );
  });
});

describe('githubErrorMessage', () => {
  it('reads the message and the field errors', () => {
    expect(githubErrorMessage({ message: 'Bad credentials', documentation_url: 'x' })).toEqual({
      message: 'Bad credentials',
    });
    expect(
      githubErrorMessage({
        message: 'Invalid request.',
        errors: [{ field: 'visibility', code: 'missing_field' }, 'plain'],
      }),
    ).toEqual({ message: 'Invalid request. (visibility: missing_field; plain)' });
    expect(githubErrorMessage('<html>')).toEqual({});
  });
});
