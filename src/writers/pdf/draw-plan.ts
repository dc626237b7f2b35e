import type { Mark, LayoutPlan, OutlineEntry } from './plan.js';
import type { OutlineNode, PdfkitDoc, PdfkitImage } from './pdfkit-api.js';
import { drawVector } from './draw-vector.js';
import { setText } from './pdfkit-text.js';
import { StructTags } from './struct-tags.js';

/** Draws a layout plan into a pdfkit document: pages, tagged content, artifacts and bookmarks. */
export function drawPlan(doc: PdfkitDoc, plan: LayoutPlan): void {
  const tags = new StructTags(doc, plan.structure);
  // The latest entry of each level: where entries of the level below go.
  const parents: OutlineNode[] = [];
  // Each picture is read once and embedded once, however many pages draw it (a brand's logo).
  const images = new Map<Uint8Array, PdfkitImage>();
  for (const page of plan.pages) {
    doc.addPage({ size: [plan.width, plan.height], margin: 0 });
    for (const anchor of page.anchors ?? []) doc.addNamedDestination(anchor.name, 'XYZ', 0, anchor.top, null);
    for (const entry of page.outline) {
      parents[entry.level - 1] = addOutline(doc, entry, plan.width, parents[entry.level - 2]);
      parents.length = entry.level;
    }
    for (const item of page.items) {
      if (item.tag === 'artifact') {
        doc.markContent('Artifact', { type: item.artifact ?? 'Layout' });
        drawMarks(doc, item.marks, images);
        doc.endMarkedContent();
      } else {
        tags.drawItem({ ...item, tag: item.tag }, (marks) => drawMarks(doc, marks, images));
      }
    }
  }
  tags.end();
}

function addOutline(doc: PdfkitDoc, entry: OutlineEntry, pageWidth: number, title: OutlineNode | undefined): OutlineNode {
  const parent = entry.level > 1 && title ? title : doc.outline;
  // pdfkit subtracts `left` from the page width to get the destination's left edge.
  return parent.addItem(entry.title, { expanded: true, top: Math.max(0, entry.top - 12), left: pageWidth });
}

function drawMarks(doc: PdfkitDoc, marks: readonly Mark[], images: Map<Uint8Array, PdfkitImage>): void {
  for (const m of marks) {
    switch (m.kind) {
      case 'text':
        doc.font(m.face).fontSize(m.size).fillColor(m.colour);
        setText(doc, m.text, m.x, m.y);
        break;
      case 'rect':
        doc.rect(m.x, m.y, m.w, m.h);
        paint(doc, m.fill, m.stroke, m.lineWidth);
        break;
      case 'circle':
        doc.circle(m.cx, m.cy, m.r);
        paint(doc, m.fill, m.stroke, m.lineWidth);
        break;
      case 'line':
        doc.lineWidth(m.width).moveTo(m.x1, m.y1).lineTo(m.x2, m.y2).strokeColor(m.colour).stroke();
        break;
      case 'path':
        m.points.forEach(([x, y], i) => (i === 0 ? doc.moveTo(x, y) : doc.lineTo(x, y)));
        if (m.closed) doc.closePath();
        doc.lineJoin('round');
        paint(doc, m.fill, m.stroke, m.lineWidth);
        break;
      case 'image': {
        if (m.vector) {
          drawVector(doc, { ...m, vector: m.vector });
          break;
        }
        let image = images.get(m.data);
        if (!image) {
          image = doc.openImage(Buffer.from(m.data.buffer, m.data.byteOffset, m.data.byteLength));
          images.set(m.data, image);
        }
        doc.image(image, m.x, m.y, { width: m.w, height: m.h });
        break;
      }
    }
  }
}

function paint(doc: PdfkitDoc, fill: string | undefined, stroke: string | undefined, width = 1): void {
  if (fill && stroke) doc.lineWidth(width).fillAndStroke(fill, stroke);
  else if (fill) doc.fill(fill);
  else if (stroke) doc.lineWidth(width).strokeColor(stroke).stroke();
}
