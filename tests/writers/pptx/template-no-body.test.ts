import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { checkDeckTemplate, loadCaseStudy, renderCaseStudy } from '../../../src/index.js';
import { seedParagraphs } from '../../helpers/case-study.js';

const CHECK = '/work/shared/tools/check-pptx';

/** Debian's 4:3 template with every body and content placeholder taken off its layouts (the master keeps its own). */
async function withoutBodies(): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(path.join('tests', 'fixtures', 'templates', 'debian-4x3.potx')));
  for (const name of Object.keys(zip.files).filter((n) => /^ppt\/slideLayouts\/slideLayout\d+\.xml$/.test(n))) {
    const xml = await zip.file(name)!.async('string');
    zip.file(name, xml.replace(/<p:sp>(?:(?!<\/p:sp>).)*?<p:ph(?: type="(?:body|obj)")?(?: idx="\d+")?\/>.*?<\/p:sp>/gs, ''));
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'casebrief-no-body-'));
  const file = path.join(dir, 'no-body.potx');
  writeFileSync(file, await zip.generateAsync({ type: 'uint8array' }));
  return file;
}

describe('a template whose layouts have no body placeholder', () => {
  it('places the text in the free area below the title, says so, and the deck still passes check-pptx', async () => {
    const template = await withoutBodies();
    const report = await checkDeckTemplate(template);
    expect(report.missing!.join('\n')).toMatch(/no body placeholder on "Title, Content": text goes in its free area/);
    const study = await loadCaseStudy('data/milan-shanghai.yaml');
    const out = await renderCaseStudy(study, { formats: ['pptx'], deckTemplate: template, sourceDateEpoch: 0 });
    const deck = await JSZip.loadAsync(out.files[0]!.bytes);
    const slides = await Promise.all(
      Object.keys(deck.files)
        .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
        .map((n) => deck.file(n)!.async('string')),
    );
    const slide = slides.find((xml) => xml.includes('The partnership between Milan and Shanghai'))!;
    expect(slide).toMatch(/<p:ph type="title"\/>/);
    expect(slide).toMatch(/txBox="1".*The partnership between Milan and Shanghai/s);
    if (!existsSync(CHECK)) return;
    const pptx = path.join(path.dirname(template), 'deck.pptx');
    const expected = path.join(path.dirname(template), 'expected.txt');
    writeFileSync(pptx, out.files[0]!.bytes);
    writeFileSync(expected, `${seedParagraphs().join('\n')}\n`);
    const result = execFileSync(CHECK, [pptx, '--schema-all', '--text', expected], { encoding: 'utf8' });
    expect(result).toMatch(/pptx: \d+ checks, 0 failed/);
  }, 120_000);
});
