import type { LocalizedCaseStudy } from '../load/localize.js';
import { templateError, type TemplateSet } from './load-templates.js';
import type { DocumentKind } from '../writers/registry.js';
import { nextRoundAnniversary, ordinal, yearsBetween } from './helpers.js';

/** What a build asks of the templates beyond the case study itself. */
export interface TemplateOptions {
  /** Language of the fixed labels (a messages/<lang>.json must exist). */
  lang: string;
  /** The day ages are computed for, YYYY-MM-DD. */
  asOf: string;
  /** The occasion a deck is made for; `anniversary` opens it with the anniversary. */
  event?: 'anniversary';
}

/** A round anniversary of the partnership: its number, written as an ordinal, and its day. */
export interface Anniversary {
  n: number;
  ordinal: string;
  date: string;
}

/** What templates see: the case study untouched, plus values computed from it. */
export interface TemplateView {
  cs: LocalizedCaseStudy;
  lang: string;
  asOf: string;
  event?: 'anniversary';
  /** Whole years of partnership at `asOf`, when the start date is known. */
  years?: number;
  /** The next round (5th, 10th, …) anniversary on or after `asOf`, when the start date is known. */
  anniversary?: Anniversary;
  /** The timeline in date order. */
  timeline: NonNullable<LocalizedCaseStudy['timeline']>;
}

/** Sets the `t` helper to the labels of `lang` (English for a label the language lacks). */
export function useLabels(set: TemplateSet, lang: string): void {
  const labels = set.messages[lang] ?? set.messages.en ?? {};
  set.env.registerHelper('t', (key: unknown, opts: { hash?: Record<string, unknown> }) => {
    const text = labels[String(key)] ?? set.messages.en?.[String(key)];
    if (text === undefined) throw new Error(`no message "${String(key)}" for language "${lang}"`);
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => (opts.hash && name in opts.hash ? String(opts.hash[name]) : whole));
  });
}

/** Renders the brief or deck template for one case study into document markup. */
export function renderMarkup(set: TemplateSet, kind: DocumentKind, cs: LocalizedCaseStudy, options: TemplateOptions): string {
  useLabels(set, options.lang);
  const start = cs.partnership?.start;
  const round = start ? nextRoundAnniversary(start, options.asOf) : undefined;
  const view: TemplateView = {
    cs,
    lang: options.lang,
    asOf: options.asOf,
    event: options.event,
    years: start ? yearsBetween(start, options.asOf) : undefined,
    anniversary: round && { ...round, ordinal: ordinal(round.n, options.lang) },
    timeline: [...(cs.timeline ?? [])].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
  };
  const template = set.documents[kind];
  try {
    return template(view, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });
  } catch (err) {
    throw templateError(err, set.sources.find((s) => s.file.endsWith(`${kind}.hbs`))?.file ?? `${kind}.hbs`);
  }
}
