import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CasebriefError } from '../errors.js';

/** One file to write: where, and its bytes. */
export interface OutputFile {
  path: string;
  bytes: Uint8Array;
}

/**
 * Writes every file to a temporary name in its own folder, then renames them
 * into place. If any write fails, no target is touched and no temporary is left.
 */
export async function writeAtomically(files: readonly OutputFile[]): Promise<void> {
  const staged: { temp: string; target: string }[] = [];
  try {
    for (const file of files) {
      const dir = path.dirname(file.path);
      await mkdir(dir, { recursive: true });
      const temp = path.join(dir, `.${path.basename(file.path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
      staged.push({ temp, target: file.path });
      await writeFile(temp, file.bytes, { flag: 'wx' });
    }
    for (const { temp, target } of staged) await rename(temp, target);
  } catch (err) {
    await Promise.all(staged.map(({ temp }) => rm(temp, { force: true })));
    const target = staged.at(-1)?.target ?? files[0]?.path ?? '';
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOSPC' ? 'the disk is full' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'ENOTDIR' || code === 'EEXIST' ? 'a file stands where a folder is needed' : (err as Error).message;
    throw new CasebriefError('E_OUTPUT', [
      { file: target, message: `cannot write the output (${why}); choose another folder with --out. Existing files were left as they were.` },
    ]);
  }
}
