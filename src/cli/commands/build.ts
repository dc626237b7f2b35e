import { CasebriefError, UsageError, formatDiagnostic } from '../../errors.js';
import { isRealDate } from '../../load/schema.js';
import { buildCaseStudy, prepareTemplates, type Format } from '../../pipeline.js';
import { expandInputs } from '../expand-inputs.js';
import { parseCommandArgs, sourceDateEpoch, today } from '../options.js';
import type { Io } from '../io.js';

const FORMATS: readonly Format[] = ['pdf', 'pptx'];

/** `casebrief build`: renders each case study; one failure does not stop the others. Returns the exit code. */
export async function buildCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    out: { type: 'string', short: 'o', default: 'out' },
    format: { type: 'string', short: 'f', default: 'pdf,pptx' },
    templates: { type: 'string', short: 't' },
    lang: { type: 'string', short: 'l', default: 'en' },
    'as-of': { type: 'string' },
    event: { type: 'string' },
    paper: { type: 'string', default: 'a4' },
    pdfa: { type: 'boolean', default: false },
    debug: { type: 'boolean', default: false },
  });
  if (!positionals.length) throw new UsageError('build needs at least one case study file or folder, e.g. casebrief build data/milan-shanghai.yaml');
  const formats = values.format.split(',').map((f) => f.trim()) as Format[];
  const badFormat = formats.find((f) => !FORMATS.includes(f));
  if (badFormat !== undefined) throw new UsageError(`unknown format "${badFormat}"; use pdf, pptx or pdf,pptx`);
  if (values.paper !== 'a4' && values.paper !== 'letter') throw new UsageError(`unknown paper "${values.paper}"; use a4 or letter`);
  const epoch = sourceDateEpoch();
  const asOf = values['as-of'] ?? today(epoch);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || !isRealDate(asOf)) throw new UsageError(`--as-of must be a real day written YYYY-MM-DD, not "${asOf}"`);

  if (values.event !== undefined && values.event !== 'anniversary') throw new UsageError(`unknown event "${values.event}"; the one event is: anniversary`);

  const templates = await prepareTemplates(values.templates);
  if (!templates.messages[values.lang]) {
    throw new UsageError(`no labels for language "${values.lang}"; available: ${Object.keys(templates.messages).sort().join(', ')}`);
  }
  const files = await expandInputs(positionals);
  const failures: CasebriefError[] = [];
  for (const file of files) {
    try {
      const result = await buildCaseStudy(file, {
        outDir: values.out,
        formats,
        templates,
        lang: values.lang,
        asOf,
        event: values.event as 'anniversary' | undefined,
        paper: values.paper,
        pdfa: values.pdfa,
        sourceDateEpoch: epoch,
      });
      for (const w of result.warnings) io.err(`${file}: warning: ${w.message}`);
      io.out(`${file} → ${result.outputs.join(', ')}`);
    } catch (err) {
      if (!(err instanceof CasebriefError)) throw err;
      failures.push(err);
      if (files.length > 1) io.err(`${file}: failed`);
    }
  }
  if (!failures.length) return 0;
  if (files.length > 1) io.err(`\n${failures.length} of ${files.length} case studies failed:`);
  for (const f of failures) io.err(f.diagnostics.map(formatDiagnostic).join('\n'));
  return 1;
}
