import { inlineText, type Block, type BriefDocument } from '../../model/document.js';

/** Every string the brief will draw, in document order (used to decide which faces to open). */
export function documentStrings(doc: BriefDocument): string[] {
  const out = [doc.header, doc.labels.pageOf];
  for (const block of doc.blocks) out.push(...blockStrings(block));
  return out;
}

/** Every string a block draws. */
export function blockStrings(block: Block): string[] {
  switch (block.type) {
    case 'cover':
      return [inlineText(block.title), ...block.subtitle.map(inlineText), inlineText(block.tagline)];
    case 'heading':
    case 'paragraph':
      return [inlineText(block.children)];
    case 'list':
      return block.items.map(inlineText);
    case 'key-facts':
      return [block.title, ...block.facts.flatMap((f) => [f.label, inlineText(f.value)])];
    case 'key-figures':
      return [block.title, ...block.figures.flatMap((f) => [f.value, inlineText(f.label)])];
    case 'timeline':
      return [block.title, ...block.events.flatMap((e) => [e.date, inlineText(e.label)])];
    case 'image':
      return [];
    case 'map':
      return [block.distance, block.caption, ...block.places.map((p) => p.name)];
    case 'chart':
      return [block.title, block.unit, ...block.categories, ...block.series.flatMap((s) => [s.name, ...s.values.map((v) => v.text)])];
    case 'table':
      return [block.title, ...[block.columns, ...block.rows].flatMap((row) => row.map((cell) => inlineText(cell.content)))];
  }
}
