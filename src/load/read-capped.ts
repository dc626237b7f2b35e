import { constants, type Stats } from 'node:fs';
import { open, realpath, stat } from 'node:fs/promises';
import path from 'node:path';

/** Why a file was not read, as words that follow its name ("is a folder, not a file"). */
export class ReadRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReadRefused';
  }
}

/** What `readFileCapped` needs besides the file. */
export interface CapOptions {
  /** The most bytes the file may hold. */
  maxBytes: number;
  /** The words for a file over the limit, given its size in bytes. */
  tooBig: (size: number) => string;
  /** The real path, when the caller has already resolved it. */
  real?: string;
}

/** Opened without blocking (a FIFO swapped in after the check must not hang the open) and without following a link. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);
const CHUNK = 1 << 20;

/**
 * Reads a regular file, never more than `maxBytes`: the real target of any link
 * is checked first, and folders, named pipes, devices and sockets are refused
 * by their type, before a byte is read. The cap holds even if the file grows
 * while it is read. Throws ReadRefused with the reason.
 */
export async function readFileCapped(file: string, options: CapOptions): Promise<Buffer> {
  const real = options.real ?? (await resolve(file));
  const info = await regularFile(file, real);
  if (info.size > options.maxBytes) throw new ReadRefused(options.tooBig(info.size));

  const handle = await open(real, OPEN_FLAGS).catch((err: NodeJS.ErrnoException) => {
    throw new ReadRefused(errnoWords(err));
  });
  try {
    // The path may have been swapped between the check and the open: judge what was opened.
    const opened = await handle.stat();
    const swapped = notAFile(opened);
    if (swapped) throw new ReadRefused(`is ${swapped}, not a file`);
    const chunks: Buffer[] = [];
    let total = 0;
    let want = Math.min(opened.size, options.maxBytes) + 1;
    for (;;) {
      const buffer = Buffer.allocUnsafe(Math.max(1, want));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      chunks.push(buffer.subarray(0, bytesRead));
      total += bytesRead;
      if (total > options.maxBytes) throw new ReadRefused(options.tooBig(total));
      want = Math.min(CHUNK, options.maxBytes + 1 - total);
    }
    return chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, total);
  } catch (err) {
    if (err instanceof ReadRefused) throw err;
    throw new ReadRefused(errnoWords(err as NodeJS.ErrnoException));
  } finally {
    await handle.close();
  }
}

/** The real path of a file, with any symbolic links resolved; ReadRefused when there is none. */
export async function resolve(file: string): Promise<string> {
  try {
    return await realpath(file);
  } catch (err) {
    throw new ReadRefused(errnoWords(err as NodeJS.ErrnoException));
  }
}

/** The real target's details when it is a regular file; ReadRefused naming what it is otherwise (and where a link leads). */
export async function regularFile(file: string, real: string): Promise<Stats> {
  const info = await stat(real).catch((err: NodeJS.ErrnoException) => {
    throw new ReadRefused(errnoWords(err));
  });
  const kind = notAFile(info);
  if (kind) throw new ReadRefused(path.resolve(file) !== real ? `links to ${real}, ${kind}, not a file` : `is ${kind}, not a file`);
  return info;
}

/** What a path that is not a regular file is, in words; undefined for a regular file. */
function notAFile(info: Stats): string | undefined {
  if (info.isFile()) return undefined;
  if (info.isDirectory()) return 'a folder';
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  if (info.isSocket()) return 'a socket';
  return 'a special file';
}

function errnoWords(err: NodeJS.ErrnoException): string {
  switch (err.code) {
    case 'ENOENT':
      return 'no such file';
    case 'ENOTDIR':
      return 'no such file (a part of its path is not a folder)';
    case 'ELOOP':
      return 'is a symbolic link that leads round in a loop';
    case 'EACCES':
    case 'EPERM':
      return 'cannot be read (permission denied)';
    case 'EISDIR':
      return 'is a folder, not a file';
    default:
      return `cannot be read (${err.code ?? err.message})`;
  }
}
