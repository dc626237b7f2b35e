import path from 'node:path';
import { CaseStudyError, formatProblem, type Problem } from '../errors.js';
// The modules themselves, not the index: a build needs neither the survey import nor the rest of the API.
import { loadCaseStudy } from '../load/load-case-study.js';
import { renderCaseStudy } from '../pipeline.js';
import { writeAtomically } from '../output/write-atomic.js';
import type { BuildOutcome, BuildSettings } from './build-settings.js';

/**
 * Loads, renders and writes one case study, and reports how it ended. Its files are written
 * together or not at all. Only bugs escape as exceptions.
 */
export async function buildOne(input: string, settings: BuildSettings): Promise<BuildOutcome> {
  const started = performance.now();
  try {
    const study = await loadCaseStudy(input);
    const { files, warnings } = await renderCaseStudy(study, settings.options);
    const written = files.map((f) => ({ path: path.join(settings.outDir, f.name), bytes: f.bytes }));
    await writeAtomically(written);
    return { input, ok: true, outputs: written.map((f) => f.path), warnings: warnings.map((w) => warningText(input, w)), ms: performance.now() - started };
  } catch (err) {
    if (!(err instanceof CaseStudyError)) throw err;
    return { input, ok: false, errors: err.problems.map(formatProblem), ms: performance.now() - started };
  }
}

/** A warning as the CLI prints it: `file:line:col: warning: message`, at the case study when it has no place of its own. */
function warningText(input: string, w: { message: string } & Partial<Problem>): string {
  return formatProblem({ file: w.file ?? input, line: w.line, col: w.col, message: `warning: ${w.message}` });
}

/** As `buildOne`, but a bug in casebrief is reported as that case study's failure, so a batch goes on. */
export async function buildOneReportingBugs(input: string, settings: BuildSettings): Promise<BuildOutcome> {
  try {
    return await buildOne(input, settings);
  } catch (err) {
    return { input, ok: false, errors: [`${input}: internal error: ${(err as Error).stack ?? String(err)}`], ms: 0 };
  }
}
