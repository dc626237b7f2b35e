import { describe, expect, it } from 'vitest';
import type { BriefDocument, PackDocument } from '../../../src/model/document.js';
import { fontMeasurer } from '../../../src/writers/pdf/measure.js';
import { buildPackPlan, chapterAnchor } from '../../../src/writers/pdf/plan-pack.js';
import type { PlanPage, TextMark } from '../../../src/writers/pdf/plan.js';
import { brief, h2, para } from './briefs.js';

const text = (value: string) => [{ type: 'text' as const, value }];
const LONG = 'A sentence of a test chapter that takes some room on the page and so makes chapters differ in length. ';

/** A chapter with a cover and `sections` sections of `paragraphs` paragraphs each. */
function chapter(n: number, sections: number, paragraphs = 2): BriefDocument {
  const blocks = [{ type: 'cover' as const, title: text(`Chapter city ${n} and partner`), subtitle: [text('Somewhere — Country')], tagline: [] }];
  const body = Array.from({ length: sections }, (_, s) => [h2(`Section ${s + 1} of chapter ${n}`), ...Array.from({ length: paragraphs }, () => para(LONG.repeat(6)))]);
  return { ...brief([...blocks, ...body.flat()], `Chapter city ${n} · Partnership brief`), meta: { ...brief([]).meta, title: `Chapter ${n}` } };
}

function pack(chapters: BriefDocument[]): PackDocument {
  return {
    type: 'pack',
    meta: { title: 'Test pack', author: 'Tests', subject: 'Briefing pack', keywords: [], lang: 'en' },
    labels: { pageOf: 'Page {page} of {pages}', continued: '(cont.)', contents: 'Contents', chapterOf: '{n} of {count}', chapterSources: 'Sources and links' },
    header: 'Test pack · Briefing pack',
    cover: { type: 'cover', title: text('Test pack'), subtitle: [text('Briefing pack · many partnerships')], tagline: text('As of 1 May 2027') },
    chapters,
  };
}

const pageText = (page: PlanPage) => page.items.flatMap((i) => i.marks.filter((m): m is TextMark => m.kind === 'text').map((m) => m.text)).join(' ');

/** The page numbers the contents print, per chapter anchor, read from the linked text marks. */
function printedNumbers(pages: PlanPage[], contentsPages: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const page of pages.slice(1, 1 + contentsPages)) {
    for (const item of page.items) for (const m of item.marks) if (m.kind === 'text' && m.link?.startsWith('#') && /^\d+$/.test(m.text)) out.set(m.link.slice(1), Number(m.text));
  }
  return out;
}

describe('buildPackPlan', async () => {
  const chapters = [chapter(1, 5, 3), chapter(2, 1), chapter(3, 8, 2)];
  const { plan, chapterStarts, contentsPages, warnings } = buildPackPlan(pack(chapters), 'a4', await fontMeasurer());

  it('puts the cover on page 1, the contents next and each chapter on a page of its own', () => {
    expect(contentsPages).toBe(1);
    expect(chapterStarts[0]).toBe(3);
    expect(chapterStarts).toEqual([...chapterStarts].sort((a, b) => a - b));
    expect(new Set(chapterStarts).size).toBe(3);
    expect(plan.pages.length).toBeGreaterThan(chapterStarts.at(-1)!);
    expect(warnings).toEqual([]);
  });

  it('prints in the contents the page each chapter starts on', () => {
    const printed = printedNumbers(plan.pages, contentsPages);
    chapterStarts.forEach((start, i) => {
      expect(printed.get(chapterAnchor(i))).toBe(start);
    });
  });

  it('anchors each chapter at the top of its first page, and nowhere else', () => {
    const anchored = plan.pages.flatMap((p) => (p.anchors ?? []).map((a) => [a.name, p.number, a.top]));
    expect(anchored).toEqual(chapterStarts.map((s, i) => [chapterAnchor(i), s, 0]));
  });

  it('gives chapter pages after the first the chapter’s header, first pages only the footer', () => {
    const total = plan.pages.length;
    for (const page of plan.pages.slice(1)) {
      const first = page.items[0]!;
      const last = page.items.at(-1)!;
      expect(last.artifact).toBe('Pagination');
      expect(pageText({ ...page, items: [last] })).toBe(`Page ${page.number} of ${total}`);
      const chapter = chapterStarts.filter((s) => s <= page.number).length - 1;
      if (chapter >= 0 && chapterStarts[chapter] === page.number) expect(first.artifact).not.toBe('Pagination');
      else expect(pageText({ ...page, items: [first] })).toBe(chapter < 0 ? 'Test pack · Briefing pack' : chapters[chapter]!.header);
    }
  });

  it('nests bookmarks: pack, then contents and chapters, then sections', () => {
    const entries = plan.pages.flatMap((p) => p.outline.map((o) => [o.level, o.title] as const));
    expect(entries[0]).toEqual([1, 'Test pack']);
    expect(entries[1]).toEqual([2, 'Contents']);
    expect(entries.filter(([level]) => level === 2).map(([, t]) => t)).toEqual([
      'Contents',
      'Chapter city 1 and partner',
      'Chapter city 2 and partner',
      'Chapter city 3 and partner',
    ]);
    expect(entries.filter(([level]) => level === 3)).toHaveLength(5 + 1 + 8);
  });

  it('builds one structure tree: each chapter a Part under the document, the contents a TOC of TOCIs', () => {
    const s = plan.structure;
    s.forEach((el, i) => {
      expect(el.id).toBe(i);
      if (i > 0) expect(el.parent!).toBeLessThan(i);
    });
    expect(s.filter((el) => el.type === 'Part').map((el) => el.parent)).toEqual([0, 0, 0]);
    expect(s.filter((el) => el.type === 'TOCI')).toHaveLength(3);
    const tags = plan.pages.flatMap((p) => p.items.flatMap((i) => (i.tag === 'artifact' ? [] : [i.tag])));
    for (const tag of tags) expect(s[tag], String(tag)).toBeDefined();
  });
});

describe('a pack whose contents fill several pages', async () => {
  const many = Array.from({ length: 90 }, (_, i) => chapter(i + 1, i % 3, 1));
  const { plan, chapterStarts, contentsPages } = buildPackPlan(pack(many), 'letter', await fontMeasurer());

  it('numbers chapters after all the contents pages it takes', () => {
    expect(contentsPages).toBeGreaterThan(1);
    expect(chapterStarts[0]).toBe(2 + contentsPages);
    const printed = printedNumbers(plan.pages, contentsPages);
    expect(printed.size).toBe(90);
    chapterStarts.forEach((start, i) => {
      expect(printed.get(chapterAnchor(i)), `chapter ${i + 1}`).toBe(start);
    });
  });

  it('starts every chapter with its cover title', () => {
    chapterStarts.forEach((start, i) => {
      expect(pageText(plan.pages[start - 1]!)).toContain(`Chapter city ${i + 1} and partner`);
    });
  });
});
