/**
 * The slice of pdfkit 0.20.2 this renderer uses, typed from its source (the DefinitelyTyped
 * types lack `relationship`, outline positions, TH scope and the return value of `file`).
 */
export interface StructElem {
  add(child: StructElem | StructContent): StructElem;
  end(): void;
}

/** A marked-content reference returned by `markStructureContent`. */
export type StructContent = { readonly refs: unknown[] };

/** One outline (bookmark) node. */
export interface OutlineNode {
  addItem(title: string, options?: { expanded?: boolean; top?: number; left?: number }): OutlineNode;
}

/** A glyph's placement, in 1000ths of the type size, as pdfkit's `encode` gives it. */
export interface PdfkitGlyphPosition {
  xAdvance: number;
  xOffset: number;
  yOffset: number;
  advanceWidth: number;
}

/** What casebrief touches of pdfkit's embedded font (the font set by `font()`). */
export interface PdfkitEmbeddedFont {
  /** The resource name, e.g. `F1`. */
  id: string;
  /** The fontkit font it embeds. */
  font: object;
  /** Laid-out words by text, scaled to 1000 units per em; pdfkit makes one per document. */
  layoutCache?: Record<string, unknown>;
  /** The font's PDF object. */
  ref(): unknown;
  /** Glyph ids (4 hex digits, in the subset) and positions for a text; adds its glyphs to the subset. */
  encode(text: string): [string[], PdfkitGlyphPosition[]];
}

/** A pdfkit document, as far as we drive it. */
export interface PdfkitDoc {
  /** The current font, as `font()` left it. */
  _font: PdfkitEmbeddedFont;
  /** The current type size, as `fontSize()` left it. */
  _fontSize: number;
  /** The current page: its height, and the fonts its resources name. */
  page: { height: number; fonts: Record<string, unknown> };
  /** Appends operators to the current page's content stream (pdfkit adds the newline). */
  addContent(data: string): PdfkitDoc;
  outline: OutlineNode;
  info: Record<string, unknown>;
  _id: Uint8Array;
  _addInfo: () => void;
  appendXML(xml: string, newline?: boolean): void;
  registerFont(name: string, src: unknown): PdfkitDoc;
  addPage(options: { size: [number, number]; margin: number }): PdfkitDoc;
  font(name: string): PdfkitDoc;
  fontSize(size: number): PdfkitDoc;
  fillColor(colour: string): PdfkitDoc;
  strokeColor(colour: string): PdfkitDoc;
  lineWidth(width: number): PdfkitDoc;
  rect(x: number, y: number, w: number, h: number): PdfkitDoc;
  image(src: string, x: number, y: number, options: { width: number; height: number }): PdfkitDoc;
  circle(x: number, y: number, r: number): PdfkitDoc;
  moveTo(x: number, y: number): PdfkitDoc;
  lineTo(x: number, y: number): PdfkitDoc;
  fill(colour: string): PdfkitDoc;
  stroke(): PdfkitDoc;
  fillAndStroke(fill: string, stroke: string): PdfkitDoc;
  link(x: number, y: number, w: number, h: number, url: string, options: { structParent: StructElem }): PdfkitDoc;
  goTo(x: number, y: number, w: number, h: number, name: string, options: { structParent: StructElem }): PdfkitDoc;
  addNamedDestination(name: string, fit: 'XYZ', left: number, top: number, zoom: null): void;
  struct(type: string, options?: { alt?: string; lang?: string; scope?: string }): StructElem;
  addStructure(elem: StructElem): PdfkitDoc;
  markContent(tag: string, options?: { type?: string }): PdfkitDoc;
  markStructureContent(tag: string, options?: { lang?: string }): StructContent;
  endMarkedContent(): PdfkitDoc;
  file(bytes: Uint8Array, options: {
    name: string; type: string; description: string; relationship: 'Source' | 'Data' | 'Alternative' | 'Supplement' | 'Unspecified';
    creationDate: Date; modifiedDate: Date;
  }): unknown;
  on(event: 'error', listener: (err: Error) => void): PdfkitDoc;
  /** The stream's buffered output (what the constructor wrote), or null when there is none. */
  read(): Uint8Array | null;
  /** How pdfkit hands each piece of the file to its stream; null ends the file. */
  push(chunk: Uint8Array | null): boolean;
  end(): void;
}
