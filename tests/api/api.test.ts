import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { CaseStudyError, OptionError, formats, importSurveyText, loadCaseStudy, parseCaseStudy, renderCaseStudy, renderPack, validateCaseStudy } from '../../src/index.js';
import { SAMPLE, sampleText, sampleWith } from '../helpers/case-study.js';
import { pdfTextOf, pptxTextOf } from '../helpers/extract.js';

const EPOCH = 1_790_000_000;
const OPTIONS = { asOf: '2026-11-29', sourceDateEpoch: EPOCH } as const;

/** What casebrief must leave as it found it: globals, console, process listeners, built-in and library prototypes. */
async function globalState() {
  const { default: Pptx } = (await import('pptxgenjs')) as unknown as { default: { prototype: object } };
  const fontkit = await import('fontkit');
  const methods = (o: object) =>
    Object.getOwnPropertyNames(o)
      .sort()
      .map((n) => [n, Object.getOwnPropertyDescriptor(o, n)?.value ?? 'accessor']);
  const classes = { Object, Array, String, Number, Function, Promise, Uint8Array, ArrayBuffer, Map, Set, Date, RegExp, Error, Buffer, JSZip, PDFDocument, Pptx };
  return {
    globals: Object.getOwnPropertyNames(globalThis).sort(),
    console: methods(console),
    listeners: process.eventNames().map((e) => [String(e), process.listenerCount(e)]),
    prototypes: Object.entries(classes).map(([name, C]) => [name, methods(C.prototype as object)]),
    fontkit: methods(fontkit),
  };
}

