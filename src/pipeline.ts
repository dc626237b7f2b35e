import path from 'node:path';
import type { BriefDocument, DeckDocument, Warning } from './model/document.js';
import { CaseStudyError, OptionError } from './errors.js';
import { withImage, type LoadedCaseStudy } from './load/load-case-study.js';
import { localize, type LocalizedCaseStudy } from './load/localize.js';
import { isRealDate } from './load/schema.js';
import { loadTemplates, type TemplateSet } from './template/load-templates.js';
import { renderMarkup, type TemplateOptions } from './template/render-markup.js';
import { parseMarkup, type MarkupImage } from './markup/parse-markup.js';
import type { RenderOptions } from './writers/render-options.js';
import { formatNames, renderWith, writerFor, writers, type DocumentKind, type Writer } from './writers/registry.js';

/** How a case study is rendered; every field is optional. */
export interface RenderCaseStudyOptions {
  /** Formats to write, by name (`pdf`, `pptx`); default: every format. */
  formats?: readonly string[];
  /** Language of the output: its labels, and the case study's texts in that language where given; default `en`. */
  lang?: string;
  /** The day ages and anniversaries are counted to, YYYY-MM-DD; default: today (UTC), or the day of `sourceDateEpoch`. */
  asOf?: string;
  /** The occasion; `anniversary` opens the deck with the partnership's anniversary. */
  event?: 'anniversary';
  /** PDF paper size; default `a4`. */
  paper?: 'a4' | 'letter';
  /** Write the PDF as PDF/A-3 with the case study's YAML attached; default false. */
  pdfa?: boolean;
  /** A folder of templates of your own; what it lacks comes from casebrief's own templates. */
  templates?: string;
  /** Seconds since 1970 to stamp into the files instead of now: equal input then gives equal bytes. */
  sourceDateEpoch?: number;
  /** Build the deck inside this PowerPoint template (a .potx or .pptx file): its masters, layouts, theme and logos. */
  deckTemplate?: string;
  /** A YAML file pinning, per kind of slide, the template layout (by name) it goes on; needs `deckTemplate`. */
  layoutMap?: string;
  /**
   * A theme file (YAML, see schema/theme.schema.json): the brief's colours, fonts, logo and footer line, and
   * the deck template and layout map (given options win). Without one, a deck template's colours and fonts brand the brief.
   */
  theme?: string;
}

/** One rendered file, in memory. */
export interface RenderedFile {
  format: string;
  /** A file name for it: the case study's `id` with the format's extension. */
  name: string;
  mimeType: string;
  bytes: Uint8Array;
}

/** What a render made, and what it could not do as asked. */
export interface RenderOutput {
  files: RenderedFile[];
  warnings: Warning[];
}

/** Options checked and completed: what every stage below receives. */
export interface Settings extends TemplateOptions, RenderOptions {
  writers: readonly Writer[];
  templates: TemplateSet;
}

/**
 * Checks and completes render options: unknown formats, languages, papers, events and days are
 * refused with an `OptionError` that says what is allowed. Loads (once per process) the templates.
 */
export async function settingsFrom(options: RenderCaseStudyOptions = {}): Promise<Settings> {
  const names = options.formats ?? formatNames();
  if (!names.length) throw new OptionError(`no format asked for; formats: ${formatNames().join(', ')}`);
  const chosen = names.map((name) => {
    const writer = writerFor(name);
    if (!writer) throw new OptionError(`unknown format "${name}"; formats: ${formatNames().join(', ')}`);
    return writer;
  });
  const paper = options.paper ?? 'a4';
  if (paper !== 'a4' && paper !== 'letter') throw new OptionError(`unknown paper "${String(paper)}"; use a4 or letter`);
  if (options.event !== undefined && options.event !== 'anniversary') throw new OptionError(`unknown event "${String(options.event)}"; the one event is: anniversary`);
  const epoch = options.sourceDateEpoch;
  if (epoch !== undefined && (!Number.isInteger(epoch) || epoch < 0)) throw new OptionError(`sourceDateEpoch must be whole seconds since 1970, not ${String(epoch)}`);
  const asOf = options.asOf ?? dayOf(epoch);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || !isRealDate(asOf)) throw new OptionError(`the as-of day must be a real day written YYYY-MM-DD, not "${asOf}"`);
  const templates = await prepareTemplates(options.templates);
  const lang = options.lang ?? 'en';
  if (!templates.messages[lang]) throw new OptionError(`no labels for language "${lang}"; available: ${Object.keys(templates.messages).sort().join(', ')}`);
  // Formats in the registry's order, each once.
  const ordered = writers().filter((w) => chosen.includes(w));
  // Theme files and deck templates are read by code loaded only when one is given: a build without
  // them pays nothing for their readers (a theme's fonts, a template's zip and XML).
  const theme = options.theme === undefined ? undefined : await (await import('./brand/theme-file.js')).loadTheme(options.theme);
  const templatePath = options.deckTemplate ?? theme?.deckTemplate;
  const layoutMap = options.layoutMap ?? theme?.layoutMap;
  const deckTemplate =
    templatePath === undefined && layoutMap === undefined
      ? undefined
      : await (await import('./brand/deck-template/deck-template-option.js')).deckTemplateOption(templatePath, layoutMap);
  const brand = theme?.brand ?? (deckTemplate ? await (await import('./brand/template-theme.js')).templateBrand(deckTemplate) : undefined);
  return {
    writers: ordered,
    templates,
    lang,
    asOf,
    event: options.event,
    paper,
    pdfa: options.pdfa ?? false,
    sourceDateEpoch: epoch,
    ...(deckTemplate ? { deckTemplate } : {}),
    ...(brand ? { brand } : {}),
  };
}

