import { inlineText, type Block, type BriefDocument, type Warning } from '../../model/document.js';
import type { PdfFace } from './font-set.js';
import { documentStrings } from './document-text.js';
import { columnContext, type FlowBlock, type LayoutContext, type PageBrand } from './flow.js';
import { layoutCover } from './layout-cover.js';
import { layoutHeading } from './layout-heading.js';
import { layoutKeyFacts } from './layout-key-facts.js';
import { layoutKeyFigures } from './layout-key-figures.js';
import { layoutList } from './layout-list.js';
import { layoutParagraph } from './layout-paragraph.js';
import { layoutTimeline } from './layout-timeline.js';
import { layoutImage } from './layout-image.js';
import { layoutMap } from './layout-map.js';
import { layoutChart } from './layout-chart.js';
import { layoutTable } from './layout-table.js';
import type { Measurer } from './measure.js';
import { bareFooter, pageFurniture } from './page-furniture.js';
import { pageGeometry, type PageGeometry } from './page-geometry.js';
import { paginate, type PaginatedPage, type Placement } from './paginate.js';
import type { LayoutPlan, PlanItem, PlanPage, StructElement } from './plan.js';
import { hasCjk } from './scripts.js';

type Layouter<T> = (node: T, ctx: LayoutContext, prev: Block | undefined) => FlowBlock[];

// One entry per block type: a new block type fails to compile until it is laid out here.
const LAYOUT = {
  cover: (node, ctx) => layoutCover(node, ctx),
  heading: (node, ctx) => layoutHeading(node, ctx),
  paragraph: (node, ctx, prev) => layoutParagraph(node, ctx, prev),
  list: (node, ctx) => layoutList(node, ctx),
  'key-facts': (node, ctx) => layoutKeyFacts(node, ctx),
  'key-figures': (node, ctx, prev) => layoutKeyFigures(node, ctx, !repeatsHeading(node.title, prev)),
  timeline: (node, ctx, prev) => layoutTimeline(node, ctx, !repeatsHeading(node.title, prev)),
  image: (node, ctx) => layoutImage(node, ctx),
  map: (node, ctx) => layoutMap(node, ctx),
  chart: (node, ctx, prev) => layoutChart(node, ctx, !repeatsHeading(node.title, prev)),
  table: (node, ctx, prev) => layoutTable(node, ctx, !repeatsHeading(node.title, prev)),
} satisfies { [K in Block['type']]: Layouter<Extract<Block, { type: K }>> };

/** A plan plus what pagination decided, for tests. */
export interface PlanResult {
  plan: LayoutPlan;
  placements: Placement[][];
  warnings: Warning[];
}

/** A brief laid out and paginated, before running header and footer (a pack adds its own). */
export interface BriefLayout {
  pages: PaginatedPage[];
  /** Its structure tree, rooted in a `Document` element with id 0. */
  structure: StructElement[];
  ctx: LayoutContext;
}

/** Lays out a brief: measures, sets lines, paginates and adds running header and footer. Pure given the measurer. */
export function buildPlan(doc: BriefDocument, paper: 'a4' | 'letter' | undefined, measurer: Measurer, brand?: PageBrand): PlanResult {
  const geo = pageGeometry(paper);
  const warnings: Warning[] = [];
  const { pages: paginated, structure, ctx } = layoutBrief(doc, geo, measurer, warnings, brand);
  const pages = paginated.map((p, i) => {
    const furniture = i > 0 ? pageFurniture(doc, i + 1, paginated.length, geo, ctx) : undefined;
    const bare = furniture ? undefined : bareFooter(geo, ctx);
    const items = furniture ? [furniture.header, ...p.items, furniture.footer] : bare ? [...p.items, bare] : p.items;
    return { number: i + 1, items: mergeItems(items), outline: p.outline };
  });
  return {
    plan: { width: geo.width, height: geo.height, pages, structure, faces: usedFaces(pages) },
    placements: paginated.map((p) => p.placements),
    warnings,
  };
}

/** Lays out and paginates a brief's blocks; the first page starts at the top edge when it opens with a cover. */
export function layoutBrief(doc: BriefDocument, geo: PageGeometry, measurer: Measurer, warnings: Warning[], brand?: PageBrand): BriefLayout {
  const ctx = columnContext(geo, measurer, doc.meta.lang, documentStrings(doc).some(hasCjk), warnings, brand);
  const structure = ctx.structure;
  const flow = doc.blocks.flatMap((block, i) => (LAYOUT[block.type] as Layouter<Block>)(block, ctx, doc.blocks[i - 1]));
  const frame = { top: geo.margin.top, firstTop: flow[0]?.kind === 'cover' ? 0 : geo.margin.top, bottom: geo.height - geo.margin.bottom };
  return { pages: paginate(flow, frame, warnings), structure: structure.elements, ctx };
}

/** The faces a plan's pages draw with, sorted. */
export function usedFaces(pages: readonly PlanPage[]): PdfFace[] {
  const faces = new Set<PdfFace>();
  for (const page of pages) for (const item of page.items) for (const m of item.marks) if (m.kind === 'text') faces.add(m.face);
  return [...faces].sort();
}

function repeatsHeading(title: string, prev: Block | undefined): boolean {
  return prev?.type === 'heading' && inlineText(prev.children).trim() === title.trim();
}

/** Neighbouring items of one element become one marked-content sequence. */
export function mergeItems(items: PlanItem[]): PlanItem[] {
  const out: PlanItem[] = [];
  for (const item of items) {
    const last = out[out.length - 1];
    if (last && last.tag === item.tag && last.artifact === item.artifact) last.marks = [...last.marks, ...item.marks];
    else out.push({ ...item, marks: [...item.marks] });
  }
  return out;
}
