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
