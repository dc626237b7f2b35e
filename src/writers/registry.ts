import type { BriefDocument, DeckDocument, PackDocument } from '../model/document.js';
import type { RenderOptions, RenderResult } from './render-options.js';

/**
 * The documents a template can make for one case study, each from `templates/<kind>.hbs`:
 * a brief (pages) or a deck (slides). A briefing pack is a brief whose chapters are briefs.
 */
export type DocumentKind = 'brief' | 'deck';

/** The document model a writer of each kind receives. */
export interface DocumentOf {
  brief: BriefDocument | PackDocument;
  deck: DeckDocument;
}

/** One output format: which document it renders, how its files are named and served, and the writer itself. */
export interface Writer<K extends DocumentKind = DocumentKind> {
  /** The name users give (`--format pdf`), also the key of this registry. */
  readonly format: string;
  /** The document it renders, and so the template it takes (`<document>.hbs`). */
  readonly document: K;
  /** File extension, without the dot. */
  readonly extension: string;
  readonly mimeType: string;
  /** What the file is, in a few words, for help texts. */
  readonly description: string;
  /** Renders a document model to bytes; reads no file, prints nothing. */
  render(doc: DocumentOf[K], options: RenderOptions): Promise<RenderResult>;
}

// Each writer's code is imported on first use: a PDF-only build never loads pptxgenjs.
const pdf: Writer<'brief'> = {
  format: 'pdf',
  document: 'brief',
  extension: 'pdf',
  mimeType: 'application/pdf',
  description: 'PDF brief',
  render: async (doc, options) => (await import('./pdf/index.js')).renderBrief(doc, options),
};

const pptx: Writer<'deck'> = {
  format: 'pptx',
  document: 'deck',
  extension: 'pptx',
  mimeType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  description: 'PowerPoint deck',
  render: async (doc, options) => (await import('./pptx/render-pptx.js')).renderPptx(doc, options),
};

/** Every format casebrief writes, in the order they are built and listed. Adding a format is one line here. */
const WRITERS: readonly Writer[] = [pdf, pptx] as Writer[];

/** The writers, in order. */
export function writers(): readonly Writer[] {
  return WRITERS;
}

/** The writer of `format`, or undefined when there is none. */
export function writerFor(format: string): Writer | undefined {
  return WRITERS.find((w) => w.format === format);
}

/** The format names, for messages and help (`pdf, pptx`). */
export function formatNames(): string[] {
  return WRITERS.map((w) => w.format);
}

/** The document kinds some writer renders: the templates a set must have (besides pack.hbs). */
export function documentKinds(): DocumentKind[] {
  return [...new Set(WRITERS.map((w) => w.document))];
}

/** Renders with `writer`, its document type checked against the writer's kind at one place. */
export function renderWith(writer: Writer, doc: BriefDocument | PackDocument | DeckDocument, options: RenderOptions): Promise<RenderResult> {
  const kind = doc.type === 'pack' ? 'brief' : doc.type;
  if (kind !== writer.document) throw new Error(`the ${writer.format} writer renders a ${writer.document}, not a ${doc.type}`);
  return (writer.render as (d: typeof doc, o: RenderOptions) => Promise<RenderResult>)(doc, options);
}
