import { describe, expect, it } from 'vitest';
import { openedFaces } from '../../../src/writers/pdf/font-set.js';
import { renderPdf } from '../../../src/writers/pdf/render-pdf.js';
import { brief, h2, para } from './briefs.js';

// Its own file: the face cache lives for the process, and vitest gives each file a fresh module graph.
describe('a brief without Chinese', () => {
  it('never opens the CJK font', async () => {
    const doc = brief([h2('Città e Straße'), para('Il sindaco è stato accolto con «grande entusiasmo» – “curly” quotes.')]);
    const result = await renderPdf(doc, { sourceDateEpoch: 0 });
    expect(result.warnings).toEqual([]);
    expect(openedFaces()).not.toContain('cjk');
    expect(openedFaces()).not.toContain('cjk-bold');
    expect(Buffer.from(result.bytes).toString('latin1')).not.toMatch(/NotoSans(SC|Hans)/);
  });
});
