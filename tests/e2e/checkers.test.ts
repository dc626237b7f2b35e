import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliProcess } from '../helpers/run-cli.js';
import { seedParagraphs } from '../helpers/case-study.js';

/** The project's judges of PDFs and decks (qpdf, poppler, LibreOffice, the ECMA-376 schemas). */
const TOOLS = '/work/shared/tools';
const out = mkdtempSync(path.join(os.tmpdir(), 'casebrief-judged-'));
const expected = path.join(out, 'expected.txt');

function judge(tool: string, args: string[]): string {
  try {
    return execFileSync(path.join(TOOLS, tool), args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string };
    throw new Error(`${tool} failed:\n${e.stdout ?? ''}${e.stderr ?? ''}`);
  }
}

describe.skipIf(!existsSync(TOOLS))('the Milan–Shanghai outputs, judged by check-pdf and check-pptx', () => {
  beforeAll(() => {
    writeFileSync(expected, `${seedParagraphs().join('\n')}\n`);
    expect(cliProcess(['build', 'data/milan-shanghai.yaml', '--out', out]).code).toBe(0);
    expect(cliProcess(['build', 'data/milan-shanghai.yaml', '--out', path.join(out, 'pdfa'), '--pdfa', '--format', 'pdf']).code).toBe(0);
    expect(cliProcess(['build', 'data/milan-shanghai.yaml', '--out', path.join(out, 'zh'), '--lang', 'zh', '--format', 'pptx']).code).toBe(0);
  });

  it('the brief passes every check-pdf check, with the eight paragraphs found', () => {
    expect(judge('check-pdf', [path.join(out, 'milan-shanghai.pdf'), '--text', expected, '--no-pdfa'])).toMatch(/pdf: \d+ checks, 0 failed/);
  });

  it('the PDF/A brief passes the PDF/A checks too', () => {
    const report = judge('check-pdf', [path.join(out, 'pdfa', 'milan-shanghai.pdf'), '--text', expected]);
    expect(report).toMatch(/PASS\s+pdfa-xmp\s+XMP claims PDF\/A-3b/);
    expect(report).toMatch(/pdf: \d+ checks, 0 failed/);
  });

  it('the deck passes every check-pptx check: schemas, LibreOffice rendering, no overflow', () => {
    const report = judge('check-pptx', [path.join(out, 'milan-shanghai.pptx'), '--text', expected, '--schema-all']);
    expect(report).toMatch(/PASS\s+render\s/);
    expect(report).toMatch(/PASS\s+overflow-box/);
    expect(report).toMatch(/pptx: \d+ checks, 0 failed/);
  }, 120_000);

  it('the Chinese deck keeps mixed Chinese and Latin text inside its boxes as LibreOffice sets it', () => {
    const report = judge('check-pptx', [path.join(out, 'zh', 'milan-shanghai.pptx'), '--schema-all']);
    expect(report).toMatch(/PASS\s+overflow-box/);
    expect(report).toMatch(/pptx: \d+ checks, 0 failed/);
  }, 120_000);
});
