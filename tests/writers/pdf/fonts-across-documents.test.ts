import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadCaseStudy } from '../../../src/load/load-case-study.js';
import { renderCaseStudy } from '../../../src/pipeline.js';
import { sampleText, tempFile } from '../../helpers/case-study.js';
import { popplerPages } from '../../helpers/extract.js';

describe('fonts parsed once and used for many documents (batch, watch, tests)', () => {
  it('keep the text of every glyph: a bold period set after other documents still reads as "."', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'casebrief-fonts-'));
    const texts: string[] = [];
    for (const [i, heading] of ['x', 'B. B', 'A. A'].entries()) {
      const doc = parse(sampleText()) as { sections: { heading: string }[] };
      doc.sections[1]!.heading = heading;
      const study = await loadCaseStudy(tempFile('case.yaml', stringify(doc)));
      const { files } = await renderCaseStudy(study, { formats: ['pdf'], lang: 'en', asOf: '2026-11-29' });
      const file = path.join(dir, `${i}.pdf`);
      writeFileSync(file, files[0]!.bytes);
      texts.push(popplerPages(file).join('\n'));
    }
    expect(texts[1]).toMatch(/^B\. B$/m);
    expect(texts[2]).toMatch(/^A\. A$/m);
  });

  it('give a ligature every letter it stands for, also before one of its own letters ("fff" set as "ff" and "f"), bold or not', async () => {
    const words = 'aaafffaaa xfffy ffa fff ffi ffl off staff';
    const doc = parse(sampleText()) as { sections: { heading: string; paragraphs: string[] }[] };
    doc.sections[0]!.heading = words;
    doc.sections[0]!.paragraphs[0] = `Regular: ${words}.`;
    const study = await loadCaseStudy(tempFile('case.yaml', stringify(doc)));
    const { files } = await renderCaseStudy(study, { formats: ['pdf'], lang: 'en', asOf: '2026-11-29' });
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'casebrief-fonts-')), 'ligatures.pdf');
    writeFileSync(file, files[0]!.bytes);
    const text = popplerPages(file).join('\n').replace(/\s+/g, ' ');
    expect(text).toContain(`${words} Regular: ${words}.`);
  });

  it('write the same bytes whatever the process set before: a ligature reads as the characters of its own document', async () => {
    const render = async (paragraph: string) => {
      const doc = parse(sampleText()) as { sections: { paragraphs: string[] }[] };
      doc.sections[0]!.paragraphs[0] = paragraph;
      const study = await loadCaseStudy(tempFile('case.yaml', stringify(doc)));
      const { files } = await renderCaseStudy(study, { formats: ['pdf'], lang: 'en', asOf: '2026-11-29', sourceDateEpoch: 0 });
      return Buffer.from(files[0]!.bytes);
    };
    // "ﬁ" (U+FB01) and "fi" set as a ligature are one glyph, standing for the characters of its own run.
    const mixed = 'The ﬁnal word on financial matters.';
    const first = await render(mixed);
    await render('Financial figures, filed first.');
    const after = await render(mixed);
    expect(after.equals(first)).toBe(true);
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'casebrief-fonts-')), 'mixed.pdf');
    writeFileSync(file, after);
    expect(popplerPages(file).join(' ')).toMatch(/The ﬁnal word on (ﬁ|fi)nancial matters\./);
  });
});
