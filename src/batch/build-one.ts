import { CasebriefError, formatDiagnostic } from '../errors.js';
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
    if (!(err instanceof CasebriefError)) throw err;
    return { input, ok: false, errors: err.diagnostics.map(formatDiagnostic), ms: performance.now() - started };
  }
}
