import type { SlideLayout } from '../../model/document.js';

/**
 * Where things sit on a 16:9 slide (13.333 × 7.5 in), shared by the masters
 * and the planner so that what is measured is what is drawn. Inches.
 */

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export const SLIDE = { w: 13.333, h: 7.5 } as const;

const MARGIN = 0.6;
const INNER_W = SLIDE.w - 2 * MARGIN;

/** The title placeholder of each layout. */
export const TITLE_BOX: Record<SlideLayout, Rect> = {
  anniversary: { x: MARGIN, y: 0.55, w: INNER_W, h: 3.35 },
  title: { x: MARGIN, y: 1.6, w: INNER_W, h: 2.6 },
  section: { x: MARGIN, y: 2.0, w: INNER_W, h: 2.2 },
  content: { x: MARGIN, y: 0.3, w: INNER_W, h: 1.15 },
  'two-column': { x: MARGIN, y: 0.3, w: INNER_W, h: 1.15 },
  'key-figures': { x: MARGIN, y: 0.3, w: INNER_W, h: 1.15 },
  timeline: { x: MARGIN, y: 0.3, w: INNER_W, h: 1.15 },
  closing: { x: MARGIN, y: 1.3, w: INNER_W, h: 1.6 },
};

/** Subtitle under the title on title, section and closing slides. */
export const SUBTITLE_BOX: Rect = { x: MARGIN, y: 4.65, w: INNER_W, h: 0.9 };
export const CLOSING_SUBTITLE_BOX: Rect = { x: MARGIN, y: 3.25, w: INNER_W, h: 0.8 };
/** The anniversary opening: what the ordinal is of, then the cities and the day. */
export const ANNIVERSARY_SUBTITLE_BOX: Rect = { x: MARGIN, y: 4.15, w: INNER_W, h: 0.9 };
export const ANNIVERSARY_BODY_BOX: Rect = { x: MARGIN, y: 5.2, w: INNER_W, h: 1.6 };
/** Small print on the closing slide (source, collection). */
export const CLOSING_SMALL_BOX: Rect = { x: MARGIN, y: 4.4, w: INNER_W, h: 2.3 };

/** The text area below the title on content slides. */
export const BODY_BOX: Rect = { x: MARGIN, y: 1.85, w: INNER_W, h: 4.8 };
const GUTTER = 0.45;
const COLUMN_W = (INNER_W - GUTTER) / 2;
export const COLUMN_BOXES: [Rect, Rect] = [
  { x: MARGIN, y: BODY_BOX.y, w: COLUMN_W, h: BODY_BOX.h },
  { x: MARGIN + COLUMN_W + GUTTER, y: BODY_BOX.y, w: COLUMN_W, h: BODY_BOX.h },
];

/** Short accent rule under content titles. */
export const TITLE_RULE: Rect = { x: MARGIN, y: 1.6, w: 1.1, h: 0.06 };
/** Rule above the footer, the footer text and the slide number. */
export const FOOTER_RULE: Rect = { x: MARGIN, y: 6.85, w: INNER_W, h: 0 };
export const FOOTER_BOX: Rect = { x: MARGIN, y: 6.93, w: INNER_W - 1.2, h: 0.35 };
export const NUMBER_BOX: Rect = { x: SLIDE.w - MARGIN - 1.0, y: 6.93, w: 1.0, h: 0.35 };
/** Accent strip along the left edge of content slides. */
export const EDGE_STRIP: Rect = { x: 0, y: 0, w: 0.14, h: SLIDE.h };

/** The band key figures and timelines are drawn in. */
export const FIGURE_AREA: Rect = { x: MARGIN, y: 1.95, w: INNER_W, h: 4.65 };

/** Points per inch. */
export const PT = 72;

/**
 * Where a deck's boxes come from: casebrief's own masters (`HOUSE_FRAME`), or an organisation's
 * template, whose layouts' placeholders give the boxes (src/brand/deck-template). The planners fit
 * text into these rectangles the same way whichever they are.
 */
export interface DeckFrame {
  slide: { w: number; h: number };
  title: Record<SlideLayout, Rect>;
  subtitle: Rect;
  /** The subtitle of a section slide, where it differs from a title slide's. */
  sectionSubtitle?: Rect;
  closingSubtitle: Rect;
  anniversarySubtitle: Rect;
  anniversaryBody: Rect;
  closingSmall: Rect;
  body: Rect;
  columns: readonly [Rect, Rect];
  /** Key figures, timelines (and other drawn slides) take this area. */
  figures: Rect;
  /** A picture on a title or section slide. */
  picture: Rect;
  footer: Rect;
  /** Largest title size on content slides, when a template sets one (points). */
  titleMax?: number;
  /** Largest body size, when a template sets one (points). */
  bodyMax?: number;
}

/** The boxes of casebrief's own masters. */
export const HOUSE_FRAME: DeckFrame = {
  slide: SLIDE,
  title: TITLE_BOX,
  subtitle: SUBTITLE_BOX,
  closingSubtitle: CLOSING_SUBTITLE_BOX,
  anniversarySubtitle: ANNIVERSARY_SUBTITLE_BOX,
  anniversaryBody: ANNIVERSARY_BODY_BOX,
  closingSmall: CLOSING_SMALL_BOX,
  body: BODY_BOX,
  columns: COLUMN_BOXES,
  figures: FIGURE_AREA,
  picture: { x: 8.35, y: 0.9, w: 4.4, h: 5.7 },
  footer: FOOTER_BOX,
};
