import { inlineText, type BriefDocument, type PackDocument, type Warning } from '../../model/document.js';
import { layoutBrief, mergeItems, usedFaces, type BriefLayout } from './build-plan.js';
import { columnContext, type LayoutContext, type PageBrand, type StructureBuilder } from './flow.js';
import { graftChapter } from './graft-chapter.js';
import { layoutContents, type ContentsEntry } from './layout-contents.js';
import { layoutPackCover } from './layout-pack-cover.js';
import type { Measurer } from './measure.js';
import { bareFooter, pageFurniture } from './page-furniture.js';
import { pageGeometry, type PageGeometry } from './page-geometry.js';
import { paginate, type PaginatedPage } from './paginate.js';
import type { LayoutPlan, PlanItem, PlanPage } from './plan.js';
import { hasCjk } from './scripts.js';

/** A pack's plan, where each chapter starts (1-based page numbers) and what could not be done as asked. */
export interface PackPlanResult {
  plan: LayoutPlan;
  chapterStarts: number[];
  /** Pages the table of contents takes. */
  contentsPages: number;
  warnings: Warning[];
}

/** The anchor (named destination) of a chapter's first page. */
export const chapterAnchor = (index: number): string => `chapter-${index + 1}`;

/**
 * Plans a briefing pack: a cover page, the table of contents, then each chapter laid out as its
 * brief would be, with running headers naming the chapter and page numbers over the whole pack.
 * The contents are laid out again until the page count they assume is the one they take.
 */
export function buildPackPlan(pack: PackDocument, paper: 'a4' | 'letter' | undefined, measurer: Measurer, brand?: PageBrand): PackPlanResult {
  const geo = pageGeometry(paper);
  const warnings: Warning[] = [];
  const chapters = pack.chapters.map((chapter) => layoutBrief(chapter, geo, measurer, warnings, brand));
  let guess = 1;
  let front = layoutFront(pack, chapters, guess, geo, measurer, brand);
  for (let tries = 0; front.contentsPages !== guess && tries < 5; tries++) {
    guess = front.contentsPages;
    front = layoutFront(pack, chapters, guess, geo, measurer, brand);
  }
  // Page numbers have a column of fixed width, so the second pass agrees with itself.
  if (front.contentsPages !== guess) throw new Error(`the contents take ${front.contentsPages} pages laid out for ${guess}`);
  const { structure, ctx } = front;
  const furnished: PlanPage[] = [];
  const total = 1 + front.contentsPages + chapters.reduce((n, c) => n + c.pages.length, 0);
  const add = (page: PaginatedPage, furniture: 'none' | 'footer' | 'both', doc: Pick<BriefDocument, 'header' | 'labels'>, pageCtx: LayoutContext) => {
    const number = furnished.length + 1;
    const f = furniture === 'none' ? undefined : pageFurniture({ header: doc.header, labels: pack.labels }, number, total, geo, pageCtx);
    const bare = f ? undefined : bareFooter(geo, pageCtx);
    const items: PlanItem[] = f ? [...(furniture === 'both' ? [f.header] : []), ...page.items, f.footer] : bare ? [...page.items, bare] : page.items;
    furnished.push({ number, items: mergeItems(items), outline: page.outline });
    return furnished.at(-1)!;
  };
  front.pages.forEach((page, i) => add(page, i === 0 ? 'none' : 'both', pack, ctx));
  // After the pack's own pages are furnished: a running header cut short warns into this context too.
  warnings.push(...ctx.warnings);
  const chapterStarts: number[] = [];
  chapters.forEach((layout, c) => {
    const grafted = graftChapter(layout, structure);
    // The chapter's cover band fills the top of its first page, where a header would go.
    grafted.forEach((page, i) => {
      const planned = add(page, i === 0 ? 'footer' : 'both', pack.chapters[c]!, layout.ctx);
      if (i === 0) {
        planned.anchors = [{ name: chapterAnchor(c), top: 0 }];
        chapterStarts.push(planned.number);
      }
    });
  });
  if (furnished.length !== total) throw new Error(`pack plan has ${furnished.length} pages, expected ${total}`);
  return {
    plan: { width: geo.width, height: geo.height, pages: furnished, structure: structure.elements, faces: usedFaces(furnished) },
    chapterStarts,
    contentsPages: front.contentsPages,
    warnings,
  };
}

interface Front {
  pages: PaginatedPage[];
  contentsPages: number;
  structure: StructureBuilder;
  ctx: LayoutContext;
}

// Cover and contents, numbering chapters as if the contents took `contentsPages` pages.
function layoutFront(pack: PackDocument, chapters: BriefLayout[], contentsPages: number, geo: PageGeometry, measurer: Measurer, brand?: PageBrand): Front {
  const titles = pack.chapters.map(chapterTitle);
  // Each pass lays the contents out again: keep only the last pass's warnings.
  const ctx = columnContext(geo, measurer, pack.meta.lang, [...packStrings(pack), ...titles].some(hasCjk), [], brand);
  const structure = ctx.structure;
  const cover = layoutPackCover(pack.cover, ctx, geo.height);
  let page = 2 + contentsPages;
  const entries: ContentsEntry[] = chapters.map((layout, i) => {
    const entry = { title: titles[i]!, page, anchor: chapterAnchor(i) };
    page += layout.pages.length;
    return entry;
  });
  const contents = layoutContents(pack.labels.contents, entries, ctx).map((b) => (b.outline ? { ...b, outline: { ...b.outline, level: 2 as const } } : b));
  const frame = { top: geo.margin.top, firstTop: geo.margin.top, bottom: geo.height - geo.margin.bottom };
  const coverPage = paginate([cover], { ...frame, firstTop: 0 }, ctx.warnings);
  const contentsPagesLaid = paginate(contents, frame, ctx.warnings);
  return { pages: [...coverPage, ...contentsPagesLaid], contentsPages: contentsPagesLaid.length, structure, ctx };
}

function chapterTitle(chapter: BriefDocument): string {
  const cover = chapter.blocks.find((b) => b.type === 'cover');
  return cover?.type === 'cover' ? inlineText(cover.title) : chapter.meta.title;
}

function packStrings(pack: PackDocument): string[] {
  const cover = [inlineText(pack.cover.title), ...pack.cover.subtitle.map(inlineText), inlineText(pack.cover.tagline)];
  return [...cover, pack.header, pack.labels.contents, pack.labels.pageOf];
}
