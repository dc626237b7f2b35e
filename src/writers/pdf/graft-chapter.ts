import type { BriefLayout } from './build-plan.js';
import type { StructureBuilder } from './flow.js';
import type { OutlineEntry, PlanItem } from './plan.js';
import type { PaginatedPage } from './paginate.js';

/**
 * Moves a chapter's layout into the pack: its structure root becomes a `Part` under the
 * pack's root, its element ids follow the pack's, and its bookmarks go one level deeper.
 */
export function graftChapter(layout: BriefLayout, into: StructureBuilder): PaginatedPage[] {
  const offset = into.elements.length;
  for (const el of layout.structure) {
    into.elements.push({
      ...el,
      id: el.id + offset,
      type: el.parent === null ? 'Part' : el.type,
      parent: el.parent === null ? 0 : el.parent + offset,
    });
  }
  const retag = (item: PlanItem): PlanItem => (item.tag === 'artifact' ? item : { ...item, tag: item.tag + offset });
  return layout.pages.map((page) => ({
    ...page,
    items: page.items.map(retag),
    outline: page.outline.map((entry) => ({ ...entry, level: deeper(entry.level) })),
  }));
}

/** One outline level down (a brief's title becomes a pack's chapter). */
export function deeper(level: OutlineEntry['level']): OutlineEntry['level'] {
  return level === 1 ? 2 : 3;
}
