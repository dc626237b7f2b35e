import type { SlideLayout, Warning } from '../../model/document.js';

/**
 * The slide plan: what the deck will hold, decided before pptxgenjs is loaded.
 * Positions are in inches, type sizes in points. Every text box records the
 * size it was measured at and how many lines it takes, so tests can check the
 * fit without rendering anything.
 */

/** A run of text in one style and one language. */
export interface PlanRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** BCP 47 tag written as the run's `lang`, e.g. `en-GB` or `zh-CN`. */
  lang: string;
  /** True when the run is Chinese, Japanese or Korean script (drawn with the East Asian font). */
  eastAsian?: boolean;
  url?: string;
}

/** One paragraph of a text box. */
export interface PlanParagraph {
  runs: PlanRun[];
  /** Draw a bullet; false for plain paragraphs and for the rest of a bullet split across slides. */
  bullet: boolean;
  /** Indent like a bulleted paragraph (a list item that continues from the previous slide). */
  indent: boolean;
  /** Lines the paragraph takes at the box's font size, as measured. */
  lines: number;
}

/** Where a text box sits and how its text is set. */
export interface TextBox {
  role: 'title' | 'subtitle' | 'body' | 'aside' | 'small' | 'figure-value' | 'figure-label' | 'event-date' | 'event-label' | 'map-label';
  x: number;
  y: number;
  w: number;
  h: number;
  fontSize: number;
  /** Line pitch in points (exact line spacing). */
  lineHeight: number;
  /** Space before every paragraph but the first, in points. */
  paraSpace: number;
  paragraphs: PlanParagraph[];
  color: string;
  bold?: boolean;
  align: 'left' | 'center' | 'right';
  valign: 'top' | 'middle' | 'bottom';
}

/** A drawn shape (no text): cards, rules, timeline axis and dots. */
export interface ShapeBox {
  kind: 'rect' | 'roundRect' | 'ellipse' | 'line';
  x: number;
  y: number;
  w: number;
  h: number;
  fill?: string;
  line?: string;
  lineWidth?: number;
}

/** A picture placed on a slide, scaled to fit its box. */
export interface PictureBox {
  x: number;
  y: number;
  w: number;
  h: number;
  /** The picture's bytes and format. */
  data: Uint8Array;
  format: 'png' | 'jpeg';
  alt: string;
}

/** A native chart: PowerPoint draws it from its data, which an embedded workbook holds too ("Edit data"). */
export interface ChartBox {
  x: number;
  y: number;
  w: number;
  h: number;
  kind: 'column' | 'bar' | 'line' | 'pie';
  /** The chart's own title, drawn above it; '' when the slide's title says it. */
  title: string;
  categories: string[];
  series: { name: string; values: number[] }[];
  /** Series colours (for a pie, slice colours), hex without `#`: the theme's palette, or a template's. */
  colours: string[];
  /** What the values count, shown as the value axis's title; '' for none. */
  unit: string;
  /** The chart described in words. */
  alt: string;
  /** Size of labels, legend and values, in points. */
  fontSize: number;
  /** Excel number format of the values, e.g. `#,##0` or `#,##0.0`. */
  numberFormat: string;
  /** BCP 47 tag of the chart's text. */
  lang: string;
}

/** One cell of a planned table: its runs and how they are aligned. */
export interface TableCellBox {
  runs: PlanRun[];
  align: 'left' | 'right';
}

/** A native table, or the part of one a slide holds: its header row first, then whole rows. */
export interface TableBox {
  x: number;
  y: number;
  w: number;
  /** Column widths in inches; they add up to `w`. */
  colW: number[];
  /** Row heights in inches, as measured (the header's first). */
  rowH: number[];
  rows: TableCellBox[][];
  fontSize: number;
  /** Line pitch in points. */
  lineHeight: number;
  /** Cell margins in inches: top, right, bottom, left. */
  margin: [number, number, number, number];
}

/** A freeform shape: rings or lines through points, in inches from the slide's top-left corner. */
export interface PathShape {
  /** Shape name in the slide (unique on it), e.g. "Map 1 land". */
  name: string;
  /** What it shows, for screen readers (the shape's `descr`); '' for a part that adds nothing to the map's. */
  alt: string;
  paths: (readonly (readonly [number, number])[])[];
  /** Joins each path's last point to its first (land); false for lines (the route). */
  closed: boolean;
  fill?: string;
  line?: string;
  lineWidth?: number;
}

/** A map of two places: native freeform shapes, dots and the names and distance as text boxes. */
export interface MapBox {
  x: number;
  y: number;
  w: number;
  h: number;
  /** Sea, graticule, land, route, in drawing order; the sea, the size of the map, carries its alt text. */
  shapes: PathShape[];
  dots: ShapeBox[];
  labels: TextBox[];
}

/** One slide of the plan. */
export interface PlannedSlide {
  layout: SlideLayout;
  /** The title, always in the layout's title placeholder. */
  title: TextBox;
  boxes: TextBox[];
  shapes: ShapeBox[];
  /** Pictures (title and section slides); absent when there are none. */
  pictures?: PictureBox[];
  /** Native charts; absent when there are none. */
  charts?: ChartBox[];
  /** Native tables; absent when there are none. */
  tables?: TableBox[];
  /** Maps (title slides); absent when there are none. */
  maps?: MapBox[];
  /** Speaker notes, one entry per paragraph. */
  notes: string[];
  /** Index of the document slide this one comes from. */
  from: number;
  /** True for the second and later slides a document slide was split into. */
  continued: boolean;
}

/** The whole deck, ready to be written. */
export interface SlidePlan {
  slides: PlannedSlide[];
  /** The footer of light layouts (the source), fitted once for all of them. */
  footer?: TextBox;
  warnings: Warning[];
}

/** Height a box's text takes, in points. */
export function textHeight(box: Pick<TextBox, 'paragraphs' | 'lineHeight' | 'paraSpace'>): number {
  const lines = box.paragraphs.reduce((n, p) => n + p.lines, 0);
  return lines * box.lineHeight + Math.max(0, box.paragraphs.length - 1) * box.paraSpace;
}
