import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliProcess } from '../helpers/run-cli.js';
import { pdfPages, pptxSlides, skeleton, withoutPageFurniture } from '../helpers/extract.js';
import { seedParagraphs } from '../helpers/case-study.js';

const out = mkdtempSync(path.join(os.tmpdir(), 'casebrief-e2e-'));
let run: ReturnType<typeof cliProcess>;

beforeAll(() => {
  run = cliProcess(['build', 'data/milan-shanghai.yaml', '--out', out, '--as-of', '2026-11-29'], { SOURCE_DATE_EPOCH: '1764374400' });
});

describe('casebrief build data/milan-shanghai.yaml (the built CLI, as a process)', () => {
  it('exits 0 and writes the PDF and the PPTX named by the case study’s id', () => {
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['milan-shanghai.pdf', 'milan-shanghai.pptx']);
    expect(run.out.split('\n').filter(Boolean)).toEqual([path.join(out, 'milan-shanghai.pdf'), path.join(out, 'milan-shanghai.pptx')]);
  });

  it('puts every paragraph of the case study, verbatim, in the PDF', async () => {
    const text = skeleton(withoutPageFurniture(await pdfPages(path.join(out, 'milan-shanghai.pdf'))).join('\n'));
    for (const paragraph of seedParagraphs()) expect(text).toContain(skeleton(paragraph));
  });

  it('puts every paragraph, verbatim, in the speaker notes of the deck', async () => {
    const notes = skeleton((await pptxSlides(path.join(out, 'milan-shanghai.pptx'))).map((s) => s.notes).join('\n'));
    for (const paragraph of seedParagraphs()) expect(notes).toContain(skeleton(paragraph));
  });

  it('attaches the source with its MD5 checksum (the bundle hashes with node:crypto in place of pdfkit’s JavaScript MD5)', () => {
    const md5 = createHash('md5').update(readFileSync('data/milan-shanghai.yaml')).digest('hex');
    const pdf = readFileSync(path.join(out, 'milan-shanghai.pdf')).toString('latin1');
    expect(pdf.match(/\/CheckSum \(([0-9a-f]+)\)/g)).toEqual([`/CheckSum (${md5})`]);
  });

  it('shows the source’s slips as the source wrote them', async () => {
    const pdf = (await pdfPages(path.join(out, 'milan-shanghai.pdf'))).join(' ').replace(/\s+/g, ' ');
    expect(pdf).toContain('The Peoples Republic of China');
    expect(pdf).toContain('continual this beneficial partnership');
  });

  it('starts the PDF with the title and the partnership’s age', async () => {
    const [first] = await pdfPages(path.join(out, 'milan-shanghai.pdf'));
    expect(first?.replace(/\s+/g, ' ')).toContain('Milan (Italy) and Shanghai');
    expect(first?.replace(/\s+/g, ' ')).toMatch(/Partnership since 3 July 1979 · 47 years/);
  });

  it('is byte-identical when built again with the same SOURCE_DATE_EPOCH', () => {
    const again = mkdtempSync(path.join(os.tmpdir(), 'casebrief-e2e-'));
    const second = cliProcess(['build', 'data/milan-shanghai.yaml', '--out', again, '--as-of', '2026-11-29'], { SOURCE_DATE_EPOCH: '1764374400' });
    expect(second.code).toBe(0);
    for (const name of ['milan-shanghai.pdf', 'milan-shanghai.pptx']) {
      expect(readFileSync(path.join(again, name)).equals(readFileSync(path.join(out, name))), name).toBe(true);
    }
  });
});
