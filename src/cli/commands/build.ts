import os from 'node:os';
import { OptionError, UsageError } from '../../errors.js';
import { settingsFrom, type RenderCaseStudyOptions } from '../../pipeline.js';
import { formatNames } from '../../writers/registry.js';
import { defaultJobs } from '../../batch/jobs.js';
import { runBatch } from '../../batch/run-batch.js';
import type { BuildOutcome, BuildSettings } from '../../batch/build-settings.js';
import { readFile } from 'node:fs/promises';
import { expandInputs } from '../expand-inputs.js';
import { parseCommandArgs, sourceDateEpoch } from '../options.js';
import { progressReporter } from '../progress.js';
import type { Io } from '../io.js';

/** The build options shared by `build`, `watch` and `pack`. */
export const BUILD_OPTIONS = {
  out: { type: 'string', short: 'o', default: 'out' },
  format: { type: 'string', short: 'f', default: formatNames().join(',') },
  templates: { type: 'string', short: 't' },
  lang: { type: 'string', short: 'l', default: 'en' },
  'as-of': { type: 'string' },
  event: { type: 'string' },
  paper: { type: 'string', default: 'a4' },
  pdfa: { type: 'boolean', default: false },
  'deck-template': { type: 'string' },
  'layout-map': { type: 'string' },
  theme: { type: 'string' },
  quiet: { type: 'boolean', short: 'q', default: false },
  debug: { type: 'boolean', default: false },
} as const;

type BuildValues = ReturnType<typeof parseCommandArgs<typeof BUILD_OPTIONS>>['values'];

/**
 * Turns the build options into the library's render options, checked now (a bad option is
 * reported once, as bad usage, not once per case study), and the folder to write to.
 */
export async function buildSettings(values: BuildValues): Promise<BuildSettings> {
  const options: RenderCaseStudyOptions = {
    formats: values.format.split(',').map((f) => f.trim()),
    templates: values.templates,
    lang: values.lang,
    asOf: values['as-of'],
    event: values.event as RenderCaseStudyOptions['event'],
    paper: values.paper as RenderCaseStudyOptions['paper'],
    pdfa: values.pdfa,
    sourceDateEpoch: sourceDateEpoch(),
    ...(values['deck-template'] !== undefined ? { deckTemplate: values['deck-template'] } : {}),
    ...(values['layout-map'] !== undefined ? { layoutMap: values['layout-map'] } : {}),
    ...(values.theme !== undefined ? { theme: values.theme } : {}),
  };
  if (values.out === '') throw new UsageError('--out needs a folder, e.g. --out out/');
  try {
    const checked = await settingsFrom(options);
    // The day is fixed once for the whole build, so a batch running past midnight agrees with itself.
    return { outDir: values.out, options: { ...options, asOf: checked.asOf } };
  } catch (err) {
    if (err instanceof OptionError && !(err instanceof UsageError)) throw new UsageError(cliWording(err.message));
    throw err;
  }
}

/** The library's option names as the command line spells them. */
function cliWording(message: string): string {
  return message.replace(/^the as-of day/, '--as-of').replace(/^sourceDateEpoch/, 'SOURCE_DATE_EPOCH');
}

/** `casebrief build`: renders each case study; one failure does not stop the others. Returns the exit code. */
export async function buildCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    ...BUILD_OPTIONS,
    jobs: { type: 'string', short: 'j' },
  });
  if (!positionals.length) throw new UsageError('build needs at least one case study file or folder, e.g. casebrief build data/milan-shanghai.yaml');
  const requested = jobsFrom(values.jobs, io);
  const settings = await buildSettings(values);
  const files = await expandInputs(positionals);
  const { unique, clashes } = await sameIds(files);
  const jobs = requested ?? defaultJobs(unique.length);

  // One file needs no progress: its outputs or its error say it all.
  const progress = progressReporter(unique.length, io.progress(values.quiet || unique.length === 1));
  const outcomes = [...(await runBatch(unique, settings, jobs, progress)), ...clashes];
  progress.end();

  for (const o of outcomes) if (o.ok) for (const w of o.warnings) io.err(w);
  for (const o of outcomes) if (o.ok) for (const file of o.outputs) io.out(file);
  const failed = outcomes.flatMap((o) => (o.ok ? [] : [o]));
  if (!failed.length) return 0;
  if (files.length > 1) io.err(`${failed.length} of ${files.length} case studies failed:`);
  for (const f of failed) io.err(f.errors.join('\n'));
  return 1;
}

/**
 * How many case studies to build at once, as asked: a whole number, at most one per core (each
 * build holds its fonts and documents in memory; more threads than cores only share the same
 * cores). Not asked: undefined, and the batch decides (defaultJobs).
 */
function jobsFrom(raw: string | undefined, io: Io): number | undefined {
  const cores = os.availableParallelism();
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw) || Number(raw) < 1) throw new UsageError(`--jobs must be a whole number of at least 1, such as 2, not "${raw}"`);
  const jobs = Number(raw);
  if (jobs > cores) io.err(`casebrief: --jobs ${raw} is more than this machine's ${cores} cores; building ${cores} at once.`);
  return Math.min(jobs, cores);
}

/**
 * Case studies whose `id` another one in this build already has would write the same files:
 * the first is built, the others fail with a message naming both. The id is read from the
 * top-level `id:` line, before any build starts; a file without one fails later, on its own.
 */
async function sameIds(files: readonly string[]): Promise<{ unique: string[]; clashes: BuildOutcome[] }> {
  if (files.length < 2) return { unique: [...files], clashes: [] };
  const owner = new Map<string, string>();
  const unique: string[] = [];
  const clashes: BuildOutcome[] = [];
  for (const file of files) {
    let text = '';
    try {
      text = await readFile(file, { encoding: 'utf8' });
    } catch {
      // Unreadable: the build reports it properly.
    }
    const m = /^id:[ \t]*(?:"([^"\n]*)"|'([^'\n]*)'|([^\s#]+))/m.exec(text);
    const id = m ? (m[1] ?? m[2] ?? m[3]) : undefined;
    const first = id === undefined ? undefined : owner.get(id);
    if (first !== undefined) {
      const line = text.slice(0, m!.index).split('\n').length;
      clashes.push({
        input: file,
        ok: false,
        errors: [`${file}:${line}:1: the id "${id}" is also the id of ${first}, and both would be written to ${id}.pdf; give each case study an id of its own`],
        ms: 0,
      });
    } else {
      if (id !== undefined) owner.set(id, file);
      unique.push(file);
    }
  }
  return { unique, clashes };
}
