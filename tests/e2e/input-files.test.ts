import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/run-cli.js';
import { sampleText, sampleWith } from '../helpers/case-study.js';

const posix = process.platform !== 'win32';

function folder(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'casebrief-input-files-'));
}

describe.runIf(posix)('validate gives a clear answer at once for files that are not files', () => {
  it('a named pipe, /dev/zero and a link to it: exit 1, one line each, nothing read', async () => {
    const dir = folder();
    const pipe = path.join(dir, 'pipe.yaml');
    execFileSync('mkfifo', [pipe]);
    const zero = path.join(dir, 'zero.yaml');
    symlinkSync('/dev/zero', zero);
    const r = await cli('validate', pipe, '/dev/zero', zero);
    expect(r.code).toBe(1);
    expect(r.err.split('\n')).toEqual([`${pipe}: is a named pipe (FIFO), not a file`, '/dev/zero: is a device, not a file', `${zero}: links to /dev/zero, a device, not a file`]);
  });
});

describe('validate of text that is not a case study in UTF-8 YAML', () => {
  it('UTF-16 is named, with how to save it as UTF-8', async () => {
    const file = path.join(folder(), 'case.yaml');
    writeFileSync(file, Buffer.from(`\uFEFF${sampleText()}`, 'utf16le'));
    const r = await cli('validate', file);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^.*case\.yaml: is saved as UTF-16 LE text; a case study must be UTF-8: .*`iconv -f UTF-16LE -t UTF-8 case\.yaml > case-utf8\.yaml`$/);
  });

  it('CR-only line ends are read, not called empty', async () => {
    const file = path.join(folder(), 'mac.yaml');
    writeFileSync(file, sampleText().replace(/\n/g, '\r'));
    expect(await cli('validate', file)).toMatchObject({ code: 0, out: `${file}: ok` });
  });

  it('the survey text is told to use casebrief import', async () => {
    const file = path.join(folder(), 'milan.txt');
    writeFileSync(file, readFileSync('tests/fixtures/milan-shanghai.txt'));
    const r = await cli('validate', file);
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      `${file}:1:1: this is a survey text, not a case study in YAML; turn it into one with \`casebrief import ${file} --out data\`, check the YAML it writes, then build that`,
    );
  });

  it('a colon in unquoted text: one message with the fix, and the line under it', async () => {
    const file = path.join(folder(), 'case.yaml');
    const text = sampleWith('    event: After a summit meeting, a Declaration of Intent is signed and the partnership begins.', '    event: Lab opening: joint research');
    writeFileSync(file, text);
    const r = await cli('validate', file);
    const line = text.slice(0, text.indexOf('Lab opening')).split('\n').length;
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      `${file}:${line}:12: text that contains a colon followed by a space must be in quotes: \`event: "Lab opening: joint research"\`\n    event: Lab opening: joint research\n           ^`,
    );
  });
});
