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
  kind: 'cover' | 'heading' | 'paragraph' | 'list' | 'key-facts' | 'key-figures' | 'timeline' | 'image' | 'contents';
  rows: FlowRow[];
  spaceBefore: number;
  spaceAfter: number;
  /** Headings stay on the page of what follows them. */
  keepWithNext: boolean;
  /** Fewest rows allowed on either side of a page break inside the block; Infinity: never split. */
  minSplit: number;
  outline?: { title: string; level: 1 | 2 };
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
  docLang: string;
  cjkOpen: boolean;
  warnings: Warning[];
  structure: StructureBuilder;
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
    }
  });
}

/**
 * A layout context for a document's text column, with a fresh structure tree whose root
 * is the Document element in the document's language.
 */
export function columnContext(geo: PageGeometry, measurer: Measurer, lang: string, cjkOpen: boolean, warnings: Warning[]): LayoutContext {
  const structure = new StructureBuilder();
  structure.add('Document', null, { lang });
  return {
    measurer,
    x: geo.margin.left,
    width: geo.width - geo.margin.left - geo.margin.right,
    pageWidth: geo.width,
    docLang: lang,
    cjkOpen,
    warnings,
    structure,
  };
}
