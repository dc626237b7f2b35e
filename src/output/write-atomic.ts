import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { CaseStudyError } from '../errors.js';

/** One file to write: where, and its bytes. */
export interface OutputFile {
  path: string;
  bytes: Uint8Array;
}

/**
 * Writes every file to a temporary name in its own folder, then renames them
 * into place. If any write fails, no target is touched and no temporary is left.
 *
 * Synchronously: a brief and a deck are ~100 kB, and each asynchronous step (mkdir, open, write,
 * close, rename: ten a case study) was a trip to libuv's thread pool during which the building
 * thread sat idle, waiting for a core its sibling thread was using. A batch of 200 went from 8.65 to
 * 7.37 s (medians of five runs of each in turns, a slow moment of the benchmark machine), peak
 * memory 325-334 -> 327-339 MB. The reads stay asynchronous: with them synchronous too, V8 got no
 * idle moment to shrink the heap in, and the batch peaked at 401-409 MB.
 */
export async function writeAtomically(files: readonly OutputFile[]): Promise<void> {
  const staged: { temp: string; target: string }[] = [];
  try {
    for (const file of files) {
      const dir = path.dirname(file.path);
      mkdirSync(dir, { recursive: true });
      const temp = path.join(dir, `.${path.basename(file.path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
      staged.push({ temp, target: file.path });
      writeFileSync(temp, file.bytes, { flag: 'wx' });
    }
    for (const { temp, target } of staged) renameSync(temp, target);
  } catch (err) {
    await Promise.all(staged.map(({ temp }) => rm(temp, { force: true })));
    const target = staged.at(-1)?.target ?? files[0]?.path ?? '';
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOSPC' ? 'the disk is full' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'ENOTDIR' || code === 'EEXIST' ? 'a file stands where a folder is needed' : (err as Error).message;
    throw new CaseStudyError('E_OUTPUT', [
      { file: target, message: `cannot write the output (${why}); choose another folder with --out. Existing files were left as they were.` },
    ]);
  }
}
