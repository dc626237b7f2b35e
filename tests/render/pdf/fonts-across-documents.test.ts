import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadCaseStudy } from '../../../src/load/load-case-study.js';
import { prepareTemplates, renderCaseStudy } from '../../../src/pipeline.js';
import { sampleText, tempFile } from '../../helpers/case-study.js';
import { popplerPages } from '../../helpers/extract.js';

describe('fonts parsed once and used for many documents (batch, watch, tests)', () => {
  it('keep the text of every glyph: a bold period set after other documents still reads as "."', async () => {
    const templates = await prepareTemplates();
    const dir = mkdtempSync(path.join(os.tmpdir(), 'casebrief-fonts-'));
    const texts: string[] = [];
    for (const [i, heading] of ['x', 'B. B', 'A. A'].entries()) {
      const doc = parse(sampleText()) as { sections: { heading: string }[] };
      doc.sections[1]!.heading = heading;
      const study = await loadCaseStudy(tempFile('case.yaml', stringify(doc)));
      const { files } = await renderCaseStudy(study, { outDir: dir, formats: ['pdf'], templates, lang: 'en', asOf: '2026-11-29' });
      const file = path.join(dir, `${i}.pdf`);
      writeFileSync(file, files[0]!.bytes);
      texts.push(popplerPages(file).join('\n'));
    }
    expect(texts[1]).toMatch(/^B\. B$/m);
    expect(texts[2]).toMatch(/^A\. A$/m);
  });
});
