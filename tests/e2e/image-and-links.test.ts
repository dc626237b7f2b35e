import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliProcess } from '../helpers/run-cli.js';

const out = mkdtempSync(path.join(os.tmpdir(), 'casebrief-image-'));
const pdf = path.join(out, 'milan-shanghai-pictured.pdf');
const pptx = path.join(out, 'milan-shanghai-pictured.pptx');

beforeAll(() => {
  const run = cliProcess(['build', 'tests/fixtures/with-image/case.yaml', '--out', out]);
  expect(run.err).toBe('');
  expect(run.code).toBe(0);
});

describe('a case study with a picture and a link', () => {
  it('draws the picture in the PDF as a tagged Figure with its alt text', () => {
    const bytes = readFileSync(pdf).toString('latin1');
    expect(bytes).toMatch(/\/Subtype \/Image/);
    expect(bytes).toMatch(/\/S \/Figure[^>]*\/Alt \(A line joining two red dots/s);
  });

  it('makes the link a link annotation to its address', async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(pdf)), isEvalSupported: false }).promise;
    const urls: string[] = [];
    for (let i = 1; i <= doc.numPages; i++) for (const a of await (await doc.getPage(i)).getAnnotations()) if (a.url) urls.push(a.url);
    await doc.destroy();
    expect(urls).toContain('https://www.comune.milano.it/');
  });

  it('puts the picture on the deck’s title slide with its description', async () => {
    const zip = await JSZip.loadAsync(readFileSync(pptx));
    const slide1 = await zip.file('ppt/slides/slide1.xml')!.async('string');
    expect(slide1).toMatch(/<p:pic>[\s\S]*descr="A line joining two red dots, Milan and Shanghai, on a dark blue ground\."/);
    expect(Object.keys(zip.files).some((n) => /^ppt\/media\/image[^/]*\.png$/.test(n))).toBe(true);
  });
});