/** The day (UTC) of `epoch` seconds, or of now: YYYY-MM-DD. */
export function dayOf(epoch?: number): string {
  return (epoch === undefined ? new Date() : new Date(epoch * 1000)).toISOString().slice(0, 10);
}

/**
 * Renders one case study into each asked-for format, in memory: runs the templates, parses their
 * markup into the document model, and hands each document to its format's writer. Writes nothing.
 * Bad input throws `CaseStudyError`; bad options `OptionError`.
 */
export async function renderCaseStudy(study: LoadedCaseStudy, options: RenderCaseStudyOptions = {}): Promise<RenderOutput> {
  return renderWithSettings(study, await settingsFrom(options));
}

/** `renderCaseStudy` with settings already checked (a batch checks them once). */
export async function renderWithSettings(study: LoadedCaseStudy, settings: Settings): Promise<RenderOutput> {
  const { documents, warnings } = await composeDocuments(study, settings);
  const files: RenderedFile[] = [];
  for (const writer of settings.writers) {
    const doc = documents.get(writer.document)!;
    const result = await renderWith(writer, doc, { ...settings, attachments: sourceAttachment(study) });
    files.push({ format: writer.format, name: `${study.data.id}.${writer.extension}`, mimeType: writer.mimeType, bytes: result.bytes });
    warnings.push(...result.warnings);
  }
  return { files, warnings };
}

/**
 * Checks a case study as a build would, without writing any format: its picture is read and
 * checked, and the templates are run and their markup parsed for every asked-for format.
 * Returns the warnings a build would give; throws what a build would throw.
 */
export async function validateCaseStudy(study: LoadedCaseStudy, options: RenderCaseStudyOptions = {}): Promise<{ warnings: Warning[] }> {
  const { warnings } = await composeDocuments(study, await settingsFrom(options));
  return { warnings };
}

/** The documents of the asked-for formats (one per kind), from the templates. */
async function composeDocuments(study: LoadedCaseStudy, settings: Settings): Promise<{ documents: Map<DocumentKind, BriefDocument | DeckDocument>; warnings: Warning[] }> {
  const full = await withImage(study);
  const { data, images, warnings } = localizedStudy(full, settings.lang);
  warnings.push(...(full.warnings ?? []), ...proposedWarnings(full));
  const documents = new Map<DocumentKind, BriefDocument | DeckDocument>();
  for (const writer of settings.writers) {
    if (documents.has(writer.document)) continue;
    documents.set(writer.document, documentFor(writer.document, data, settings, images) as BriefDocument | DeckDocument);
  }
  return { documents, warnings };
}

/** Runs the template of `kind` and parses its markup. */
export function documentFor(
  kind: DocumentKind | 'pack',
  data: LocalizedCaseStudy,
  settings: Pick<Settings, 'templates' | 'lang' | 'asOf' | 'event'>,
  images: ReadonlyMap<string, MarkupImage>,
) {
  const set = settings.templates;
  const markup = renderMarkup(set, kind as DocumentKind, data, settings);
  return parseDocumentMarkup(markup, kind, set, images);
}

/** The most slides one case study's deck may have, and the most markup a template may make for one document. */
export const LIMITS = { slides: 500, markupBytes: 16 * 2 ** 20 } as const;

/**
 * Parses markup a template of `kind` made, placing any error in that template first. The document
 * must be of the template's kind (`<deck>` from deck.hbs), not empty, and within `LIMITS`.
 */
