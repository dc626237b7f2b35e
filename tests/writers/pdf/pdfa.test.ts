import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../../src/writers/pdf/render-pdf.js';
import { brief, h2, para } from './briefs.js';

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

describe('PDF/A output', async () => {
  const doc = brief([h2('Archive & keep'), para('Text with <angle> & ampersand in the title and body.')]);
  doc.meta.title = 'Milan & Shanghai <brief>';
  const yaml = new TextEncoder().encode('id: test\ntitle: Test\n');
  const attachments = [{ name: 'case.yaml', mimeType: 'application/yaml', description: 'Case study source', bytes: yaml }];
  const pdf = latin1((await renderPdf(doc, { pdfa: true, sourceDateEpoch: 86_400, attachments })).bytes);

  it('claims PDF/A-3b in well-formed XMP that matches the Info dictionary', () => {
    expect(pdf).toContain('<pdfaid:part>3</pdfaid:part>');
    expect(pdf).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
    expect(pdf).toContain('<rdf:li xml:lang="x-default">Milan &amp; Shanghai &lt;brief&gt;</rdf:li>');
    expect(pdf).toContain('<xmp:CreateDate>1970-01-02T00:00:00Z</xmp:CreateDate>');
    expect(pdf).toContain('<xmp:ModifyDate>1970-01-02T00:00:00Z</xmp:ModifyDate>');
    expect(pdf).toContain('<pdf:Keywords>test</pdf:Keywords>');
  });

  it('adds an sRGB output intent', () => {
    expect(pdf).toMatch(/\/S \/GTS_PDFA1/);
    expect(pdf).toContain('/OutputConditionIdentifier (sRGB IEC61966-2.1)');
  });

  it('embeds attachments as associated source files of the document', () => {
    expect(pdf).toMatch(/\/AFRelationship \/Source/);
    expect(pdf).toContain('/UF (case.yaml)');
    expect(pdf).toMatch(/\/Subtype \/application#2[fF]yaml/);
    expect(pdf).toMatch(/\/Type \/Catalog[\s\S]*?\/AF \[/);
  });

  it('makes no PDF/A claim unless asked', async () => {
    const plain = latin1((await renderPdf(doc, { sourceDateEpoch: 86_400 })).bytes);
    expect(plain).not.toContain('pdfaid');
    expect(plain).not.toContain('GTS_PDFA1');
  });
});
