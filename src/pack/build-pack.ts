import { CaseStudyError, OptionError, type Problem } from '../errors.js';
import { inlineText, type BriefDocument, type DeckDocument, type PackDocument, type Warning } from '../model/document.js';
import { withImage, type LoadedCaseStudy } from '../load/load-case-study.js';
import { documentFor, localizedStudy, parseDocumentMarkup, settingsFrom, sourceAttachment, type RenderCaseStudyOptions, type RenderOutput, type Settings } from '../pipeline.js';
import type { RenderOptions } from '../writers/render-options.js';
import { renderWith } from '../writers/registry.js';
import { renderPackMarkup } from '../template/render-pack-markup.js';
import { combineDecks } from './combine-decks.js';

/** How a briefing pack is rendered: the options of a case study, and the pack's own. */
export interface RenderPackOptions extends RenderCaseStudyOptions {
  /** The pack's title, e.g. "Mission to Shanghai, May 2027". */
  title: string;
  /** The files' name without extension; default `pack`. */
  name?: string;
  /** Formats to write; default `pdf` only (add `pptx` for one deck of every case study). */
  formats?: readonly string[];
}

/** The documents of a pack: the pack with a brief per case study, and one deck of all of them. */
export interface PackDocuments {
  pack: PackDocument;
  deck: DeckDocument;
  warnings: Warning[];
}

/** Runs the templates for every case study and for the pack itself, in the order of `studies`. */
export function composePack(studies: readonly LoadedCaseStudy[], title: string, settings: Settings, withDeck: boolean): PackDocuments {
  const warnings: Warning[] = [];
  const briefs: BriefDocument[] = [];
  const decks: DeckDocument[] = [];
  for (const study of studies) {
    const { data, images, warnings: lang } = localizedStudy(study, settings.lang);
    warnings.push(...lang.map((w) => ({ ...w, file: study.file })));
    briefs.push(documentFor('brief', data, settings, images) as BriefDocument);
    if (withDeck) decks.push(documentFor('deck', data, settings, images) as DeckDocument);
  }
  const chapters = briefs.map((b, i) => ({ title: chapterTitle(b), source: studies[i]!.data.source }));
  const cover = parseDocumentMarkup(renderPackMarkup(settings.templates, title, chapters, settings), 'pack', settings.templates) as PackDocument;
  const pack: PackDocument = { ...cover, chapters: briefs };
  return { pack, deck: combineDecks(pack, decks), warnings };
}

/**
 * Renders a briefing pack in memory: one PDF with a cover, a linked table of contents and a chapter
 * per case study (carrying every case study's YAML), and, when `pptx` is asked for, one deck of all
 * of them. Two case studies with the same `id` are refused.
 */
export async function renderPack(studies: readonly LoadedCaseStudy[], options: RenderPackOptions): Promise<RenderOutput> {
  if (!options.title?.trim()) throw new OptionError('a pack needs a title, e.g. "Mission to Shanghai, May 2027"');
  if (!studies.length) throw new OptionError('a pack needs at least one case study');
  const settings = await settingsFrom({ ...options, formats: options.formats ?? ['pdf'] });
  refuseSameIds(studies);
  const loaded = await Promise.all(studies.map(withImage));
  const withDeck = settings.writers.some((w) => w.document === 'deck');
  const { pack, deck, warnings } = composePack(loaded, options.title.trim(), settings, withDeck);
  const name = options.name ?? 'pack';
  const files: RenderOutput['files'] = [];
  for (const writer of settings.writers) {
    const doc = writer.document === 'deck' ? deck : pack;
    const result = await renderWith(writer, doc, { ...settings, attachments: attachments(loaded) });
    files.push({ format: writer.format, name: `${name}.${writer.extension}`, mimeType: writer.mimeType, bytes: result.bytes });
    warnings.push(...result.warnings);
  }
  return { files, warnings };
}

/** Two case studies with one `id` would be two chapters under one name: refused, naming both files. */
function refuseSameIds(studies: readonly LoadedCaseStudy[]): void {
  const first = new Map<string, LoadedCaseStudy>();
  const problems: Problem[] = [];
  for (const study of studies) {
    const earlier = first.get(study.data.id);
    if (earlier) problems.push({ file: study.file, message: `has the id "${study.data.id}", as ${earlier.file} has; give each case study an id of its own` });
    else first.set(study.data.id, study);
  }
  if (problems.length) throw new CaseStudyError('E_INPUT', problems);
}

function chapterTitle(brief: BriefDocument): string {
  const cover = brief.blocks.find((b) => b.type === 'cover');
  return cover?.type === 'cover' ? inlineText(cover.title) : brief.meta.title;
}

// Each case study's YAML travels inside the pack; a name used twice gets its chapter number.
function attachments(studies: readonly LoadedCaseStudy[]): NonNullable<RenderOptions['attachments']> {
  const seen = new Set<string>();
  return studies.flatMap((study, i) =>
    sourceAttachment(study).map((a) => {
      const name = seen.has(a.name) ? `${i + 1}-${a.name}` : a.name;
      seen.add(name);
      return { ...a, name };
    }),
  );
}
