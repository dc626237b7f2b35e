import type { BriefDocument, DeckDocument } from '../../src/model/document.js';
import { loadCaseStudy } from '../../src/load/load-case-study.js';
import { localize, type LocalizedCaseStudy } from '../../src/load/localize.js';
import { parseMarkup } from '../../src/markup/parse-markup.js';
import { formatNumber } from '../../src/template/helpers.js';
import { loadTemplates } from '../../src/template/load-templates.js';
import { renderMarkup } from '../../src/template/render-markup.js';

/** The fictional case study with four charts (column, pie, line, bar) and a table of 80 rows. */
export const CHARTS_DEMO = 'data/samples/charts-demo.yaml';

/** The demo case study in one language, as templates see it. */
export async function chartsDemoData(lang = 'en'): Promise<LocalizedCaseStudy> {
  return localize((await loadCaseStudy(CHARTS_DEMO)).data, lang).data;
}

/** The demo's brief or deck document, as the pipeline builds it. */
export async function chartsDemo(kind: 'brief', lang?: string): Promise<BriefDocument>;
export async function chartsDemo(kind: 'deck', lang?: string): Promise<DeckDocument>;
export async function chartsDemo(kind: 'brief' | 'deck', lang = 'en'): Promise<BriefDocument | DeckDocument> {
  const set = await loadTemplates();
  const doc = parseMarkup(renderMarkup(set, kind, await chartsDemoData(lang), { lang, asOf: '2025-01-01' }), { file: `${kind}.hbs` });
  if (doc.type !== kind) throw new Error(`expected a ${kind}`);
  return doc as BriefDocument | DeckDocument;
}

/** Each row of the demo's table as its cells' text, in the language (numbers written for it). */
export async function tableRows(lang = 'en'): Promise<string[][]> {
  const table = (await chartsDemoData(lang)).tables?.[0];
  if (!table) throw new Error('the demo has no table');
  return table.rows.map((row) => row.map((cell) => (typeof cell === 'number' ? formatNumber(cell, lang) : (cell ?? ''))));
}

/** The table's column headings in the language. */
export async function tableColumns(lang = 'en'): Promise<string[]> {
  return (await chartsDemoData(lang)).tables?.[0]?.columns ?? [];
}
