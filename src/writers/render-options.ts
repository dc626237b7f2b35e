import type { Warning } from '../model/document.js';

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
