import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { pdfPages } from '../helpers/extract.js';

function build(out: string): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['bin/casebrief.js', 'build', 'data/milan-shanghai.yaml', '--out', out, '--quiet'], { stdio: 'ignore' });
    child.on('exit', (code) => resolve(code ?? -1));
  });
}

describe('two builds into one folder at the same time', () => {
  it('both finish, leaving valid files and no temporary file', async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'casebrief-race-'));
    expect(await Promise.all([build(out), build(out), build(out)])).toEqual([0, 0, 0]);
    expect(readdirSync(out).sort()).toEqual(['milan-shanghai.pdf', 'milan-shanghai.pptx']);
    expect((await pdfPages(path.join(out, 'milan-shanghai.pdf'))).length).toBeGreaterThan(1);
    const zip = await JSZip.loadAsync(readFileSync(path.join(out, 'milan-shanghai.pptx')));
    expect(zip.file('ppt/presentation.xml')).not.toBeNull();
  });
});

describe('the PDF is inert', () => {
  it('holds no JavaScript, launch or submit actions', async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'casebrief-safe-'));
    expect(await build(out)).toBe(0);
    const bytes = readFileSync(path.join(out, 'milan-shanghai.pdf')).toString('latin1');
    for (const name of ['/JavaScript', '/JS', '/Launch', '/SubmitForm', '/ImportData', '/RichMedia']) expect(bytes).not.toContain(name);
  });
});
