import type { VectorLogo } from '../../brand/svg-logo.js';
import type { Warning } from '../../model/document.js';
import type { Measurer } from './measure.js';
import type { PageGeometry } from './page-geometry.js';
import type { Mark, PlanItem, StructElement, StructType } from './plan.js';

/** A row of a flow block, its items positioned from the row's top; pages break only between rows. */
export interface FlowRow {
  height: number;
  items: PlanItem[];
}

/** A block of content before pagination: the paginator decides where its rows go. */
export interface FlowBlock {
  /** What the block shows, for tests and messages. */
  kind: 'cover' | 'heading' | 'paragraph' | 'list' | 'key-facts' | 'key-figures' | 'timeline' | 'image' | 'contents' | 'chart' | 'table' | 'map';
  rows: FlowRow[];
  spaceBefore: number;
  spaceAfter: number;
  /** Headings stay on the page of what follows them. */
  keepWithNext: boolean;
  /** Fewest rows allowed on either side of a page break inside the block; Infinity: never split. */
  minSplit: number;
  outline?: { title: string; level: 1 | 2 };
  /** Drawn again at the top of every further page the block continues on (a table's header row). */
  header?: FlowRow;
  /** Marks behind each page's share of the block (e.g. a timeline axis), given that share's height. */
  behind?: (height: number) => Mark[];
}

/** Everything a block layouter needs: the measurer, the column and the structure tree. */
export interface LayoutContext {
  measurer: Measurer;
  /** Left edge and width of the text column. */
  x: number;
  width: number;
  /** Page size, for full-bleed elements such as the cover band. */
  pageWidth: number;
  /** Height of the text frame of a page: the most a row can take without being cut. */
  frameHeight: number;
  docLang: string;
  cjkOpen: boolean;
  warnings: Warning[];
  structure: StructureBuilder;
  /** What a brand adds to the pages, if one is given. */
  brand?: PageBrand;
}

/** What a brand adds to the pages: its logo (on the cover and in the running header) and a footer line. */
export interface PageBrand {
  logo?: { data: Uint8Array; width: number; height: number; vector?: VectorLogo };
  footer?: string;
}

/** Collects structure elements in creation order; ids index the array. */
export class StructureBuilder {
  readonly elements: StructElement[] = [];

  /** Adds an element under `parent` (the root when omitted) and returns its id. */
  add(type: StructType, parent: number | null = 0, extra: Partial<Pick<StructElement, 'alt' | 'lang' | 'scope'>> = {}): number {
    const id = this.elements.length;
    this.elements.push({ id, type, parent: this.elements.length === 0 ? null : parent, ...extra });
    return id;
  }
}

/** Moves marks down by `dy` (rows are laid out from y = 0). */
export function shiftMarks(marks: readonly Mark[], dy: number): Mark[] {
  return marks.map((m) => {
    switch (m.kind) {
      case 'text':
      case 'rect':
      case 'image':
        return { ...m, y: m.y + dy };
      case 'line':
        return { ...m, y1: m.y1 + dy, y2: m.y2 + dy };
      case 'circle':
        return { ...m, cy: m.cy + dy };
      case 'path':
        return { ...m, points: m.points.map(([x, y]) => [x, y + dy] as const) };
    }
  });
}

/**
 * A layout context for a document's text column, with a fresh structure tree whose root
 * is the Document element in the document's language.
 */
export function columnContext(geo: PageGeometry, measurer: Measurer, lang: string, cjkOpen: boolean, warnings: Warning[], brand?: PageBrand): LayoutContext {
  const structure = new StructureBuilder();
  structure.add('Document', null, { lang });
  return {
    measurer,
    x: geo.margin.left,
    width: geo.width - geo.margin.left - geo.margin.right,
    pageWidth: geo.width,
    frameHeight: geo.height - geo.margin.top - geo.margin.bottom,
    docLang: lang,
    cjkOpen,
    warnings,
    structure,
    ...(brand ? { brand } : {}),
  };
}

/** How far a text mark reaches above and below its baseline, in ems: the tallest face's ascent and descent. */
const TEXT_REACH = { above: 1.16, below: 0.3 };

/** The vertical extent of a mark, from the row's top. */
function extent(m: Mark): { top: number; bottom: number } {
  switch (m.kind) {
    case 'text':
      return { top: m.y - TEXT_REACH.above * m.size, bottom: m.y + TEXT_REACH.below * m.size };
    case 'rect':
    case 'image':
      return { top: m.y, bottom: m.y + m.h };
    case 'line':
      return { top: Math.min(m.y1, m.y2), bottom: Math.max(m.y1, m.y2) };
    case 'circle':
      return { top: m.cy - m.r, bottom: m.cy + m.r };
    case 'path': {
      const ys = m.points.map((p) => p[1]);
      return { top: Math.min(...ys), bottom: Math.max(...ys) };
    }
  }
}

/** Marks that may be cut in two at a page break: backgrounds and vertical rules (a timeline axis). */
function cuttable(m: Mark): boolean {
  return (m.kind === 'rect' && m.h > 12) || (m.kind === 'line' && m.x1 === m.x2 && Math.abs(m.y2 - m.y1) > 12);
}

/** The part of a cuttable mark between `from` and `to`, moved up by `from`; undefined when none of it is there. */
function clip(m: Mark, from: number, to: number): Mark | undefined {
  const { top, bottom } = extent(m);
  const a = Math.max(top, from);
  const b = Math.min(bottom, to);
  if (b <= a) return undefined;
  if (m.kind === 'rect') return { ...m, y: a - from, h: b - a };
  if (m.kind === 'line') return { ...m, y1: a - from, y2: b - from };
  return undefined;
}

/**
 * Cuts a row in two at `at` points from its top, for a row taller than a page: text lines, dots and
 * pictures go whole to the part their bottom falls in, backgrounds and vertical rules are cut, and
 * the second part starts where the first mark it holds begins, so that no line is drawn above the
 * frame of the page it continues on. The first part is `at` tall.
 */
export function cutRow(row: FlowRow, at: number): [FlowRow, FlowRow] {
  // Where the rest starts: the cut, or higher up where a mark that did not fit begins.
  let restTop = at;
  for (const item of row.items) for (const m of item.marks) if (!cuttable(m) && extent(m).bottom > at) restTop = Math.min(restTop, extent(m).top);
  if (restTop <= 0) restTop = at;
  const head: PlanItem[] = [];
  const rest: PlanItem[] = [];
  for (const item of row.items) {
    const above: Mark[] = [];
    const below: Mark[] = [];
    for (const m of item.marks) {
      if (cuttable(m)) {
        const a = clip(m, 0, at);
        const b = clip(m, restTop, row.height);
        if (a) above.push(a);
        if (b) below.push(b);
      } else if (extent(m).bottom <= at) above.push(m);
      else below.push(...shiftMarks([m], -restTop));
    }
    if (above.length) head.push({ ...item, marks: above });
    if (below.length) rest.push({ ...item, marks: below });
  }
  return [
    { height: at, items: head },
    { height: row.height - restTop, items: rest },
  ];
}
