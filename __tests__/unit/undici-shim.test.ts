import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);

describe('the lazy undici stand-in (shims/undici-lazy)', () => {
  it('does not load the real undici until something is read from it, then forwards everything', () => {
    const realPath = require.resolve('undici-real');
    delete require.cache[realPath];
    delete require.cache[require.resolve('undici')];
    const shim = require('undici') as Record<string, unknown> & { __esModule?: unknown };
    expect(shim.__esModule).toBeUndefined();
    expect(require.cache[realPath]).toBeUndefined();
    const { ProxyAgent } = shim as { ProxyAgent: new (url: string) => { close(): Promise<void> } };
    expect(require.cache[realPath]).toBeDefined();
    const agent = new ProxyAgent('http://127.0.0.1:9');
    expect(agent.constructor.name).toBe('ProxyAgent');
    expect(Object.keys(shim)).toContain('Client');
    void agent.close();
  });
});
