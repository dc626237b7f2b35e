import type { CaseStudy, Chart, City, KeyFigure, Link, Localized, Section, Table, TimelineEntry } from './schema.js';

/** A city with its country in one language. */
export type LocalizedCity = Omit<City, 'country'> & { country?: string };

/** A case study with every localized text resolved to one language: what templates see. */
/** A chart in one language, its one series (`data:`) or several brought to one shape: labels, and series of values. */
export interface LocalizedChart {
  title: string;
  kind: Chart['kind'];
  unit?: string;
  alt?: string;
  labels: string[];
  series: { name: string; values: number[] }[];
}

/** A table in one language; a cell is text, a number, or null (empty). */
export interface LocalizedTable {
  title: string;
  columns: string[];
  rows: (string | number | null)[][];
}

export interface LocalizedCaseStudy
  extends Omit<CaseStudy, 'title' | 'cities' | 'partnership' | 'sections' | 'timeline' | 'key_figures' | 'links' | 'image' | 'charts' | 'tables'> {
  title: string;
  cities: [LocalizedCity, LocalizedCity];
  partnership?: { start?: string; instrument?: string };
  sections: (Omit<Section, 'heading' | 'paragraphs' | 'highlights'> & { heading: string; paragraphs: string[]; highlights?: string[] })[];
  timeline?: (Omit<TimelineEntry, 'event'> & { event: string })[];
  key_figures?: (Omit<KeyFigure, 'label'> & { label: string })[];
  links?: (Omit<Link, 'label'> & { label: string })[];
  /** `src` is the checked absolute path of the file, set by the pipeline. */
  image?: { file: string; alt: string; src?: string; width?: number; height?: number };
  charts?: LocalizedChart[];
  tables?: LocalizedTable[];
}

/** A case study in one language, and the fields that had no text in it. */
export interface Localization {
  data: LocalizedCaseStudy;
  /** Key paths (e.g. `sections[0].heading`) whose text is not in the asked language. */
  fallbacks: string[];
}

/**
 * Picks each text's version in `lang`. A plain string is in the case study's own
 * language; where a text has no version in `lang`, the original is kept and the
 * field is listed in `fallbacks`.
 */
export function localize(cs: CaseStudy, lang: string): Localization {
  const fallbacks: string[] = [];
  const pick = (value: Localized, where: string): string => {
    if (typeof value === 'string') {
      if (!sameLanguage(cs.language, lang)) fallbacks.push(where);
      return value;
    }
    const key = Object.keys(value).find((k) => sameLanguage(k, lang));
    if (key !== undefined) return value[key] as string;
    fallbacks.push(where);
    const original = Object.keys(value).find((k) => sameLanguage(k, cs.language)) ?? Object.keys(value)[0];
    return value[original as string] as string;
  };
  const localCity = (city: City, i: number): LocalizedCity => ({ ...city, country: city.country === undefined ? undefined : pick(city.country, `cities[${i}].country`) });
  const data: LocalizedCaseStudy = {
    ...cs,
    title: pick(cs.title, 'title'),
    cities: [localCity(cs.cities[0], 0), localCity(cs.cities[1], 1)],
    partnership: cs.partnership && {
      ...cs.partnership,
      instrument: cs.partnership.instrument === undefined ? undefined : pick(cs.partnership.instrument, 'partnership.instrument'),
    },
    sections: cs.sections.map((s, i) => ({
      ...s,
      heading: pick(s.heading, `sections[${i}].heading`),
      paragraphs: s.paragraphs.map((p, j) => pick(p, `sections[${i}].paragraphs[${j}]`)),
      highlights: s.highlights?.map((h, j) => pick(h, `sections[${i}].highlights[${j}]`)),
    })),
    timeline: cs.timeline?.map((t, i) => ({ ...t, event: pick(t.event, `timeline[${i}].event`) })),
    key_figures: cs.key_figures?.map((f, i) => ({ ...f, label: pick(f.label, `key_figures[${i}].label`) })),
    links: cs.links?.map((l, i) => ({ ...l, label: pick(l.label, `links[${i}].label`) })),
    image: cs.image && { ...cs.image, alt: pick(cs.image.alt, 'image.alt') },
    charts: cs.charts?.map((c, i) => localChart(c, (value, where) => (neutral(value) ? value : pick(value, `charts[${i}].${where}`)))),
    tables: cs.tables?.map((t, i) => localTable(t, (value, where) => (neutral(value) ? value : pick(value, `tables[${i}].${where}`)))),
  };
  return { data, fallbacks };
}

type Pick = (value: Localized, where: string) => string;

/** A label or cell without a letter (a year, a date, a code such as 2019-05) reads the same in every language. */
const neutral = (value: Localized): value is string => typeof value === 'string' && !/\p{L}/u.test(value);

/** A chart in one language; `data:` becomes one series, named by the unit (or the title). */
function localChart(c: Chart, pick: Pick): LocalizedChart {
  const title = pick(c.title, 'title');
  const unit = c.unit === undefined ? undefined : pick(c.unit, 'unit');
  const labels = c.data ? c.data.map((d, j) => pick(d.label, `data[${j}].label`)) : (c.labels ?? []).map((l, j) => pick(l, `labels[${j}]`));
  const series = c.data
    ? [{ name: unit ?? title, values: c.data.map((d) => d.value) }]
    : (c.series ?? []).map((s, j) => ({ name: pick(s.name, `series[${j}].name`), values: s.values }));
  return { title, kind: c.kind, unit, alt: c.alt === undefined ? undefined : pick(c.alt, 'alt'), labels, series };
}

/** A table in one language: headings and text cells picked, numbers and empty cells kept. */
function localTable(t: Table, pick: Pick): LocalizedTable {
  return {
    title: pick(t.title, 'title'),
    columns: t.columns.map((c, j) => pick(c, `columns[${j}]`)),
    rows: t.rows.map((row, r) => row.map((cell, j) => (cell === null || typeof cell === 'number' ? cell : pick(cell, `rows[${r}][${j}]`)))),
  };
}

/** `zh` matches `zh-CN`: languages compare by their primary subtag. */
function sameLanguage(a: string, b: string): boolean {
  return a.split('-')[0]?.toLowerCase() === b.split('-')[0]?.toLowerCase();
}
