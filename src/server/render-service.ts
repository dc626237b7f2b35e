import type { DeckDocument } from '../model/document.js';
import { OptionError } from '../errors.js';
import { formats, parseCaseStudy, renderCaseStudy, renderPack, validateCaseStudy, type CaseStudy, type RenderCaseStudyOptions, type Warning } from '../index.js';
import { withImage } from '../load/load-case-study.js';
import { documentFor, localizedStudy, settingsFrom } from '../pipeline.js';
import { planDeck } from '../writers/pptx/plan-deck.js';
import { prepareDeckMaps } from '../writers/pptx/plan-map.js';
import { planSvgs } from './slide-svg.js';

/**
 * What the server asks of the library: renders, checks and previews, with options taken from a
 * request's query string. Consumes the public API (and, for the slide thumbnails, the pipeline's
 * steps up to the deck's slide plan).
 */

/** Render options a request may give, as query parameters. */
export const RENDER_PARAMETERS = ['lang', 'as_of', 'event', 'paper', 'pdfa'] as const;

/** Options from query parameters; refuses parameters it does not know and values of the wrong shape (OptionError → 400). */
export function renderOptions(query: Record<string, string>, allowed: readonly string[] = []): RenderCaseStudyOptions {
  for (const key of Object.keys(query)) {
    if (!(RENDER_PARAMETERS as readonly string[]).includes(key) && !allowed.includes(key)) {
      throw new OptionError(`unknown parameter "${key}"; parameters: ${[...allowed, ...RENDER_PARAMETERS].join(', ')}`);
    }
  }
  const options: RenderCaseStudyOptions = {};
  if (query.lang) options.lang = query.lang;
  if (query.as_of) options.asOf = query.as_of;
  if (query.event) options.event = query.event as 'anniversary';
  if (query.paper) options.paper = query.paper as 'a4' | 'letter';
  if (query.pdfa !== undefined && query.pdfa !== '') {
    if (!['true', 'false', '1', '0'].includes(query.pdfa)) throw new OptionError(`pdfa is true or false, not "${query.pdfa}"`);
    options.pdfa = query.pdfa === 'true' || query.pdfa === '1';
  }
  return options;
}

/** The format named by `format`, or an OptionError listing those there are. */
export function formatNamed(format: string | undefined): string {
  const known = formats().map((f) => f.format);
  if (!format) throw new OptionError(`say which format: format=${known.join(' or format=')}`);
  if (!known.includes(format)) throw new OptionError(`unknown format "${format}"; formats: ${known.join(', ')}`);
  return format;
}

/** Parses posted YAML as the case study `file` (a path in the served folder: its picture is looked for beside it). */
export function parsePosted(text: string, file: string): CaseStudy {
  return parseCaseStudy(text, { file });
}

export async function renderOne(study: CaseStudy, format: string, options: RenderCaseStudyOptions) {
  const { files, warnings } = await renderCaseStudy(study, { ...options, formats: [format] });
  return { file: files[0]!, warnings };
}

export async function validate(study: CaseStudy, options: RenderCaseStudyOptions): Promise<Warning[]> {
  return (await validateCaseStudy(study, options)).warnings;
}

/** What the studio's preview shows: the brief as PDF bytes, and the deck's slides drawn as SVG from its slide plan. */
export interface Preview {
  pdf?: Uint8Array;
  slides?: string[];
  warnings: Warning[];
}

/** The parts of a preview a request may ask for: what the studio has on screen. */
export type PreviewPart = 'pdf' | 'slides';

/** The parts named by `parts` (comma-separated; default both), or an OptionError. */
export function previewParts(parts: string | undefined): PreviewPart[] {
  const names = (parts ?? 'pdf,slides').split(',').filter(Boolean);
  const bad = names.find((p) => p !== 'pdf' && p !== 'slides');
  if (bad !== undefined || !names.length) throw new OptionError(`parts is pdf, slides or pdf,slides, not "${parts}"`);
  return names as PreviewPart[];
}

export async function preview(study: CaseStudy, options: RenderCaseStudyOptions, parts: readonly PreviewPart[] = ['pdf', 'slides']): Promise<Preview> {
  const out: Preview = { warnings: [] };
  if (parts.includes('pdf')) {
    const { file, warnings } = await renderOne(study, 'pdf', options);
    out.pdf = file.bytes;
    out.warnings.push(...warnings);
  }
  if (parts.includes('slides')) {
    const settings = await settingsFrom({ ...options, formats: ['pptx'] });
    const { data, images, warnings } = localizedStudy(await withImage(study), settings.lang);
    const deck = documentFor('deck', data, settings, images) as DeckDocument;
    await prepareDeckMaps(deck);
    const plan = planDeck(deck);
    out.slides = planSvgs(plan);
    // The language warnings come once, with the PDF's when it was asked for too.
    if (!parts.includes('pdf')) out.warnings.push(...warnings);
    out.warnings.push(...plan.warnings);
  }
  return out;
}

export async function pack(studies: CaseStudy[], title: string, format: string, options: RenderCaseStudyOptions) {
  const { files, warnings } = await renderPack(studies, { ...options, title, formats: [format] });
  return { file: files.find((f) => f.format === format)!, warnings };
}
