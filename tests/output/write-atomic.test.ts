import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

const failOn = vi.hoisted(() => ({ nth: 0, calls: 0, code: 'ENOSPC', renameNth: 0, renames: 0 }));

vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  return {
    ...real,
    writeFileSync: (...args: Parameters<typeof real.writeFileSync>) => {
      failOn.calls++;
      if (failOn.nth && failOn.calls === failOn.nth) {
        // Write part of the file first, as a disk that fills up mid-write does.
        real.writeFileSync(args[0], 'partial', { flag: 'wx' });
        throw Object.assign(new Error('no space left on device'), { code: failOn.code });
      }
      return real.writeFileSync(...args);
    },
    renameSync: (...args: Parameters<typeof real.renameSync>) => {
      failOn.renames++;
      if (failOn.renameNth && failOn.renames === failOn.renameNth) throw Object.assign(new Error('operation not permitted'), { code: 'EPERM' });
      return real.renameSync(...args);
    },
  };
});

const { writeAtomically } = await import('../../src/output/write-atomic.js');

function folderWithPreviousBuild(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'casebrief-out-'));
  writeFileSync(path.join(dir, 'x.pdf'), 'yesterday’s brief');
  writeFileSync(path.join(dir, 'x.pptx'), 'yesterday’s deck');
  return dir;
}

afterEach(() => {
  failOn.nth = 0;
  failOn.calls = 0;
  failOn.renameNth = 0;
  failOn.renames = 0;
});

describe('writeAtomically', () => {
  it('puts the old files back when the second file cannot be renamed into place: both new or both old', async () => {
    const dir = folderWithPreviousBuild();
    failOn.renames = 0;
    failOn.renameNth = 2;
    const write = writeAtomically([
      { path: path.join(dir, 'x.pdf'), bytes: Buffer.from('new pdf') },
      { path: path.join(dir, 'x.pptx'), bytes: Buffer.from('new deck') },
    ]);
    await expect(write).rejects.toThrow(/x\.pptx: cannot write the output \(permission denied\)/);
    expect(readFileSync(path.join(dir, 'x.pdf'), 'utf8')).toBe('yesterday’s brief');
    expect(readFileSync(path.join(dir, 'x.pptx'), 'utf8')).toBe('yesterday’s deck');
    expect(readdirSync(dir).sort()).toEqual(['x.pdf', 'x.pptx']);
  });

  it('replaces every file and leaves no temporary file', async () => {
    const dir = folderWithPreviousBuild();
    await writeAtomically([
      { path: path.join(dir, 'x.pdf'), bytes: Buffer.from('new pdf') },
      { path: path.join(dir, 'x.pptx'), bytes: Buffer.from('new deck') },
    ]);
    expect(readFileSync(path.join(dir, 'x.pdf'), 'utf8')).toBe('new pdf');
    expect(readdirSync(dir).sort()).toEqual(['x.pdf', 'x.pptx']);
  });

  it('leaves the previous files byte-identical and no temporary behind when the disk fills up', async () => {
    const dir = folderWithPreviousBuild();
    failOn.calls = 0; // the previous build's two files were written through the same function
    failOn.nth = 2;
    const write = writeAtomically([
      { path: path.join(dir, 'x.pdf'), bytes: Buffer.from('new pdf') },
      { path: path.join(dir, 'x.pptx'), bytes: Buffer.from('new deck') },
    ]);
    await expect(write).rejects.toThrow(/x\.pptx: cannot write the output \(the disk is full\)/);
    expect(readFileSync(path.join(dir, 'x.pdf'), 'utf8')).toBe('yesterday’s brief');
    expect(readFileSync(path.join(dir, 'x.pptx'), 'utf8')).toBe('yesterday’s deck');
    expect(readdirSync(dir).sort()).toEqual(['x.pdf', 'x.pptx']);
  });

  it('reports a folder it may not write to', async () => {
    const dir = folderWithPreviousBuild();
    await expect(writeAtomically([{ path: path.join(dir, 'x.pdf', 'inside.pdf'), bytes: Buffer.from('x') }])).rejects.toThrow(
      /cannot write the output \(a file stands where a folder is needed\)/,
    );
  });
});
