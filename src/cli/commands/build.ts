import os from 'node:os';
import { UsageError } from '../../errors.js';
import { isRealDate } from '../../load/schema.js';
import type { Format } from '../../pipeline.js';
import { prepareTemplates } from '../../pipeline.js';
import { runBatch } from '../../batch/run-batch.js';
import type { BuildSettings } from '../../batch/build-settings.js';
import { expandInputs } from '../expand-inputs.js';
import { parseCommandArgs, sourceDateEpoch, today } from '../options.js';
import { progressReporter } from '../progress.js';
import type { Io } from '../io.js';

const FORMATS: readonly Format[] = ['pdf', 'pptx'];

/** The build options shared by `build`, `watch` and `pack`. */
export const BUILD_OPTIONS = {
  out: { type: 'string', short: 'o', default: 'out' },
  format: { type: 'string', short: 'f', default: 'pdf,pptx' },
  templates: { type: 'string', short: 't' },
  lang: { type: 'string', short: 'l', default: 'en' },
  'as-of': { type: 'string' },
  event: { type: 'string' },
  paper: { type: 'string', default: 'a4' },
  pdfa: { type: 'boolean', default: false },
  quiet: { type: 'boolean', short: 'q', default: false },
  debug: { type: 'boolean', default: false },
} as const;

type BuildValues = ReturnType<typeof parseCommandArgs<typeof BUILD_OPTIONS>>['values'];

/** Checks the build options and turns them into settings a worker can take. */
export async function buildSettings(values: BuildValues): Promise<BuildSettings> {
  const formats = values.format.split(',').map((f) => f.trim()) as Format[];
  const badFormat = formats.find((f) => !FORMATS.includes(f));
  if (badFormat !== undefined) throw new UsageError(`unknown format "${badFormat}"; use pdf, pptx or pdf,pptx`);
  if (values.paper !== 'a4' && values.paper !== 'letter') throw new UsageError(`unknown paper "${values.paper}"; use a4 or letter`);
  if (values.event !== undefined && values.event !== 'anniversary') throw new UsageError(`unknown event "${values.event}"; the one event is: anniversary`);
  const epoch = sourceDateEpoch();
  const asOf = values['as-of'] ?? today(epoch);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || !isRealDate(asOf)) throw new UsageError(`--as-of must be a real day written YYYY-MM-DD, not "${asOf}"`);
  // Loading the templates now reports a broken template once, not once per case study.
  const templates = await prepareTemplates(values.templates);
  if (!templates.messages[values.lang]) {
    throw new UsageError(`no labels for language "${values.lang}"; available: ${Object.keys(templates.messages).sort().join(', ')}`);
  }
  return {
    outDir: values.out,
    formats,
    templatesDir: values.templates,
    lang: values.lang,
    asOf,
    event: values.event as 'anniversary' | undefined,
    paper: values.paper,
    pdfa: values.pdfa,
    sourceDateEpoch: epoch,
  };
}

/** `casebrief build`: renders each case study; one failure does not stop the others. Returns the exit code. */
export async function buildCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    ...BUILD_OPTIONS,
    jobs: { type: 'string', short: 'j' },
  });
  if (!positionals.length) throw new UsageError('build needs at least one case study file or folder, e.g. casebrief build data/milan-shanghai.yaml');
  const jobs = values.jobs === undefined ? os.availableParallelism() : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs must be a whole number of at least 1, not "${values.jobs}"`);
  const settings = await buildSettings(values);
  const files = await expandInputs(positionals);

  // One file needs no progress: its outputs or its error say it all.
  const progress = progressReporter(files.length, io.progress(values.quiet || files.length === 1));
  const outcomes = await runBatch(files, settings, jobs, progress);
  progress.end();

  for (const o of outcomes) if (o.ok) for (const w of o.warnings) io.err(`${o.input}: warning: ${w}`);
  for (const o of outcomes) if (o.ok) for (const file of o.outputs) io.out(file);
  const failed = outcomes.flatMap((o) => (o.ok ? [] : [o]));
  if (!failed.length) return 0;
  if (files.length > 1) io.err(`${failed.length} of ${files.length} case studies failed:`);
  for (const f of failed) io.err(f.errors.join('\n'));
  return 1;
}
