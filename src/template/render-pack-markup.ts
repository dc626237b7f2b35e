import { templateError, type TemplateSet } from './load-templates.js';
import { useLabels } from './render-markup.js';

/** One chapter as the pack template sees it. */
export interface PackChapterView {
  /** The case study's title, in the pack's language. */
  title: string;
  /** Who wrote it, when the case study says. */
  source?: string;
}

/** What the pack template sees. */
export interface PackView {
  /** The pack's title, e.g. "Mission to Shanghai, May 2027". */
  title: string;
  lang: string;
  /** The day the pack is made for, YYYY-MM-DD (shown on the cover). */
  asOf: string;
  chapters: PackChapterView[];
  /** The chapters' sources, each once, in chapter order (the pack's author). */
  authors: string[];
}

/** Renders pack.hbs into `<pack>` markup: the cover and the labels of the table of contents. */
export function renderPackMarkup(set: TemplateSet, title: string, chapters: PackChapterView[], options: { lang: string; asOf: string }): string {
  useLabels(set, options.lang);
  const authors = [...new Set(chapters.flatMap((c) => (c.source ? [c.source] : [])))];
  const view: PackView = { title, lang: options.lang, asOf: options.asOf, chapters, authors };
  try {
    return set.pack(view, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });
  } catch (err) {
    throw templateError(err, set.sources.find((s) => s.file.endsWith('pack.hbs'))?.file ?? 'pack.hbs');
  }
}
