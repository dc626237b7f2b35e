import type { CaseStudy, City, KeyFigure, Link, Localized, Section, TimelineEntry } from './schema.js';

/** A city with its country in one language. */
export type LocalizedCity = Omit<City, 'country'> & { country?: string };

/** A case study with every localized text resolved to one language: what templates see. */
export interface LocalizedCaseStudy extends Omit<CaseStudy, 'title' | 'cities' | 'partnership' | 'sections' | 'timeline' | 'key_figures' | 'links' | 'image'> {
  title: string;
  cities: [LocalizedCity, LocalizedCity];
  partnership?: { start?: string; instrument?: string };
  sections: (Omit<Section, 'heading' | 'paragraphs' | 'highlights'> & { heading: string; paragraphs: string[]; highlights?: string[] })[];
  timeline?: (Omit<TimelineEntry, 'event'> & { event: string })[];
  key_figures?: (Omit<KeyFigure, 'label'> & { label: string })[];
  links?: (Omit<Link, 'label'> & { label: string })[];
  /** `src` is the checked absolute path of the file, set by the pipeline. */
  image?: { file: string; alt: string; src?: string; width?: number; height?: number };
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
  };
  return { data, fallbacks };
}

/** `zh` matches `zh-CN`: languages compare by their primary subtag. */
function sameLanguage(a: string, b: string): boolean {
  return a.split('-')[0]?.toLowerCase() === b.split('-')[0]?.toLowerCase();
}
