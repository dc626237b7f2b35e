import type { PdfkitDoc, StructElem } from './pdfkit-api.js';
import type { PlanItem, StructElement, TextMark } from './plan.js';

/**
 * Builds the pdfkit structure tree from the plan's. Elements are created and attached when
 * their first content is drawn, so the tree's order is the drawing order, which is the
 * visual reading order.
 */
export class StructTags {
  private readonly made = new Map<number, StructElem>();

  constructor(
    private readonly doc: PdfkitDoc,
    private readonly spec: readonly StructElement[],
  ) {
    const root = spec[0];
    if (!root) throw new Error('plan has no structure root');
    const elem = doc.struct(root.type, root.lang ? { lang: root.lang } : {});
    doc.addStructure(elem);
    this.made.set(root.id, elem);
  }

  /** Draws an item's marks as marked content of its element; runs in another language or a link get their own child. */
  drawItem(item: PlanItem & { tag: number }, draw: (marks: PlanItem['marks']) => void): void {
    const owner = this.element(item.tag);
    const type = this.spec[item.tag]!.type;
    for (const group of groupRuns(item.marks)) {
      const child = group.lang || group.link ? this.doc.struct(group.link ? 'Link' : 'Span', group.lang ? { lang: group.lang } : {}) : undefined;
      if (child) owner.add(child);
      const target = child ?? owner;
      const content = this.doc.markStructureContent(child ? (group.link ? 'Link' : 'Span') : type);
      draw(group.marks);
      this.doc.endMarkedContent();
      target.add(content);
      if (child && group.link) {
        for (const m of group.marks as TextMark[]) {
          const [x, y, w, h] = [m.x, m.y - m.size * 0.9, m.width, m.size * 1.2];
          if (group.link.startsWith('#')) this.doc.goTo(x, y, w, h, group.link.slice(1), { structParent: child });
          else this.doc.link(x, y, w, h, group.link, { structParent: child });
        }
      }
    }
  }

  /** Ends the tree; pdfkit writes it out when the document ends. */
  end(): void {
    this.made.get(0)!.end();
  }

  private element(id: number): StructElem {
    const existing = this.made.get(id);
    if (existing) return existing;
    const spec = this.spec[id]!;
    const parent = this.element(spec.parent ?? 0);
    const elem = this.doc.struct(spec.type, {
      ...(spec.alt ? { alt: spec.alt } : {}),
      ...(spec.lang ? { lang: spec.lang } : {}),
      ...(spec.scope ? { scope: spec.scope } : {}),
    });
    parent.add(elem);
    this.made.set(id, elem);
    return elem;
  }
}

interface Group {
  lang?: string;
  link?: string;
  marks: PlanItem['marks'];
}

// Consecutive marks that share language and link target form one marked-content sequence.
function groupRuns(marks: PlanItem['marks']): Group[] {
  const out: Group[] = [];
  for (const m of marks) {
    const lang = m.kind === 'text' ? m.lang : undefined;
    const link = m.kind === 'text' ? m.link : undefined;
    const last = out[out.length - 1];
    if (last && last.lang === lang && last.link === link) last.marks.push(m);
    else out.push({ ...(lang ? { lang } : {}), ...(link ? { link } : {}), marks: [m] });
  }
  return out;
}
