import type { CaseStudy } from '../load/schema.js';
import { templateError, type TemplateSet } from './load-templates.js';
import { yearsBetween } from './helpers.js';

/** What a build asks of the templates beyond the case study itself. */
export interface TemplateOptions {
  /** Language of the fixed labels (a messages/<lang>.json must exist). */
  lang: string;
  /** The day ages are computed for, YYYY-MM-DD. */
  asOf: string;
}

/** What templates see: the case study untouched, plus values computed from it. */
export interface TemplateView {
  cs: CaseStudy;
  lang: string;
  asOf: string;
  /** Whole years of partnership at `asOf`, when the start date is known. */
  years?: number;
  timeline: NonNullable<CaseStudy['timeline']>;
}

/** Renders the brief or deck template for one case study into document markup. */
export function renderMarkup(set: TemplateSet, kind: 'brief' | 'deck', cs: CaseStudy, options: TemplateOptions): string {
  const labels = set.messages[options.lang] ?? set.messages.en ?? {};
  set.env.registerHelper('t', (key: unknown, opts: { hash?: Record<string, unknown> }) => {
    const text = labels[String(key)] ?? set.messages.en?.[String(key)];
    if (text === undefined) throw new Error(`no message "${String(key)}" for language "${options.lang}"`);
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => (opts.hash && name in opts.hash ? String(opts.hash[name]) : whole));
  });
  const view: TemplateView = {
    cs,
    lang: options.lang,
    asOf: options.asOf,
    years: cs.partnership?.start ? yearsBetween(cs.partnership.start, options.asOf) : undefined,
    timeline: [...(cs.timeline ?? [])].sort((a, b) => a.date.localeCompare(b.date)),
  };
  const template = kind === 'brief' ? set.brief : set.deck;
  try {
    return template(view, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });
  } catch (err) {
    throw templateError(err, set.sources.find((s) => s.file.endsWith(`${kind}.hbs`))?.file ?? `${kind}.hbs`);
  }
}
