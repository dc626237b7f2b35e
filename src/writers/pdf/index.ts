import type { BriefDocument, PackDocument } from '../../model/document.js';
import type { RenderOptions, RenderResult } from '../render-options.js';
import { renderPackPdf } from './render-pack.js';
import { renderPdf } from './render-pdf.js';

/** The PDF writer: a brief, or a briefing pack (a brief of briefs), as a tagged PDF. */
export function renderBrief(doc: BriefDocument | PackDocument, options: RenderOptions): Promise<RenderResult> {
  return doc.type === 'pack' ? renderPackPdf(doc, options) : renderPdf(doc, options);
}
