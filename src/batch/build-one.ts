import { CaseStudyError, formatProblem } from '../errors.js';
import { buildCaseStudy, prepareTemplates } from '../pipeline.js';
import type { BuildOutcome, BuildSettings } from './build-settings.js';

/** Builds one case study and reports how it ended; only bugs escape as exceptions. */
export async function buildOne(input: string, settings: BuildSettings): Promise<BuildOutcome> {
  const started = performance.now();
  try {
    const templates = await prepareTemplates(settings.templatesDir);
    const result = await buildCaseStudy(input, { ...settings, templates });
    const warnings = result.warnings.map((w) => w.message);
    return { input, ok: true, outputs: result.outputs, warnings, ms: performance.now() - started };
  } catch (err) {
    if (!(err instanceof CaseStudyError)) throw err;
    return { input, ok: false, errors: err.problems.map(formatProblem), ms: performance.now() - started };
  }
}

/** As `buildOne`, but a bug in casebrief is reported as that case study's failure, so a batch goes on. */
export async function buildOneReportingBugs(input: string, settings: BuildSettings): Promise<BuildOutcome> {
  try {
    return await buildOne(input, settings);
  } catch (err) {
    return { input, ok: false, errors: [`${input}: internal error: ${(err as Error).stack ?? String(err)}`], ms: 0 };
  }
}
