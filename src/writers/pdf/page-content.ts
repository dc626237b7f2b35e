import type { PdfkitDoc, PdfkitReference } from './pdfkit-api.js';

/**
 * pdfkit turns every operator it adds to a page (thousands in a brief) into a byte array of its
 * own, one character at a time, and concatenates them when the page ends. Here each page's
 * operators are kept as text and encoded in one native call, before any bytes pdfkit writes
 * itself and when the page ends. The stream's bytes are the same: each operator followed by a
 * line feed, one byte per character (its low byte, as pdfkit takes it).
 */
export function gatherPageContent(doc: PdfkitDoc): void {
  doc.on('pageAdded', () => gather(doc.page.content));
}

function gather(content: PdfkitReference): void {
  const { write, end } = content;
  const pending: string[] = [];
  const flush = () => {
    if (pending.length === 0) return;
    write.call(content, Buffer.from(`${pending.join('\n')}\n`, 'latin1'));
    pending.length = 0;
  };
  content.write = (chunk) => {
    if (chunk instanceof Uint8Array) {
      flush();
      write.call(content, chunk);
    } else pending.push(String(chunk));
  };
  content.end = (chunk) => {
    if (chunk) content.write(chunk);
    flush();
    end.call(content);
  };
}