export function parseDocumentMarkup(markup: string, kind: DocumentKind | 'pack', set: TemplateSet, images: ReadonlyMap<string, MarkupImage> = new Map()) {
  const own = set.sources.filter((s) => path.basename(s.file) === `${kind}.hbs`);
  const file = own[0]?.file ?? `${kind}.hbs`;
  const fail = (message: string) => new CaseStudyError('E_MARKUP', [{ file, message }]);
  if (markup.length > LIMITS.markupBytes)
    throw fail(
      `the template made ${(markup.length / 2 ** 20).toFixed(0)} MB of markup for one ${kind}; at most ${LIMITS.markupBytes / 2 ** 20} MB is taken (is a loop repeating without end?)`,
    );
  const doc = parseMarkup(markup, { file, sources: [...own, ...set.sources.filter((s) => !own.includes(s))], images });
  if (doc.type !== kind) throw fail(`${kind}.hbs must make one <${kind}> document, not a <${doc.type}>`);
  if (doc.type === 'deck' && !doc.slides.length) throw fail('the deck template made no slide; a deck needs at least one <slide>');
  if (doc.type === 'deck' && doc.slides.length > LIMITS.slides)
    throw fail(`the deck template made ${doc.slides.length} slides; a case study's deck may have at most ${LIMITS.slides}`);
  if (doc.type === 'brief' && !doc.blocks.length) throw fail('the brief template made an empty brief; it needs at least one block, such as <cover> or <p>');
  return doc;
}

/**
 * A case study in the build's language, with the pictures its templates may name, and a warning
 * for text it lacks in that language.
 */
export function localizedStudy(study: LoadedCaseStudy, lang: string): { data: LocalizedCaseStudy; images: Map<string, MarkupImage>; warnings: Warning[] } {
  const { data, fallbacks } = localize(study.data, lang);
  const images = new Map<string, MarkupImage>();
  if (data.image && study.image) {
    const src = data.image.file;
    data.image = { ...data.image, src, width: study.image.width, height: study.image.height };
    images.set(src, { data: study.image.bytes, format: study.image.format, width: study.image.width, height: study.image.height });
  }
  return { data, images, warnings: fallbacks.length ? [fallbackWarning(fallbacks, lang, study.data.language)] : [] };
}

/** Loads the shipped templates, or a user's folder of them, once per process and folder. */
export async function prepareTemplates(dir?: string): Promise<TemplateSet> {
  const key = dir ? path.resolve(dir) : '';
  let set = templateSets.get(key);
  if (!set) {
    set = dir ? loadTemplates(key) : loadTemplates();
    templateSets.set(key, set);
    // A broken template is read again next time, once it may have been fixed.
    set.catch(() => templateSets.delete(key));
  }
  return set;
}

/** Templates compiled in this process, by folder: a batch or a watch compiles them once. */
const templateSets = new Map<string, Promise<TemplateSet>>();

/** Forgets compiled templates, so the next render reads them again (after a template is saved). */
export function forgetTemplates(): void {
  templateSets.clear();
}

/**
 * A timeline entry marked `proposed: true` is a date `casebrief import` guessed and no person has
 * confirmed yet: it is printed with "(proposed)", and each one is pointed out at its line.
 */
export function proposedWarnings(study: LoadedCaseStudy): Warning[] {
  const entries = (study.data.timeline ?? []).filter((t) => t.proposed);
  if (!entries.length) return [];
  const lines = study.text.split(/\r\n|\r|\n/);
  const at = lines.flatMap((l, i) => (/^\s*(?:-\s+)?proposed:\s*true\b/.test(l) ? [{ line: i + 1, col: l.indexOf('proposed') + 1 }] : []));
  return entries.map((t, i) => ({
    code: 'W_PROPOSED',
    message: `the timeline entry of ${t.date} is marked "proposed: true": a date casebrief import proposed, printed with "(proposed)"; check it against the text and delete that line`,
    file: study.file,
    ...(at.length === entries.length ? at[i] : {}),
  }));
}

function fallbackWarning(fields: string[], lang: string, original: string): Warning {
  const shown = fields.length > 6 ? `${fields.slice(0, 6).join(', ')} and ${fields.length - 6} more` : fields.join(', ');
  return {
    code: 'W_LANG_FALLBACK',
    message: `no "${lang}" text for ${fields.length} field${fields.length === 1 ? '' : 's'} (${shown}); the original ("${original}") is used`,
  };
}

/** The case study's YAML, to carry inside the PDF (a PDF/A-3 associated file). */
export function sourceAttachment(study: LoadedCaseStudy): NonNullable<RenderOptions['attachments']> {
  return [
    {
      name: study.file === '<input>' ? `${study.data.id}.yaml` : path.basename(study.file),
      mimeType: 'application/yaml',
      description: 'The case study this brief was built from (casebrief YAML source)',
      bytes: new TextEncoder().encode(study.text),
    },
  ];
}
