import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFileCapped, ReadRefused } from '../../src/load/read-capped.js';
import { readSourceText } from '../../src/load/read-source.js';
import { sampleText, tempFile } from '../helpers/case-study.js';

const posix = process.platform !== 'win32';

function folder(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'casebrief-read-'));
}

function fifo(dir: string, name: string): string {
  const file = path.join(dir, name);
  execFileSync('mkfifo', [file]);
  return file;
}

describe.runIf(posix)('readSourceText refuses what is not a regular file, before reading a byte', () => {
  it('a named pipe, which would wait for a writer for ever', async () => {
    const file = fifo(folder(), 'case.yaml');
    await expect(readSourceText(file)).rejects.toThrow(`${file}: is a named pipe (FIFO), not a file`);
  });

  it('a device such as /dev/zero, which never ends', async () => {
    await expect(readSourceText('/dev/zero')).rejects.toThrow('/dev/zero: is a device, not a file');
  });

  it('a symbolic link to a device or a pipe, naming where it leads', async () => {
    const dir = folder();
    const zero = path.join(dir, 'zero.yaml');
    symlinkSync('/dev/zero', zero);
    await expect(readSourceText(zero)).rejects.toThrow(`${zero}: links to /dev/zero, a device, not a file`);
    const pipe = fifo(dir, 'pipe');
    const link = path.join(dir, 'case.yaml');
    symlinkSync(pipe, link);
    await expect(readSourceText(link)).rejects.toThrow(/case\.yaml: links to .*pipe, a named pipe \(FIFO\), not a file/);
  });

  it('a folder, a socket, a missing file and a link that loops', async () => {
    const dir = folder();
    await expect(readSourceText(dir)).rejects.toThrow(`${dir}: is a folder, not a file`);
    const socketPath = path.join(dir, 's.yaml');
    const server = net.createServer().listen(socketPath);
    await new Promise((r) => server.once('listening', r));
    await expect(readSourceText(socketPath)).rejects.toThrow(`${socketPath}: is a socket, not a file`);
    server.close();
    await expect(readSourceText(path.join(dir, 'none.yaml'))).rejects.toThrow(/none\.yaml: no such file$/);
    const loop = path.join(dir, 'loop.yaml');
    symlinkSync(loop, loop);
    await expect(readSourceText(loop)).rejects.toThrow(/loop\.yaml: is a symbolic link that leads round in a loop/);
  });

  it('a file over the size limit, by its size', async () => {
    const dir = folder();
    const big = path.join(dir, 'big.yaml');
    writeFileSync(big, '');
    execFileSync('truncate', ['-s', '6M', big]);
    await expect(readSourceText(big)).rejects.toThrow(`${big}: is 6.0 MB; a case study may be at most 5 MB`);
  });
});

describe('readFileCapped never reads more than its cap', () => {
  it.runIf(existsSync('/proc/self/maps'))('even from a file whose size says 0 but that holds more (as /proc files do)', async () => {
    // /proc files report a size of 0: only the cap on what is read stops an endless or growing file.
    const read = readFileCapped('/proc/self/maps', { maxBytes: 64, tooBig: (n) => `over: ${n}` });
    await expect(read).rejects.toThrow(ReadRefused);
    await expect(readFileCapped('/proc/self/maps', { maxBytes: 64, tooBig: (n) => `over: ${n}` })).rejects.toThrow(/^over: \d+$/);
  });

  it('and reads a file of exactly the cap', async () => {
    const file = tempFile('exact.bin', new Uint8Array(1000).fill(7));
    expect((await readFileCapped(file, { maxBytes: 1000, tooBig: () => 'over' })).length).toBe(1000);
    await expect(readFileCapped(file, { maxBytes: 999, tooBig: () => 'over' })).rejects.toThrow('over');
  });
});

describe('readSourceText names the encoding of a text that is not UTF-8', () => {
  const text = sampleText();
  const utf16le = Buffer.from(`\uFEFF${text}`, 'utf16le');
  const utf16be = Buffer.from(utf16le).swap16();
  const points = [...`\uFEFF${text}`].map((c) => c.codePointAt(0) ?? 0);
  const utf32le = Buffer.alloc(points.length * 4);
  points.forEach((p, i) => utf32le.writeUInt32LE(p, i * 4));
  const utf32be = Buffer.from(utf32le).swap32();

  it.each([
    ['UTF-16 LE', utf16le],
    ['UTF-16 BE', utf16be],
    ['UTF-32 LE', utf32le],
    ['UTF-32 BE', utf32be],
  ])('%s with a byte-order mark, and how to save it as UTF-8', async (name, bytes) => {
    const file = tempFile('case.yaml', bytes);
    await expect(readSourceText(file)).rejects.toThrow(
      `${file}: is saved as ${name} text; a case study must be UTF-8: save it again with the encoding UTF-8 (Notepad: Save as → Encoding; VS Code: Save with Encoding), or run \`iconv -f ${name.replace(' ', '')} -t UTF-8 case.yaml > case-utf8.yaml\``,
    );
  });

  it('UTF-16 without a byte-order mark, by its zero bytes', async () => {
    const file = tempFile('case.yaml', Buffer.from(text, 'utf16le'));
    await expect(readSourceText(file)).rejects.toThrow(/case\.yaml: is saved as UTF-16 LE text \(without a byte-order mark\)/);
  });

  it('still calls a file with zero bytes and no such pattern binary', async () => {
    const file = tempFile('case.yaml', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9]));
    await expect(readSourceText(file)).rejects.toThrow(/is a binary file, not text/);
  });

  it('points at the line of a bad byte in a file with CR-only line ends', async () => {
    const file = tempFile('mac.yaml', Buffer.concat([Buffer.from('id: x\rtitle: caf'), Buffer.from([0xe9]), Buffer.from('\r')]));
    await expect(readSourceText(file)).rejects.toThrow(/mac\.yaml:2:11: is not valid UTF-8/);
  });
});
