import type { VectorLogo } from '../../brand/svg-logo.js';
import type { PdfFace } from './font-set.js';

/**
 * The layout plan: pages of positioned marks, computed before pdfkit is touched.
 * Coordinates are PDF points from the page's top-left corner, y growing down.
 */

/** A run of text in one face, drawn from its baseline. */
export interface TextMark {
  kind: 'text';
  x: number;
  /** Baseline. */
  y: number;
  text: string;
  face: PdfFace;
  size: number;
  colour: string;
  /** Measured advance width of `text`. */
  width: number;
  /** Language of this run when it differs from its block's (tagged as a Span). */
  lang?: string;
  /** A URL, or `#name` for a named destination in this document. */
  link?: string;
}

/** A filled and/or stroked rectangle. */
export interface RectMark {
  kind: 'rect';
  x: number;
  y: number;
  w: number;
  h: number;
  fill?: string;
  stroke?: string;
  lineWidth?: number;
}

/** A straight stroke. */
export interface LineMark {
  kind: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  colour: string;
  width: number;
}

/** A circle (timeline dots). */
export interface CircleMark {
  kind: 'circle';
  cx: number;
  cy: number;
  r: number;
  fill?: string;
  stroke?: string;
  lineWidth?: number;
}

/** A PNG or JPEG picture scaled into a box. */
export interface ImageMark {
  kind: 'image';
  x: number;
  y: number;
  w: number;
  h: number;
  /** The picture's bytes (PNG or JPEG). */
  data: Uint8Array;
  /** A vector logo (a theme's SVG, read into shapes), drawn instead of `data`. */
  vector?: VectorLogo;
}

/** A polygon or polyline through points (chart lines, pie slices, outlines), filled and/or stroked. */
export interface PathMark {
  kind: 'path';
  points: readonly (readonly [number, number])[];
  /** Joins the last point to the first (a shape); false for a line through the points. */
  closed: boolean;
  fill?: string;
  stroke?: string;
  lineWidth?: number;
}

/** Anything drawn on a page. */
export type Mark = TextMark | RectMark | LineMark | CircleMark | ImageMark | PathMark;

/** Standard structure types we emit (PDF 1.7, 14.8.4). */
export type StructType =
  | 'Document'
  | 'H1'
  | 'H2'
  | 'H3'
  | 'P'
  | 'L'
  | 'LI'
  | 'Lbl'
  | 'LBody'
  | 'Table'
  | 'TR'
  | 'TH'
  | 'TD'
  | 'Caption'
  | 'Figure'
  | 'Sect'
  | 'Div'
  | 'Part'
  | 'TOC'
  | 'TOCI'
  | 'Reference';

/** One element of the structure tree; `parent` is another element's id or null for the root. */
export interface StructElement {
  id: number;
  type: StructType;
  parent: number | null;
  alt?: string;
  lang?: string;
  /** Table header scope, for `TH`. */
  scope?: 'Row' | 'Column';
}

/** Marks that belong to one structure element, or to no content (`artifact`). */
export interface PlanItem {
  /** Structure element id, or 'artifact' for decoration, page furniture and backgrounds. */
  tag: number | 'artifact';
  /** Artifact subtype, e.g. running header/footer. */
  artifact?: 'Pagination' | 'Layout';
  marks: Mark[];
}

/** An outline (bookmark) entry placed on a page. */
export interface OutlineEntry {
  title: string;
  /** Nesting depth: an entry goes under the latest entry of the level above. */
  level: 1 | 2 | 3;
  /** Top of the entry's target, in page coordinates. */
  top: number;
}

/** One page of the plan; `items` are in reading order. */
export interface PlanPage {
  number: number;
  items: PlanItem[];
  outline: OutlineEntry[];
  /** Named destinations on this page, the targets of internal links (`#name`). */
  anchors?: { name: string; top: number }[];
}

/** The whole plan. */
export interface LayoutPlan {
  width: number;
  height: number;
  pages: PlanPage[];
  structure: StructElement[];
  /** Faces the plan draws with (the CJK face only when some text needs it). */
  faces: PdfFace[];
}
