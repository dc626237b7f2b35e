import { CasebriefError, formatDiagnostic } from '../errors.js';
import { buildCaseStudy, prepareTemplates } from '../pipeline.js';
import type { TemplateSet } from '../template/load-templates.js';
import type { BuildOutcome, BuildSettings } from './build-settings.js';

const templateCache = new Map<string, Promise<TemplateSet>>();

/** Builds one case study and reports how it ended; only bugs escape as exceptions. */
export async function buildOne(input: string, settings: BuildSettings): Promise<BuildOutcome> {
  const started = performance.now();
  const key = settings.templatesDir ?? '';
  if (!templateCache.has(key)) templateCache.set(key, prepareTemplates(settings.templatesDir));
  try {
    const templates = await (templateCache.get(key) as Promise<TemplateSet>);
    const result = await buildCaseStudy(input, { ...settings, templates });
    const warnings = result.warnings.map((w) => w.message);
    return { input, ok: true, outputs: result.outputs, warnings, ms: performance.now() - started };
  } catch (err) {
    if (!(err instanceof CasebriefError)) throw err;
    templateCache.delete(key); // A broken template is reloaded once it is fixed (watch mode).
    return { input, ok: false, errors: err.diagnostics.map(formatDiagnostic), ms: performance.now() - started };
  }
}

/** Forgets compiled templates, so the next build reads them again. */
export function forgetTemplates(): void {
  templateCache.clear();
}
