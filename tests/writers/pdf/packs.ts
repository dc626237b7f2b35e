import { loadAll } from '../../../src/pack/load-all.js';
import { composePack, type PackDocuments } from '../../../src/pack/build-pack.js';
import { settingsFrom } from '../../../src/pipeline.js';

/** Milan–Shanghai and the three invented test partnerships, in pack order. */
export const PACK_FILES = [
  'data/milan-shanghai.yaml',
  'tests/fixtures/pack/bonn-chengdu.yaml',
  'tests/fixtures/pack/lyon-guangzhou.yaml',
  'tests/fixtures/pack/turin-shenzhen.yaml',
];

export const PACK_TITLE = 'Mission to Shanghai, May 2027';

/** The documents of the fixture pack, as `casebrief pack` composes them. */
export async function fixturePack(lang = 'en', deck = false): Promise<PackDocuments> {
  const studies = await loadAll(PACK_FILES);
  const settings = await settingsFrom({ formats: deck ? ['pdf', 'pptx'] : ['pdf'], lang, asOf: '2026-11-29' });
  return composePack(studies, PACK_TITLE, settings, deck);
}

/** One link of the table of contents: its named destination, the page it leads to and the row it sits on. */
export interface ContentsLink {
  dest: string;
  /** 1-based page the destination is on. */
  target: number;
  /** Baseline-ish y of the link's rectangle, to find the row's text. */
  y: number;
}

/** What the pack tests read back with pdf.js: text per page, text rows, links and the outline tree. */
export interface ReadPack {
  pages: string[];
  /** Text items of each page grouped into rows (same y), left to right. */
  rows: string[][][];
  links: { page: number; link: ContentsLink }[];
  outline: OutlineTree[];
}

/** A bookmark and the ones under it. */
export interface OutlineTree {
  title: string;
  items: OutlineTree[];
}

/** Reads a pack with pdf.js the way a viewer does: named destinations resolved to pages. */
export async function readPack(bytes: Uint8Array): Promise<ReadPack> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  const rows: string[][][] = [];
  const links: ReadPack['links'] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const items = (await page.getTextContent()).items.flatMap((it) =>
      'str' in it && it.str.trim() ? [{ str: it.str, x: it.transform[4] as number, y: it.transform[5] as number }] : [],
    );
    pages.push(items.map((it) => it.str).join('\n'));
    const byY = new Map<number, typeof items>();
    for (const it of items) byY.set(Math.round(it.y), [...(byY.get(Math.round(it.y)) ?? []), it]);
    rows.push([...byY.entries()].sort((a, b) => b[0] - a[0]).map(([, r]) => r.sort((a, b) => a.x - b.x).map((it) => it.str)));
    for (const a of (await page.getAnnotations()) as { subtype: string; dest?: unknown; rect: number[] }[]) {
      if (a.subtype !== 'Link' || typeof a.dest !== 'string') continue;
      const dest = (await doc.getDestination(a.dest)) as [{ num: number; gen: number }, ...unknown[]];
      links.push({ page: i, link: { dest: a.dest, target: (await doc.getPageIndex(dest[0])) + 1, y: a.rect[1]! } });
    }
  }
  const tree = (nodes: { title: string; items: unknown[] }[] | null): OutlineTree[] =>
    (nodes ?? []).map((n) => ({ title: n.title, items: tree(n.items as { title: string; items: unknown[] }[]) }));
  const outline = tree((await doc.getOutline()) as { title: string; items: unknown[] }[] | null);
  await doc.destroy();
  return { pages, rows, links, outline };
}
