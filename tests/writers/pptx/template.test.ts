import { readFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCaseStudy, renderCaseStudy } from '../../../src/index.js';

/**
 * The Milan–Shanghai deck built inside four templates LibreOffice made (tests/fixtures/templates,
 * see make.mjs there): the template's parts kept as they are, its sample slides gone, every slide
 * on one of its layouts with its text in the layouts' placeholders. check-pptx's verdict on the
 * same decks is in template-check.test.ts.
 */

const TEMPLATES = ['metropolis-logo', 'vivid-italian', 'debian-4x3', 'candy-many-masters'] as const;

const decks = new Map<string, { template: JSZip; deck: JSZip; bytes: Uint8Array; warnings: string[] }>();

const text = async (zip: JSZip, name: string) => (await zip.file(name)?.async('string')) ?? '';
const names = (zip: JSZip, pattern: RegExp) => Object.keys(zip.files).filter((n) => pattern.test(n));

beforeAll(async () => {
  const study = await loadCaseStudy('data/milan-shanghai.yaml');
  for (const name of TEMPLATES) {
    const file = path.join('tests', 'fixtures', 'templates', `${name}.potx`);
    const out = await renderCaseStudy(study, { formats: ['pptx'], deckTemplate: file, sourceDateEpoch: 1_700_000_000 });
    const bytes = out.files[0]!.bytes;
    decks.set(name, { template: await JSZip.loadAsync(readFileSync(file)), deck: await JSZip.loadAsync(bytes), bytes, warnings: out.warnings.map((w) => w.message) });
  }
}, 120_000);

describe.each(TEMPLATES)('the Milan–Shanghai deck in %s.potx', (name) => {
  it('keeps the slide size, masters, layouts, themes and pictures of the template as they are', async () => {
    const { template, deck } = decks.get(name)!;
    const size = (xml: string) => /<p:sldSz [^>]*>/.exec(xml)?.[0];
    expect(size(await text(deck, 'ppt/presentation.xml'))).toBe(size(await text(template, 'ppt/presentation.xml')));
    const kept = names(template, /^ppt\/(slideMasters|slideLayouts|theme)\/(_rels\/)?[^/]+\.(xml|rels)$/);
    expect(kept.length).toBeGreaterThan(3);
    for (const part of kept) expect(await text(deck, part), part).toBe(await text(template, part));
    // Every picture a master or layout shows (logos, backgrounds) is there, byte for byte.
    const rels = await Promise.all(names(template, /^ppt\/(slideMasters|slideLayouts)\/_rels\//).map((n) => text(template, n)));
    const pictures = new Set(rels.flatMap((r) => [...r.matchAll(/Target="\.\.\/media\/([^"]+)"/g)].map((m) => `ppt/media/${m[1]}`)));
    for (const picture of pictures) expect(await deck.file(picture)?.async('base64'), picture).toBe(await template.file(picture)!.async('base64'));
  });

  it('has none of the sample slides, and is a presentation (not a template)', async () => {
    const { template, deck } = decks.get(name)!;
    const sampleText = (await Promise.all(names(template, /^ppt\/slides\/slide\d+\.xml$/).map((n) => text(template, n)))).flatMap((xml) =>
      [...xml.matchAll(/<a:t>([^<]{12,})<\/a:t>/g)].map((m) => m[1]!),
    );
    const slides = await Promise.all(names(deck, /^ppt\/slides\/slide\d+\.xml$/).map((n) => text(deck, n)));
    for (const sample of sampleText) for (const slide of slides) expect(slide).not.toContain(sample);
    expect(await text(deck, '[Content_Types].xml')).toContain('presentationml.presentation.main+xml');
    expect(await text(deck, '[Content_Types].xml')).not.toContain('template.main+xml');
  });

  it('puts every slide on a layout of the template, its title in the title placeholder and its text in body placeholders', async () => {
    const { template, deck } = decks.get(name)!;
    const layouts = new Set(names(template, /^ppt\/slideLayouts\/slideLayout\d+\.xml$/));
    const slides = names(deck, /^ppt\/slides\/slide\d+\.xml$/);
    expect(slides.length).toBeGreaterThanOrEqual(10);
    let bodies = 0;
    for (const slide of slides) {
      const rels = await text(deck, slide.replace('slides/', 'slides/_rels/').replace(/$/, '.rels'));
      const layout = /Target="\.\.\/slideLayouts\/([^"]+)"/.exec(rels)?.[1];
      expect(layouts.has(`ppt/slideLayouts/${layout}`), `${slide} on ${layout}`).toBe(true);
      const xml = await text(deck, slide);
      expect(xml, slide).toMatch(/<p:ph type="(?:title|ctrTitle)"\/>.*?<a:t>[^<]+<\/a:t>/);
      if (/<p:ph(?: type="(?:body|obj|subTitle)")?(?: idx="[^"]*")?\/>/.test(xml)) bodies++;
    }
    // Text slides carry their text in the layout's body placeholders (outline view, Reset slide).
    expect(bodies).toBeGreaterThanOrEqual(6);
  });

  it('is byte for byte the same when built again', async () => {
    const study = await loadCaseStudy('data/milan-shanghai.yaml');
    const again = await renderCaseStudy(study, { formats: ['pptx'], deckTemplate: path.join('tests', 'fixtures', 'templates', `${name}.potx`), sourceDateEpoch: 1_700_000_000 });
    expect(Buffer.from(again.files[0]!.bytes).equals(Buffer.from(decks.get(name)!.bytes))).toBe(true);
  });
});

describe('fonts of a template', () => {
  it('names a font with no metric-compatible stand-in in a warning', () => {
    expect(decks.get('vivid-italian')!.warnings.join('\n')).toMatch(/the template's font "Source Sans Pro" has no metric-compatible stand-in/);
    expect(decks.get('debian-4x3')!.warnings.join('\n')).not.toMatch(/stand-in/);
  });
});