describe('the library API', () => {
  it('parses a case study held in memory, and renders it to PDF and PPTX bytes without writing anything', async () => {
    const study = parseCaseStudy(sampleText(), { file: SAMPLE });
    expect(study.data.id).toBe('milan-shanghai');
    const { files, warnings } = await renderCaseStudy(study, OPTIONS);
    expect(files.map((f) => [f.format, f.name, f.mimeType])).toEqual([
      ['pdf', 'milan-shanghai.pdf', 'application/pdf'],
      ['pptx', 'milan-shanghai.pptx', 'application/vnd.openxmlformats-officedocument.presentationml.presentation'],
    ]);
    expect(warnings).toEqual([]);
    expect(Buffer.from(files[0]!.bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(Buffer.from(files[1]!.bytes.subarray(0, 2)).toString('latin1')).toBe('PK');
    // The survey's own words, slips included, come back out of both files.
    const pdf = await pdfTextOf(files[0]!.bytes);
    const deck = await pptxTextOf(files[1]!.bytes);
    for (const words of ['The Peoples Republic', 'continual', 'The signing of the agreement is between both cities is regularly celebrated.']) {
      expect(pdf).toContain(words);
      expect(deck).toContain(words);
    }
  });

  it('renders only the formats asked for, and refuses an unknown one with OptionError naming the formats', async () => {
    const study = await loadCaseStudy(SAMPLE);
    const { files } = await renderCaseStudy(study, { ...OPTIONS, formats: ['pptx'] });
    expect(files.map((f) => f.format)).toEqual(['pptx']);
    await expect(renderCaseStudy(study, { formats: ['docx'] })).rejects.toThrow(OptionError);
    await expect(renderCaseStudy(study, { formats: ['docx'] })).rejects.toThrow(/unknown format "docx"; formats: pdf, pptx/);
    await expect(renderCaseStudy(study, { lang: 'fr' })).rejects.toThrow(/no labels for language "fr"/);
    await expect(renderCaseStudy(study, { asOf: '2026-02-30' })).rejects.toThrow(OptionError);
    expect(formats().map((f) => `${f.format}:${f.document}`)).toEqual(['pdf:brief', 'pptx:deck']);
  });

  it('throws CaseStudyError for a misspelt key, with every problem at its line and column', () => {
    const text = sampleWith('instrument: Declaration of Intent', 'instrumnet: Declaration of Intent');
    let caught: unknown;
    try {
      parseCaseStudy(text, { file: 'case.yaml' });
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(CaseStudyError);
    const { problems } = caught as CaseStudyError;
    const line = text.split('\n').findIndex((l) => l.includes('instrumnet')) + 1;
    expect(problems[0]).toMatchObject({ file: 'case.yaml', line, col: 3 });
    expect(problems[0]!.message).toMatch(/instrumnet/);
  });

  it('validates as a build would, without rendering: a picture that is not there is a problem', async () => {
    expect(await validateCaseStudy(await loadCaseStudy(SAMPLE), OPTIONS)).toEqual({ warnings: [] });
    const missing = parseCaseStudy(sampleWith('written: 2009', 'written: 2009\nimage: { file: nowhere.png, alt: A picture }'), { file: SAMPLE });
    await expect(validateCaseStudy(missing, OPTIONS)).rejects.toThrow(/nowhere\.png/);
  });

  it('imports a survey text into YAML that loads back', () => {
    const imported = importSurveyText(readFileSync('tests/fixtures/milan-shanghai.txt', 'utf8'), { file: 'milan-shanghai.txt' });
    expect(imported.id).toBe('milan-shanghai');
    expect(parseCaseStudy(imported.yaml).data.sections.length).toBeGreaterThan(2);
    expect(imported.warnings.every((w) => w.code === 'W_IMPORT' && w.file === 'milan-shanghai.txt')).toBe(true);
  });

  it('renders a pack in memory, and refuses two case studies with the same id', async () => {
    const study = await loadCaseStudy(SAMPLE);
    const pack = await renderPack([study, await loadCaseStudy('tests/fixtures/pack/bonn-chengdu.yaml')], { ...OPTIONS, title: 'Mission', formats: ['pdf', 'pptx'] });
    expect(pack.files.map((f) => f.name)).toEqual(['pack.pdf', 'pack.pptx']);
    await expect(renderPack([study, study], { ...OPTIONS, title: 'Mission' })).rejects.toThrow(/has the id "milan-shanghai", as data\/milan-shanghai.yaml has/);
  });

  it('warns when the running header of a pack is cut short (a very long pack title), and keeps the whole title on the cover', async () => {
    const title = `Mission ${'to Shanghai and back again '.repeat(40)}`.trim();
    const { files, warnings } = await renderPack([await loadCaseStudy(SAMPLE)], { ...OPTIONS, title });
    expect(warnings.map((w) => w.code)).toContain('pdf-text-truncated');
    expect(await pdfTextOf(files[0]!.bytes)).toContain(title);
  });

  it('leaves globals, console, process listeners and every prototype as it found them', async () => {
    const before = await globalState();
    const study = await loadCaseStudy(SAMPLE);
    await renderCaseStudy(study, OPTIONS);
    await renderPack([study], { ...OPTIONS, title: 'Mission', formats: ['pdf', 'pptx'] });
    expect(() => parseCaseStudy('id: x', { file: 'bad.yaml' })).toThrow(CaseStudyError);
    await expect(renderCaseStudy(study, { paper: 'a3' as 'a4' })).rejects.toThrow(OptionError);
    expect(await globalState()).toEqual(before);
  });

  it('prints nothing and leaves the process running: importing it, rendering, and failing', () => {
    const script = `import { loadCaseStudy, parseCaseStudy, renderCaseStudy } from './src/index.ts';
await renderCaseStudy(await loadCaseStudy(${JSON.stringify(SAMPLE)}), ${JSON.stringify(OPTIONS)});
try { parseCaseStudy('id: [', { file: 'bad.yaml' }); } catch {}
await renderCaseStudy(await loadCaseStudy(${JSON.stringify(SAMPLE)}), { formats: ['nope'] }).catch(() => {});
process.exitCode = 7;`;
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect([child.stdout, child.stderr, child.status]).toEqual(['', '', 7]);
  });

  it('gives the same bytes twice in one process, concurrently, and in a separate process', async () => {
    const study = await loadCaseStudy(SAMPLE);
    const one = await renderCaseStudy(study, OPTIONS);
    const two = await renderCaseStudy(study, OPTIONS);
    const together = await Promise.all([renderCaseStudy(study, OPTIONS), renderCaseStudy(study, { ...OPTIONS, formats: ['pptx'] }), renderCaseStudy(study, OPTIONS)]);
    const bytes = (r: { files: { bytes: Uint8Array }[] }) => r.files.map((f) => Buffer.from(f.bytes).toString('base64'));
    expect(bytes(two)).toEqual(bytes(one));
    expect(bytes(together[0]!)).toEqual(bytes(one));
    expect(bytes(together[2]!)).toEqual(bytes(one));
    expect(bytes(together[1]!)).toEqual([bytes(one)[1]]);
    // A fresh process, through tsx, renders the same bytes.
    const script = `import { loadCaseStudy, renderCaseStudy } from './src/index.ts';
const r = await renderCaseStudy(await loadCaseStudy(${JSON.stringify(SAMPLE)}), ${JSON.stringify(OPTIONS)});
process.stdout.write(JSON.stringify(r.files.map((f) => Buffer.from(f.bytes).toString('base64'))));`;
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
    expect(child.stderr).toBe('');
    expect(JSON.parse(child.stdout)).toEqual(bytes(one));
  });
});
