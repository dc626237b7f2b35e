import { spawnSync } from 'node:child_process';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { DeckDocument } from '../../../src/model/document.js';
import { renderPptx } from '../../../src/writers/pptx/render-pptx.js';
import type { RenderResult } from '../../../src/writers/render-options.js';
import { CHINESE_PARAGRAPH, longCaseStudyDeck, milanShanghaiDeck } from './long-case-study.js';

const EPOCH = 1_700_000_000;

async function parts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const entry of Object.values(zip.files)) if (!entry.dir && /\.(xml|rels)$/.test(entry.name)) out.set(entry.name, await entry.async('string'));
  return out;
}

/** Text of each paragraph of a notes slide's body placeholder. */
function notesParagraphs(xml: string): string[] {
  const body = /<p:ph type="body" idx="1"\/>[\s\S]*?<p:txBody>([\s\S]*?)<\/p:txBody>/.exec(xml)?.[1] ?? '';
  return [...body.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map((m) => [...m[1]!.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((t) => t[1]).join('')).filter(Boolean);
}

const unescapeXml = (s: string): string =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

describe('the written Milan–Shanghai deck', () => {
  let doc: DeckDocument;
  let result: RenderResult;
  let xml: Map<string, string>;
  beforeAll(async () => {
    doc = await milanShanghaiDeck();
    result = await renderPptx(doc, { sourceDateEpoch: EPOCH });
    xml = await parts(result.bytes);
  });

  it('carries every paragraph of a section in its notes, one notes paragraph each', () => {
    const sections = doc.slides.filter((s) => s.layout === 'content');
    const slides = [...xml.keys()]
      .filter((k) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(k))
      .sort((a, b) => Number(/(\d+)\.xml/.exec(a)![1]) - Number(/(\d+)\.xml/.exec(b)![1]));
    const notes = slides.map((k) => notesParagraphs(xml.get(k)!).map(unescapeXml));
    for (const section of sections) expect(notes).toContainEqual(section.notes);
  });

  it('names Calibri for Latin and Microsoft YaHei for East Asian text, with lang on every run', () => {
    const slide = xml.get('ppt/slides/slide3.xml')!;
    expect(slide).toContain('<a:latin typeface="Calibri"');
    expect(slide).toContain('<a:ea typeface="Microsoft YaHei"');
    expect(slide).not.toMatch(/<a:ea typeface="Calibri"/);
    const runs = [...slide.matchAll(/<a:rPr ([^>]*)>/g)].map((m) => m[1]!);
    expect(runs.length).toBeGreaterThan(3);
    for (const r of runs) expect(r).toMatch(/lang="[a-zA-Z-]+"/);
    expect(slide).toContain('lang="en"');
  });

  it('puts notesMasterIdLst before sldIdLst, as the schema orders them', () => {
    const pres = xml.get('ppt/presentation.xml')!;
    expect(pres.indexOf('<p:notesMasterIdLst>')).toBeGreaterThan(pres.indexOf('</p:sldMasterIdLst>'));
    expect(pres.indexOf('<p:notesMasterIdLst>')).toBeLessThan(pres.indexOf('<p:sldIdLst>'));
  });

  it('types each part once and no part that is missing', () => {
    const types = xml.get('[Content_Types].xml')!;
    const overrides = [...types.matchAll(/PartName="\/([^"]+)"/g)].map((m) => m[1]!);
    expect(new Set(overrides).size).toBe(overrides.length);
    for (const name of overrides) expect(xml.has(name), name).toBe(true);
    expect(overrides).toContain('ppt/theme/theme2.xml');
    expect(xml.get('ppt/notesMasters/_rels/notesMaster1.xml.rels')).toContain('../theme/theme2.xml');
  });

  it('keeps one pPr per paragraph and unique shape ids per slide', () => {
    for (const [name, part] of xml) {
      if (!/^ppt\/slides\/slide\d+\.xml$/.test(name)) continue;
      for (const p of part.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)) expect((p[1]!.match(/<a:pPr\b/g) ?? []).length, name).toBeLessThanOrEqual(1);
      const ids = [...part.matchAll(/<p:cNvPr id="(\d+)"/g)].map((m) => m[1]);
      expect(new Set(ids).size, name).toBe(ids.length);
    }
  });

  it('defines one master layout per slide layout, with the footer and slide number on light ones', () => {
    const layouts = [...xml.keys()].filter((k) => /^ppt\/slideLayouts\/slideLayout\d+\.xml$/.test(k)).map((k) => xml.get(k)!);
    const content = layouts.find((l) => l.includes('name="casebrief-content"'))!;
    expect(content).toContain(doc.footer);
    expect(content).toContain('type="sldNum"');
    for (const layout of ['title', 'section', 'content', 'two-column', 'key-figures', 'timeline', 'closing'])
      expect(
        layouts.some((l) => l.includes(`name="casebrief-${layout}"`)),
        layout,
      ).toBe(true);
  });

  it('writes the metadata and the source date into core.xml', () => {
    const core = xml.get('docProps/core.xml')!;
    expect(core).toContain('<dc:title>Milan (Italy) and Shanghai</dc:title>');
    expect(core).toContain(`<dc:creator>${doc.meta.author}</dc:creator>`);
    expect(core).toContain('<dc:language>en</dc:language>');
    expect(core).toContain(new Date(EPOCH * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z'));
    expect(result.warnings).toEqual([]);
  });

  it('builds byte-identical files from the same source date, compressed', async () => {
    const again = await renderPptx(doc, { sourceDateEpoch: EPOCH });
    expect(Buffer.from(again.bytes).equals(Buffer.from(result.bytes))).toBe(true);
    const later = await renderPptx(doc, { sourceDateEpoch: EPOCH + 86_400 });
    expect(Buffer.from(later.bytes).equals(Buffer.from(result.bytes))).toBe(false);
    expect(result.bytes.length).toBeLessThan(80_000);
  });

  it('builds the same bytes when renders run at once', async () => {
    const long = await longCaseStudyDeck();
    const alone = await renderPptx(long, { sourceDateEpoch: EPOCH });
    const together = await Promise.all([renderPptx(doc, { sourceDateEpoch: EPOCH }), renderPptx(long, { sourceDateEpoch: EPOCH }), renderPptx(doc, { sourceDateEpoch: EPOCH })]);
    expect(Buffer.from(together[0]!.bytes).equals(Buffer.from(result.bytes))).toBe(true);
    expect(Buffer.from(together[1]!.bytes).equals(Buffer.from(alone.bytes))).toBe(true);
    expect(Buffer.from(together[2]!.bytes).equals(Buffer.from(result.bytes))).toBe(true);
  });

  it('builds the same bytes in a separate process in another time zone', () => {
    // The child renders this very document (plain data), so only the writer is compared.
    const script = `import { readFileSync } from 'node:fs';
import { renderPptx } from './src/writers/pptx/render-pptx.ts';
const r = await renderPptx(JSON.parse(readFileSync(0, 'utf8')), { sourceDateEpoch: ${EPOCH} });
process.stdout.write(Buffer.from(r.bytes).toString('base64'));`;
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      input: JSON.stringify(doc),
      encoding: 'utf8',
      maxBuffer: 16 * 2 ** 20,
      env: { ...process.env, TZ: 'Pacific/Auckland' },
    });
    expect(child.stderr).toBe('');
    expect(child.stdout).toBe(Buffer.from(result.bytes).toString('base64'));
  });

  it('leaves console and JSZip as it found them', async () => {
    const before = { log: console.log, warn: console.warn, error: console.error, info: console.info, generate: JSZip.prototype.generateAsync, load: JSZip.loadAsync };
    await renderPptx(doc, { sourceDateEpoch: EPOCH });
    expect({ log: console.log, warn: console.warn, error: console.error, info: console.info, generate: JSZip.prototype.generateAsync, load: JSZip.loadAsync }).toEqual(before);
  });
});

describe('the written long case study', () => {
  it('marks Chinese runs zh-CN, never prints, and leaves the document untouched', async () => {
    const doc = await longCaseStudyDeck();
    const before = JSON.stringify(doc);
    const spies = (['log', 'info', 'warn', 'error'] as const).map((m) => vi.spyOn(console, m));
    const result = await renderPptx(doc, { sourceDateEpoch: EPOCH });
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    spies.forEach((s) => s.mockRestore());
    expect(JSON.stringify(doc)).toBe(before);
    const xml = await parts(result.bytes);
    const slides = [...xml.entries()].filter(([k]) => /^ppt\/slides\/slide\d+\.xml$/.test(k)).map(([, v]) => v);
    const chinese = slides.find((s) => s.includes('合作领域'))!;
    expect(chinese).toMatch(/<a:rPr lang="zh-CN"[^>]*>[\s\S]*?<a:t>上海与米兰的友好关系始于1979年。<\/a:t>/);
    const notes = [...xml.entries()].filter(([k]) => k.startsWith('ppt/notesSlides/notesSlide')).map(([, v]) => v);
    expect(notes.some((n) => n.includes(`lang="zh-CN" dirty="0"/><a:t>${CHINESE_PARAGRAPH.slice(0, 10)}`))).toBe(true);
  });
});
