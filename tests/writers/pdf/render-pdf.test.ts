import { describe, expect, it } from 'vitest';
import { inlineText } from '../../../src/model/document.js';
import { renderPdf } from '../../../src/writers/pdf/render-pdf.js';
import { milanShanghaiBrief } from './briefs.js';
import { bodyText, readPdf, skeleton } from './pdf-text.js';

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');
const EPOCH = 1_764_374_400;

describe('renderPdf on the Milan–Shanghai brief', async () => {
  const doc = await milanShanghaiBrief();
  const result = await renderPdf(doc, { sourceDateEpoch: EPOCH });
  const read = await readPdf(result.bytes);
  const pages = read.pages;

  it('gives back every source paragraph as text, in order', () => {
    const body = skeleton(bodyText(pages, doc.header));
    const sources = doc.blocks.flatMap((b) => (b.type === 'paragraph' && b.source ? [skeleton(inlineText(b.children))] : []));
    expect(sources).toHaveLength(8);
    let from = 0;
    for (const p of sources) {
      const at = body.indexOf(p, from);
      expect(at, p.slice(0, 40)).toBeGreaterThanOrEqual(from);
      from = at + p.length;
    }
  });

  it('draws the cover, the local names and the tagline', () => {
    expect(pages[0]).toContain('Milan (Italy) and Shanghai');
    expect(skeleton(pages[0]!)).toContain(skeleton('Milan · Milano · 米兰 — Italy'));
    expect(skeleton(pages[0]!)).toContain(skeleton('Partnership since 3 July 1979 · 47 years'));
  });

  it('puts the running header and page footer on every page after the first', () => {
    expect(pages.length).toBeGreaterThan(1);
    expect(pages[0]).not.toContain('Page 1 of');
    pages.slice(1).forEach((text, i) => {
      expect(text).toContain(doc.header);
      expect(text).toContain(`Page ${i + 2} of ${pages.length}`);
    });
  });

  it('has no warnings for a brief all of whose characters have glyphs', () => {
    expect(result.warnings).toEqual([]);
  });

  it('writes Info metadata with casebrief as creator', () => {
    expect(read.info).toMatchObject({
      Title: doc.meta.title,
      Author: doc.meta.author,
      Subject: doc.meta.subject,
      Keywords: doc.meta.keywords.join(', '),
      Creator: 'casebrief',
      CreationDate: 'D:20251129000000Z',
      ModDate: 'D:20251129000000Z',
    });
  });

  it('bookmarks the title and every level-2 heading under it', () => {
    const h2 = doc.blocks.flatMap((b) => (b.type === 'heading' && b.level === 2 ? [inlineText(b.children)] : []));
    expect(read.outline).toEqual([doc.meta.title, ...h2.map((t) => `  ${t}`)]);
  });

  it('is tagged, with language, alt text for the timeline, and no JavaScript or launch actions', () => {
    const pdf = latin1(result.bytes);
    expect(pdf).toContain('/Lang (en)');
    expect(pdf).toContain('/Marked true');
    expect(pdf).toContain('/DisplayDocTitle true');
    expect(pdf).toMatch(/\/S \/Figure\s*\/Alt \(Timeline/);
    expect(pdf).toMatch(/\/S \/Span\s*\/Lang \(zh\)/);
    expect(pdf).not.toMatch(/\/JavaScript|\/JS\b|\/Launch/);
  });

  it('renders byte for byte the same twice with a fixed source date', async () => {
    const again = await renderPdf(doc, { sourceDateEpoch: EPOCH });
    expect(Buffer.compare(Buffer.from(again.bytes), Buffer.from(result.bytes))).toBe(0);
  });

  it('stamps the current time without a source date', async () => {
    const now = await readPdf((await renderPdf(doc, {})).bytes);
    expect(String(now.info.CreationDate)).toMatch(new RegExp(`^D:${new Date().getUTCFullYear()}`));
  });

  it('sets US letter pages when asked', async () => {
    const letter = await renderPdf(doc, { paper: 'letter', sourceDateEpoch: 0 });
    expect(latin1(letter.bytes)).toContain('/MediaBox [0 0 612 792]');
  });
});
