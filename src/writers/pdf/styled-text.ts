import type { Inline } from '../../model/document.js';

/** Inline content flattened to runs that share one style. */
export interface StyledRun {
  text: string;
  bold: boolean;
  italic: boolean;
  /** Language marked in the source (`<span lang>`). */
  lang?: string;
  link?: string;
}

interface Style {
  bold: boolean;
  italic: boolean;
  link?: string;
}

/** Flattens inline nodes into styled runs, keeping every character in order. */
export function styledRuns(nodes: readonly Inline[], base: Partial<Style> = {}): StyledRun[] {
  const out: StyledRun[] = [];
  walk(nodes, { bold: base.bold ?? false, italic: base.italic ?? false, link: base.link }, out);
  return out;
}

/** Runs for a plain string (labels and attributes the template supplies as text). */
export function plainRuns(text: string, bold = false): StyledRun[] {
  return text ? [{ text, bold, italic: false }] : [];
}

function walk(nodes: readonly Inline[], style: Style, out: StyledRun[]): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        if (node.value) out.push({ text: node.value, ...style, ...(node.lang ? { lang: node.lang } : {}) });
        break;
      case 'strong':
        walk(node.children, { ...style, bold: true }, out);
        break;
      case 'emphasis':
        walk(node.children, { ...style, italic: true }, out);
        break;
      case 'link':
        walk(node.children, { ...style, link: node.url }, out);
        break;
    }
  }
}
