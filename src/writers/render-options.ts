import type { VectorLogo } from '../brand/svg-logo.js';
import type { SlideLayout, Warning } from '../model/document.js';

/** Options every renderer accepts; a renderer ignores what does not apply to its format. */
export interface RenderOptions {
  /** Seconds since 1970 to stamp as creation/modification time, for byte-identical builds (SOURCE_DATE_EPOCH). */
  sourceDateEpoch?: number;
  /** PDF paper size. */
  paper?: 'a4' | 'letter';
  /** Write PDF/A (with XMP, an sRGB output intent and, under PDF/A-3, the source attached). */
  pdfa?: boolean;
  /** Files to carry inside the output (PDF/A-3 associated files), e.g. the case study's YAML. */
  attachments?: Attachment[];
  /**
   * Build the deck inside an organisation's PowerPoint template (.potx/.pptx, its bytes): its slide
   * size, masters, layouts, theme and pictures are kept; `layouts` pins a layout (by name) per kind of slide.
   */
  deckTemplate?: DeckTemplateOption;
  /** An organisation's look for the brief (its colours, fonts, logo and footer line), read and checked by the library. */
  brand?: Brand;
}

/**
 * An organisation's look for the brief, as the PDF writer takes it: colours as hex RGB without `#`,
 * fonts and logo as bytes (a writer reads no file). What is left out stays casebrief's own.
 */
export interface Brand {
  colours: { primary?: string; accent?: string; text?: string };
  fonts: { latin?: BrandFaces; cjk?: BrandFaces };
  logo?: BrandLogo;
  /** A line of text set at the foot of every page. */
  footer?: string;
  /** The file the brand came from (a theme file or a deck template), for messages. */
  source: string;
}

/** The faces of one script; a face left out is set in the nearest one given. */
export interface BrandFaces {
  regular: BrandFont;
  bold?: BrandFont;
  italic?: BrandFont;
  boldItalic?: BrandFont;
}

/** A TrueType or OpenType font file's bytes. */
export interface BrandFont {
  bytes: Uint8Array;
  /** Its file name, for messages. */
  file: string;
}

/** A logo, checked: PNG or JPEG with its size in pixels, or SVG read into shapes (its size: its view box). */
export interface BrandLogo {
  bytes: Uint8Array;
  format: 'png' | 'jpeg' | 'svg';
  width: number;
  height: number;
  /** The shapes of an SVG logo, drawn as vectors. */
  vector?: VectorLogo;
}

/** A deck template as the pptx writer takes it: bytes, not a path. */
export interface DeckTemplateOption {
  bytes: Uint8Array;
  /** Its file name, for messages. */
  file?: string;
  /** Layouts pinned by a layout map, with where the map names them. */
  layouts?: { kind: SlideLayout; name: string; file?: string; line?: number; col?: number }[];
}

/** A file carried inside the output document. */
export interface Attachment {
  name: string;
  mimeType: string;
  description: string;
  bytes: Uint8Array;
}

/** What a renderer returns: the file's bytes and what it could not do as asked. */
export interface RenderResult {
  bytes: Uint8Array;
  warnings: Warning[];
}
