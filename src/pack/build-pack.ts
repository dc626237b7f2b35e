import path from 'node:path';
import { inlineText, type BriefDocument, type DeckDocument, type PackDocument, type Warning } from '../model/document.js';
import type { LoadedCaseStudy } from '../load/load-case-study.js';
import { parseMarkup } from '../markup/parse-markup.js';
import { localizedStudy, sourceAttachment } from '../pipeline.js';
import type { RenderOptions } from '../writers/render-options.js';
import type { TemplateSet } from '../template/load-templates.js';
import { renderMarkup, type TemplateOptions } from '../template/render-markup.js';
import { renderPackMarkup } from '../template/render-pack-markup.js';
import type { OutputFile } from '../output/write-atomic.js';
import { combineDecks } from './combine-decks.js';

/** Everything a pack needs besides its case studies. */
export interface PackOptions extends TemplateOptions, RenderOptions {
  /** The pack's title, e.g. "Mission to Shanghai, May 2027". */
  title: string;
  /** The PDF to write; the combined deck goes beside it with the extension .pptx. */
  out: string;
  /** Also write one deck of all the case studies. */
  deck: boolean;
  templates: TemplateSet;
}

/** The documents of a pack: the pack with a brief per case study, and each case study's deck when a deck is asked for. */
export interface PackDocuments {
  pack: PackDocument;
  decks: DeckDocument[];
  warnings: Warning[];
}

/** Runs the templates for every case study and for the pack itself, in the order of `studies`. */
export function composePack(studies: readonly LoadedCaseStudy[], options: Omit<PackOptions, 'out'>): PackDocuments {
  const warnings: Warning[] = [];
  const briefs: BriefDocument[] = [];
  const decks: DeckDocument[] = [];
  const set = options.templates;
  for (const study of studies) {
    const { data, warnings: lang } = localizedStudy(study, options.lang);
    warnings.push(...lang.map((w) => ({ ...w, message: `${study.file}: ${w.message}` })));
    briefs.push(parse(renderMarkup(set, 'brief', data, options), 'brief', set) as BriefDocument);
    if (options.deck) decks.push(parse(renderMarkup(set, 'deck', data, options), 'deck', set) as DeckDocument);
  }
  const chapters = briefs.map((b, i) => ({ title: chapterTitle(b), source: studies[i]!.data.source }));
  const cover = parse(renderPackMarkup(set, options.title, chapters, options), 'pack', set) as PackDocument;
  return { pack: { ...cover, chapters: briefs }, decks, warnings };
}

/** Renders the pack (and its deck when asked) in memory; the PDF carries every case study's YAML. */
export async function renderPack(studies: readonly LoadedCaseStudy[], options: PackOptions): Promise<{ files: OutputFile[]; warnings: Warning[] }> {
  const { pack, decks, warnings } = composePack(studies, options);
  const { renderPackPdf } = await import('../writers/pdf/render-pack.js');
  const pdf = await renderPackPdf(pack, { ...options, attachments: attachments(studies) });
  const files: OutputFile[] = [{ path: options.out, bytes: pdf.bytes }];
  warnings.push(...pdf.warnings);
  if (options.deck) {
    const { renderPptx } = await import('../writers/pptx/render-pptx.js');
    const deck = await renderPptx(combineDecks(pack, decks), options);
    files.push({ path: deckPath(options.out), bytes: deck.bytes });
    warnings.push(...deck.warnings);
  }
  return { files, warnings };
}

/** The combined deck's path: the pack's, with .pptx for .pdf. */
export function deckPath(pdf: string): string {
  return path.join(path.dirname(pdf), `${path.basename(pdf, path.extname(pdf))}.pptx`);
}

function parse(markup: string, kind: 'brief' | 'deck' | 'pack', set: TemplateSet) {
  const own = set.sources.filter((s) => s.file.endsWith(`${kind}.hbs`));
  const file = own[0]?.file ?? `${kind}.hbs`;
  // The template's own text first, so an unknown element is placed in it rather than in another.
  return parseMarkup(markup, { file, sources: [...own, ...set.sources.filter((s) => !own.includes(s))] });
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
