import type { PdfkitDoc } from './pdfkit-api.js';
import { xmpDescriptions, type DocumentInfo } from './xmp.js';

/** What a brief's document is made with: pdfkit's options, the Info dictionary among them, and the language of its XMP. */
export interface BriefDocumentOptions {
  info: DocumentInfo;
  lang: string;
  pdfa: boolean;
}

type PdfkitClass = new (options: Record<string, unknown>) => object;

let adapter: Promise<new (options: BriefDocumentOptions) => PdfkitDoc> | undefined;

/**
 * pdfkit's document, adapted where the brief needs it to be: a subclass that owns its instances,
 * so that nothing of pdfkit itself (its prototype, or the methods of a document it made) is
 * changed. The one change: the XMP descriptions (PDF/A's copy of the Info dictionary). pdfkit
 * 0.20.2 writes them with the text unescaped, so that a title with `&` broke the XMP packet, and
 * without ModifyDate; this subclass writes ours (xmp.ts) in their place, at the step where
 * pdfkit writes its own. pdfkit is imported on first use.
 */
function briefDocumentClass(): Promise<new (options: BriefDocumentOptions) => PdfkitDoc> {
  adapter ??= import('pdfkit').then(({ default: PDFDocument }) => {
    const Base = PDFDocument as unknown as PdfkitClass;
    class BriefPdfDocument extends Base {
      readonly #xmp: string;

      constructor({ info, lang, pdfa }: BriefDocumentOptions) {
        super({
          // No default font: pdfkit would load Helvetica's AFM metrics, which we never draw with (and which a bundle cannot find).
          font: null,
          autoFirstPage: false,
          bufferPages: false,
          pdfVersion: '1.7',
          tagged: true,
          lang,
          displayTitle: true,
          info,
          ...(pdfa ? { subset: 'PDF/A-3b' } : {}),
        });
        this.#xmp = xmpDescriptions(info, lang);
      }

      /** pdfkit's step that writes the XMP descriptions of the Info dictionary (see above). */
      _addInfo(): void {
        (this as unknown as PdfkitDoc).appendXML(this.#xmp);
      }
    }
    return BriefPdfDocument as unknown as new (
      options: BriefDocumentOptions,
    ) => PdfkitDoc;
  });
  return adapter;
}

/** A new document for a brief, and the promise of its file's bytes, gathered from the stream as pdfkit writes them. */
export async function briefDocument(options: BriefDocumentOptions): Promise<{ doc: PdfkitDoc; bytes: Promise<Uint8Array> }> {
  const doc = new (await briefDocumentClass())(options);
  const bytes = new Promise<Uint8Array>((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    doc.on('data', (chunk) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
  return { doc, bytes };
}
