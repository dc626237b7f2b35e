/**
 * casebrief's public API: case studies in, PDF briefs and PowerPoint decks out, in memory.
 *
 *   const study = await loadCaseStudy('data/milan-shanghai.yaml');
 *   const { files, warnings } = await renderCaseStudy(study, { formats: ['pdf', 'pptx'] });
 *
 * Nothing here prints, exits, writes files or changes global state. Bad input throws
 * `CaseStudyError` (every problem, with file, line and column); a bad option throws `OptionError`.
 */
import { importText } from './import/import-text.js';
import type { Warning } from './model/document.js';
import { writers, type DocumentKind } from './writers/registry.js';

export { CaseStudyError, OptionError, formatProblem, type ErrorCode, type Problem } from './errors.js';
export { loadCaseStudy, parseCaseStudy, type LoadedCaseStudy as CaseStudy, type CheckedImage, type ParseOptions } from './load/load-case-study.js';
export type { CaseStudy as CaseStudyData } from './load/schema.js';
export { renderCaseStudy, validateCaseStudy, type RenderCaseStudyOptions, type RenderedFile, type RenderOutput } from './pipeline.js';
export { renderPack, type RenderPackOptions } from './pack/build-pack.js';
export type { Warning } from './model/document.js';
export { clearCaches } from './fonts/process-caches.js';
export { checkDeckTemplate, type DeckTemplateReport } from './brand/deck-template/check-template.js';

/** A survey text turned into case-study YAML: the id it proposes, the YAML, and what to check in it. */
export interface ImportedSurveyText {
  id: string;
  yaml: string;
  warnings: Warning[];
}

/**
 * Turns the plain text of a survey answer (as the Europe - China Exchange Platform Survey shows it)
 * into case-study YAML, with every sentence kept as written. Proposed dates are marked for a person
 * to check. Throws `CaseStudyError` when the text has no title line or no section.
 */
export function importSurveyText(text: string, options: { file?: string } = {}): ImportedSurveyText {
  const file = options.file ?? '<input>';
  const { id, yaml, warnings } = importText(text, file);
  return { id, yaml, warnings: warnings.map((message) => ({ code: 'W_IMPORT', message: message.replace(`${file}: `, ''), file })) };
}

/** A format casebrief writes. */
export interface FormatInfo {
  format: string;
  /** The document it renders from the case study: a `brief` (pages) or a `deck` (slides). */
  document: DocumentKind;
  extension: string;
  mimeType: string;
  description: string;
}

/** The formats casebrief writes, in the order it writes them. */
export function formats(): FormatInfo[] {
  return writers().map(({ format, document, extension, mimeType, description }) => ({ format, document, extension, mimeType, description }));
}
