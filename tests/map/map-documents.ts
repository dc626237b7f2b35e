import type { BriefDocument, DeckDocument, MapNode } from '../../src/model/document.js';
import { loadCaseStudy } from '../../src/load/load-case-study.js';
import { localize } from '../../src/load/localize.js';
import { parseMarkup } from '../../src/markup/parse-markup.js';
import { loadTemplates } from '../../src/template/load-templates.js';
import { renderMarkup } from '../../src/template/render-markup.js';

/** The Milan–Shanghai brief or deck in a language, as the pipeline builds it; `coordinates: false` drops both cities' coordinates. */
export async function milanShanghai<K extends 'brief' | 'deck'>(kind: K, lang: string, coordinates = true): Promise<K extends 'brief' ? BriefDocument : DeckDocument> {
  const set = await loadTemplates();
  const cs = await loadCaseStudy('data/milan-shanghai.yaml');
  const cities = coordinates ? cs.data.cities : (cs.data.cities.map(({ coordinates: _, ...city }) => city) as typeof cs.data.cities);
  const { data } = localize({ ...cs.data, cities }, lang);
  const doc = parseMarkup(renderMarkup(set, kind, data, { lang, asOf: '2026-11-29' }), { file: `${kind}.hbs` });
  if (doc.type !== kind) throw new Error(`expected a ${kind}`);
  return doc as K extends 'brief' ? BriefDocument : DeckDocument;
}

/** The map nodes of a brief or deck. */
export function maps(doc: BriefDocument | DeckDocument): MapNode[] {
  const blocks = doc.type === 'brief' ? doc.blocks : doc.slides.flatMap((s) => [...s.body, ...s.aside]);
  return blocks.filter((b): b is MapNode => b.type === 'map');
}
