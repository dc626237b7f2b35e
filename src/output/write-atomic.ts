import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CaseStudyError } from '../errors.js';

/** One file to write: where, and its bytes. */
export interface OutputFile {
  path: string;
  bytes: Uint8Array;
}

/**
 * Writes files together or not at all: each goes to a temporary name in its own folder first;
 * then every one is renamed into place. If a write fails, no target is touched; if a rename
 * fails, the targets already replaced get their old files back. No temporary is left behind.
 *
 * Synchronous, on purpose: a brief and a deck are small, and a thread-pool trip per step
 * left the building thread idle in a batch.
 */
export async function writeAtomically(files: readonly OutputFile[]): Promise<void> {
  const staged: { temp: string; target: string; backup?: string }[] = [];
  const replaced: (typeof staged)[number][] = [];
  let failedAt = files[0]?.path ?? '';
  try {
    for (const file of files) {
      failedAt = file.path;
      const dir = path.dirname(file.path);
      mkdirSync(dir, { recursive: true });
      const temp = tempName(file.path, 'tmp');
      staged.push({ temp, target: file.path });
      writeFileSync(temp, file.bytes, { flag: 'wx' });
    }
    // The old files are kept aside (a second name for the same file), so that they can come back.
    for (const s of staged) {
      if (!existsSync(s.target)) continue;
      s.backup = tempName(s.target, 'old');
      try {
        linkSync(s.target, s.backup);
      } catch {
        copyFileSync(s.target, s.backup);
      }
    }
    for (const s of staged) {
      failedAt = s.target;
      renameSync(s.temp, s.target);
      replaced.push(s);
    }
  } catch (err) {
    for (const s of replaced) {
      try {
        if (s.backup) renameSync(s.backup, s.target);
        else rmSync(s.target, { force: true });
      } catch {
        // Leave what cannot be restored; the message below says the write failed.
      }
    }
    throw outputError(err, failedAt);
  } finally {
    for (const s of staged) {
      rmSync(s.temp, { force: true });
      if (s.backup) rmSync(s.backup, { force: true });
    }
  }
}

function tempName(target: string, kind: 'tmp' | 'old'): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.${kind}`);
}

function outputError(err: unknown, target: string): CaseStudyError {
  const code = (err as NodeJS.ErrnoException).code;
  const why =
    code === 'ENOSPC'
      ? 'the disk is full'
      : code === 'EACCES' || code === 'EPERM'
        ? 'permission denied'
        : code === 'ENOTDIR' || code === 'EEXIST'
          ? 'a file stands where a folder is needed'
          : code === 'EISDIR'
            ? 'a folder stands where the file should go'
            : (err as Error).message;
  return new CaseStudyError('E_OUTPUT', [{ file: target, message: `cannot write the output (${why}); choose another folder with --out. Existing files were left as they were.` }]);
}
