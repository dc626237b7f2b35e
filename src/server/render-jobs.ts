import { CaseStudyError, OptionError, type ErrorCode, type Problem } from '../errors.js';
import { loadCaseStudy, type RenderCaseStudyOptions, type Warning } from '../index.js';
import { pack, parsePosted, preview, renderOne, validate, type PreviewPart } from './render-service.js';

/**
 * The work the server hands to its render workers, and what comes back: plain data that crosses
 * threads (the case study travels as its text and file name; errors as their kind and problems).
 */

export type RenderJob =
  | { kind: 'render'; text: string; file: string; format: string; options: RenderCaseStudyOptions }
  | { kind: 'validate'; text: string; file: string; options: RenderCaseStudyOptions }
  | { kind: 'preview'; text: string; file: string; options: RenderCaseStudyOptions; parts: PreviewPart[] }
  | { kind: 'pack'; files: string[]; title: string; format: string; options: RenderCaseStudyOptions };

export interface RenderedBytes {
  name: string;
  mimeType: string;
  bytes: Uint8Array;
}

export interface JobResult {
  file?: RenderedBytes;
  pdf?: Uint8Array;
  slides?: string[];
  warnings: Warning[];
}

/** An error as it crosses from a worker: enough to throw the same kind of error again. */
export type SentError =
  | { type: 'CaseStudyError'; code: ErrorCode; problems: Problem[] }
  | { type: 'OptionError'; message: string }
  | { type: 'Error'; message: string; stack?: string };

/** Does one job (in a worker, or in this thread when there are no workers). */
export async function runJob(job: RenderJob): Promise<JobResult> {
  switch (job.kind) {
    case 'render': {
      const { file, warnings } = await renderOne(parsePosted(job.text, job.file), job.format, job.options);
      return { file: { name: file.name, mimeType: file.mimeType, bytes: file.bytes }, warnings };
    }
    case 'validate':
      return { warnings: await validate(parsePosted(job.text, job.file), job.options) };
    case 'preview':
      return preview(parsePosted(job.text, job.file), job.options, job.parts);
    case 'pack': {
      const studies = await Promise.all(job.files.map((f) => loadCaseStudy(f)));
      const { file, warnings } = await pack(studies, job.title, job.format, job.options);
      return { file: { name: file.name, mimeType: file.mimeType, bytes: file.bytes }, warnings };
    }
  }
}

export function sendError(err: unknown): SentError {
  if (err instanceof CaseStudyError) return { type: 'CaseStudyError', code: err.code, problems: err.problems };
  if (err instanceof OptionError) return { type: 'OptionError', message: err.message };
  const e = err as Error;
  return { type: 'Error', message: e?.message ?? String(err), stack: e?.stack };
}

export function receivedError(sent: SentError): Error {
  if (sent.type === 'CaseStudyError') return new CaseStudyError(sent.code, sent.problems);
  if (sent.type === 'OptionError') return new OptionError(sent.message);
  const err = new Error(sent.message);
  if (sent.stack) err.stack = sent.stack;
  return err;
}
