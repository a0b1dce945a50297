import type { Readable } from 'node:stream';
import { InputError } from '../errors.js';

/** `--urls-file -` reads at most this much: the cap a urls-file has. */
export const MAX_STDIN_BYTES = 64 * 1024 * 1024;

/** Reads a stream to its end as UTF-8, refusing more than `maxBytes`. */
export async function readAll(stream: Readable, maxBytes = MAX_STDIN_BYTES): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > maxBytes) {
      stream.destroy();
      const limit = maxBytes >= 1 << 20 ? `${maxBytes >> 20} MiB` : `${maxBytes} bytes`;
      throw new InputError('urls-file', `standard input holds more than ${limit}; split the list`);
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
