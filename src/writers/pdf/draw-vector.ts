import type { ImageMark } from './plan.js';
import type { PdfkitDoc } from './pdfkit-api.js';

/** Draws a vector logo (an image mark with `vector`) into its box, as PDF paths in the logo's own colours. */
export function drawVector(doc: PdfkitDoc, m: ImageMark & { vector: NonNullable<ImageMark['vector']> }): void {
  const [vx, vy, vw, vh] = m.vector.viewBox;
  const [sx, sy] = [m.w / vw, m.h / vh];
  doc.save();
  doc.transform(sx, 0, 0, sy, m.x - vx * sx, m.y - vy * sy);
  for (const s of m.vector.shapes) {
    doc.save();
    doc.transform(...s.matrix);
    doc.path(s.d);
    if (s.lineCap) doc.lineCap(s.lineCap);
    if (s.lineJoin) doc.lineJoin(s.lineJoin);
    const rule = s.fillRule === 'evenodd' ? 'even-odd' : 'non-zero';
    if (s.fill && s.stroke) doc.lineWidth(s.strokeWidth ?? 1).fillAndStroke(`#${s.fill}`, `#${s.stroke}`, rule);
    else if (s.fill) doc.fill(`#${s.fill}`, rule);
    else if (s.stroke)
      doc
        .lineWidth(s.strokeWidth ?? 1)
        .strokeColor(`#${s.stroke}`)
        .stroke();
    doc.restore();
  }
  doc.restore();
}
