import { NS, parseWrittenPart, retarget, serializePart } from './package-fixes.js';
import { xmlText, type PackageParts } from './package-parts.js';
import { partText, unzipPackage, zipPackage } from './zip-package.js';

/**
 * pptxgenjs numbers chart parts and their workbooks with a counter that lives as long as the
 * process (the fifth chart a server makes is chart5.xml, in whatever deck), and dates each
 * workbook's entries and properties now. So that equal decks give equal bytes, charts are
 * numbered from 1 in each deck, and each workbook is zipped again with the deck's date.
 */

const CHART_PART = /^ppt\/charts\/chart(\d+)\.xml$/;
const renamed = (name: string, ids: ReadonlyMap<string, number>): string =>
  name
    .replace(/(ppt\/charts\/(?:_rels\/)?chart)(\d+)(\.xml)/, (whole, a: string, id: string, b: string) => (ids.has(id) ? `${a}${ids.get(id)}${b}` : whole))
    .replace(/(ppt\/embeddings\/Microsoft_Excel_Worksheet)(\d+)(\.xlsx)/, (whole, a: string, id: string, b: string) => (ids.has(id) ? `${a}${ids.get(id)}${b}` : whole));

/** Numbers the deck's charts (and their workbooks) 1, 2, 3… in the order pptxgenjs made them, wherever they are named. */
export function renumberCharts(parts: PackageParts): void {
  const old = [...parts.keys()].flatMap((n) => CHART_PART.exec(n)?.[1] ?? []).sort((a, b) => Number(a) - Number(b));
  if (!old.length) return;
  const ids = new Map(old.map((id, i) => [id, i + 1]));
  const entries = [...parts];
  parts.clear();
  for (const [name, data] of entries) {
    let fixed = data;
    const text = name.endsWith('.rels') || name === '[Content_Types].xml' ? xmlText(data) : undefined;
    // Every part that names a chart is written again, renumbered or not, so that its text is the same either way.
    if (text !== undefined && /chart\d+\.xml|Microsoft_Excel_Worksheet\d+/.test(text)) {
      const root = parseWrittenPart(name, text);
      if (name === '[Content_Types].xml') {
        for (const override of root.getChildren('Override', NS.types)) override.attr('PartName', `/${renamed(String(override.attrs.PartName ?? '').slice(1), ids)}`);
      } else {
        for (const rel of root.getChildren('Relationship', NS.rels)) {
          const target = String(rel.attrs.Target ?? '');
          const next = target.replace(/(chart|Microsoft_Excel_Worksheet)(\d+)(\.xml|\.xlsx)$/, (whole, a: string, id: string, b: string) =>
            ids.has(id) ? `${a}${ids.get(id)}${b}` : whole,
          );
          if (next !== target) retarget(root, target, next);
        }
      }
      fixed = serializePart(root);
    }
    parts.set(renamed(name, ids), fixed);
  }
}

/** Zips each embedded workbook again: its entries and its core properties dated `when`. */
export function fixWorkbooks(parts: PackageParts, when: Date): void {
  const stamp = when.toISOString().replace(/\.\d{3}Z$/, 'Z');
  for (const [name, data] of parts) {
    if (!/^ppt\/embeddings\/[^/]+\.xlsx$/.test(name) || typeof data === 'string') continue;
    const entries = [...unzipPackage(data)].map(([entry, bytes]) => {
      if (!/\.(?:xml|rels)$/.test(entry)) return { name: entry, data: bytes };
      const text = partText(bytes);
      return { name: entry, data: entry === 'docProps/core.xml' ? text.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)/g, `$1${stamp}$2`) : text };
    });
    parts.set(name, zipPackage(entries, when));
  }
}
