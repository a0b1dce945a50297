/**
 * Reading a file an input names (`urls-file`, the certificate and key files): a regular file of at most
 * `maxBytes`, checked on the open file itself, so a directory, a FIFO with no
 * writer, a device such as /dev/zero or a 1 GB file is refused at once instead
 * of blocking, reading for ever or filling the memory.
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';

/** Why a file was not read; the message says what the file is, never what it holds. */
export class FileRefusal extends Error {
  override readonly name = 'FileRefusal';
}

export function readRegularFile(path: string, maxBytes: number): string {
  // O_NONBLOCK: opening a FIFO nobody writes to would otherwise wait for ever
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new FileRefusal(`is ${kindOf(stats)}, not a regular file`);
    if (stats.size > maxBytes) throw new FileRefusal(tooLarge(stats.size, maxBytes));
    // read to the end, which may have moved since fstat, never past the limit
    const buffer = Buffer.alloc(Math.min(stats.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) throw new FileRefusal(tooLarge(length, maxBytes));
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    return buffer.toString('utf8', 0, length);
  } finally {
    closeSync(fd);
  }
}

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

function tooLarge(size: number, maxBytes: number): string {
  return `is ${sizeText(size)} or more; at most ${sizeText(maxBytes)} are read`;
}

/** 67108864 -> "64 MiB", 262144 -> "256 KiB". */
function sizeText(bytes: number): string {
  const mebibytes = bytes / 1024 / 1024;
  if (mebibytes >= 1) {
    return `${Number.isInteger(mebibytes) ? mebibytes : mebibytes.toFixed(1)} MiB`;
  }
  return `${Math.ceil(bytes / 1024)} KiB`;
}
