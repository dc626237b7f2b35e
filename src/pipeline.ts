import path from 'node:path';
import type { BriefDocument, DeckDocument, Warning } from './model/document.js';
import { loadCaseStudy, type LoadedCaseStudy } from './load/load-case-study.js';
import { localize, type LocalizedCaseStudy } from './load/localize.js';
import { loadTemplates, type TemplateSet } from './template/load-templates.js';
import { renderMarkup, type TemplateOptions } from './template/render-markup.js';
import { parseMarkup } from './markup/parse-markup.js';
import type { RenderOptions } from './writers/render-options.js';
import { writeAtomically, type OutputFile } from './output/write-atomic.js';

/** The formats casebrief writes. */
export type Format = 'pdf' | 'pptx';

/** Everything a build needs besides the case study. */
export interface BuildOptions extends TemplateOptions, RenderOptions {
  outDir: string;
  formats: readonly Format[];
  templates: TemplateSet;
}

/** What a build wrote and what it could not do as asked. */
export interface BuildResult {
  input: string;
  outputs: string[];
  warnings: Warning[];
}

/** Renders one loaded case study into the requested formats, in memory. */
export async function renderCaseStudy(study: LoadedCaseStudy, options: BuildOptions): Promise<{ files: OutputFile[]; warnings: Warning[] }> {
  const files: OutputFile[] = [];
  const warnings: Warning[] = [];
  const id = study.data.id;
  const { data, warnings: langWarnings } = localizedStudy(study, options.lang);
  warnings.push(...langWarnings);
  for (const format of options.formats) {
    const kind = format === 'pdf' ? 'brief' : 'deck';
    const markup = renderMarkup(options.templates, kind, data, options);
    const file = options.templates.sources.find((s) => s.file.endsWith(`${kind}.hbs`))?.file ?? `${kind}.hbs`;
    const doc = parseMarkup(markup, { file, sources: options.templates.sources });
    const result =
      format === 'pdf'
        ? await (await import('./writers/pdf/render-pdf.js')).renderPdf(doc as BriefDocument, { ...options, attachments: sourceAttachment(study) })
        : await (await import('./writers/pptx/render-pptx.js')).renderPptx(doc as DeckDocument, options);
    files.push({ path: path.join(options.outDir, `${id}.${format}`), bytes: result.bytes });
    warnings.push(...result.warnings);
  }
  return { files, warnings };
}

/** A case study in the build's language, its picture resolved, with a warning for text it lacks in that language. */
export function localizedStudy(study: LoadedCaseStudy, lang: string): { data: LocalizedCaseStudy; warnings: Warning[] } {
  const { data, fallbacks } = localize(study.data, lang);
  if (data.image && study.image) data.image = { ...data.image, src: study.image.path, width: study.image.width, height: study.image.height };
  return { data, warnings: fallbacks.length ? [fallbackWarning(fallbacks, lang, study.data.language)] : [] };
}

/** Loads, renders and writes one case study; nothing is written unless every format succeeded. */
export async function buildCaseStudy(input: string, options: BuildOptions): Promise<BuildResult> {
  const study = await loadCaseStudy(input);
  const { files, warnings } = await renderCaseStudy(study, options);
  await writeAtomically(files);
  return { input, outputs: files.map((f) => f.path), warnings };
}

/** Loads the shipped templates, or a user's folder of them. */
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

/** Forgets compiled templates, so the next build reads them again (watch mode, after a template is saved). */
export function forgetTemplates(): void {
  templateSets.clear();
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
      name: path.basename(study.file),
      mimeType: 'application/yaml',
      description: 'The case study this brief was built from (casebrief YAML source)',
      bytes: new TextEncoder().encode(study.text),
    },
  ];
}

