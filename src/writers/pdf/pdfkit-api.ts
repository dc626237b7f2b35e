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

/** An indirect object of a PDF being written, such as a page's content stream. */
export interface PdfkitReference {
  /** Adds to the object's stream: text one byte per character, followed by a line feed; bytes as they are. */
  write(chunk: string | Uint8Array): void;
  /** Ends the object, which writes it to the file. */
  end(chunk?: string | Uint8Array): void;
}

/** A pdfkit document, as far as we drive it. */
export interface PdfkitDoc {
  /** The page being drawn on. */
  page: { content: PdfkitReference };
  /**
   * pdfkit's own step that sets one line of text at a point, below `text()` (see pdfkit-text.ts);
   * `textWidth` is the measure pdfkit would take, used only for links and underlines.
   */
  _fragment(text: string, x: number, y: number, options: { baseline: 'alphabetic'; textWidth: number; wordCount: number }): void;
  outline: OutlineNode;
  info: Record<string, unknown>;
  appendXML(xml: string, newline?: boolean): void;
  registerFont(name: string, src: unknown): PdfkitDoc;
  addPage(options: { size: [number, number]; margin: number }): PdfkitDoc;
  font(name: string): PdfkitDoc;
  fontSize(size: number): PdfkitDoc;
  fillColor(colour: string): PdfkitDoc;
  strokeColor(colour: string): PdfkitDoc;
  lineWidth(width: number): PdfkitDoc;
  rect(x: number, y: number, w: number, h: number): PdfkitDoc;
  image(src: Buffer | PdfkitImage, x: number, y: number, options: { width: number; height: number }): PdfkitDoc;
  /** Reads a picture once, to draw it many times as one embedded image (a logo on every page). */
  openImage(src: Buffer): PdfkitImage;
  circle(x: number, y: number, r: number): PdfkitDoc;
  moveTo(x: number, y: number): PdfkitDoc;
  lineTo(x: number, y: number): PdfkitDoc;
  closePath(): PdfkitDoc;
  lineJoin(join: 'miter' | 'round' | 'bevel'): PdfkitDoc;
  fill(colour: string, rule?: 'non-zero' | 'even-odd'): PdfkitDoc;
  stroke(): PdfkitDoc;
  fillAndStroke(fill: string, stroke: string, rule?: 'non-zero' | 'even-odd'): PdfkitDoc;
  save(): PdfkitDoc;
  restore(): PdfkitDoc;
  transform(a: number, b: number, c: number, d: number, e: number, f: number): PdfkitDoc;
  /** Adds SVG path data (M, L, C, A … as in an SVG `d` attribute) to the current path. */
  path(d: string): PdfkitDoc;
  lineCap(cap: 'butt' | 'round' | 'square'): PdfkitDoc;
  link(x: number, y: number, w: number, h: number, url: string, options: { structParent: StructElem }): PdfkitDoc;
  goTo(x: number, y: number, w: number, h: number, name: string, options: { structParent: StructElem }): PdfkitDoc;
  addNamedDestination(name: string, fit: 'XYZ', left: number, top: number, zoom: null): void;
  struct(type: string, options?: { alt?: string; lang?: string; scope?: string }): StructElem;
  addStructure(elem: StructElem): PdfkitDoc;
  markContent(tag: string, options?: { type?: string }): PdfkitDoc;
  markStructureContent(tag: string, options?: { lang?: string }): StructContent;
  endMarkedContent(): PdfkitDoc;
  file(
    bytes: Uint8Array,
    options: {
      name: string;
      type: string;
      description: string;
      relationship: 'Source' | 'Data' | 'Alternative' | 'Supplement' | 'Unspecified';
      creationDate: Date;
      modifiedDate: Date;
    },
  ): unknown;
  /** pdfkit's document is a readable stream of the file's bytes. */
  on(event: 'data', listener: (chunk: Uint8Array) => void): PdfkitDoc;
  on(event: 'end', listener: () => void): PdfkitDoc;
  on(event: 'error', listener: (err: Error) => void): PdfkitDoc;
  end(): void;
}

/** A picture pdfkit has read (`openImage`): drawn again, it is embedded once. */
export interface PdfkitImage {
  width: number;
  height: number;
}
