import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../../src/writers/pdf/render-pdf.js';
import { openedFaces } from '../../../src/writers/pdf/font-set.js';
import { MIXED_SENTENCES, brief, mixedScriptBrief, para } from './briefs.js';
import { bodyText, readPdf, skeleton } from './pdf-text.js';

describe('a brief mixing Chinese, Latin accents, guillemets and curly quotes', async () => {
  const doc = mixedScriptBrief();
  const result = await renderPdf(doc, { sourceDateEpoch: 0 });
  const text = skeleton(bodyText((await readPdf(result.bytes)).pages, doc.header));

  it('has a glyph for every character', () => {
    expect(result.warnings).toEqual([]);
    expect(openedFaces()).toContain('cjk');
  });

  it('gives every sentence back, in reading order', () => {
    let from = 0;
    for (const sentence of MIXED_SENTENCES) {
      const at = text.indexOf(skeleton(sentence), from);
      expect(at, sentence).toBeGreaterThanOrEqual(from);
      from = at;
    }
    expect(text).toContain(skeleton('粗体 bold and corsivo'));
  });

  it('tags Chinese runs and marked spans with their language', () => {
    const pdf = Buffer.from(result.bytes).toString('latin1');
    expect(pdf).toMatch(/\/S \/Span\s*\/Lang \(zh\)/);
    expect(pdf).toMatch(/\/S \/Span\s*\/Lang \(it\)/);
  });

  it('names a character no font covers, and where it is', async () => {
    const odd = await renderPdf(brief([para('Greetings from Milan \u{1F600} and Shanghai')]), { sourceDateEpoch: 0 });
    expect(odd.warnings).toHaveLength(1);
    expect(odd.warnings[0]!.code).toBe('pdf-missing-glyph');
    expect(odd.warnings[0]!.message).toContain('U+1F600');
    expect(odd.warnings[0]!.message).toContain('paragraph "Greetings from Milan');
  });
});
