import { CaseStudyError, UsageError, formatProblem } from '../../errors.js';
import { loadAll } from '../../pack/load-all.js';
import path from 'node:path';
import { expandInputs } from '../expand-inputs.js';
import { parseCommandArgs } from '../options.js';
import type { Io } from '../io.js';
import { BUILD_OPTIONS, buildSettings } from './build.js';

const { format: _format, out: _out, ...SHARED } = BUILD_OPTIONS;

/** `casebrief pack`: one PDF briefing pack (and optionally one deck) of several case studies. Returns the exit code. */
export async function packCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    ...SHARED,
    out: { type: 'string', short: 'o' },
    title: { type: 'string' },
    deck: { type: 'boolean', default: false },
  });
  if (!positionals.length) throw new UsageError('pack needs case study files or folders, e.g. casebrief pack data/ --title "Mission to Shanghai" -o out/pack.pdf');
  if (!values.title?.trim()) throw new UsageError('pack needs a --title, e.g. --title "Mission to Shanghai, May 2027"');
  if (!values.out || !/\.pdf$/i.test(values.out)) throw new UsageError(`pack needs -o with the PDF to write, e.g. -o out/pack.pdf${values.out ? `, not "${values.out}"` : ''}`);
  const settings = await buildSettings({ ...values, out: values.out, format: values.deck ? 'pdf,pptx' : 'pdf' });
  const files = await expandInputs(positionals);

  let studies: Awaited<ReturnType<typeof loadAll>>;
  try {
    studies = await loadAll(files);
  } catch (err) {
    if (!(err instanceof CaseStudyError)) throw err;
    io.err(err.problems.map(formatProblem).join('\n'));
    const failed = new Set(err.problems.map((d) => d.file)).size;
    io.err(`${failed} of ${files.length} case studies could not be loaded; nothing was written.`);
    return 1;
  }
  const { renderPack } = await import('../../pack/build-pack.js');
  const { writeAtomically } = await import('../../output/write-atomic.js');
  const pdf = values.out;
  const name = path.basename(pdf, path.extname(pdf));
  const { files: outputs, warnings } = await renderPack(studies, { ...settings.options, title: values.title.trim(), name });
  const written = outputs.map((f) => ({ path: f.format === 'pdf' ? pdf : path.join(path.dirname(pdf), f.name), bytes: f.bytes }));
  await writeAtomically(written);
  for (const w of warnings) io.err(`${w.file ?? pdf}: warning: ${w.message}`);
  for (const file of written) io.out(file.path);
  return 0;
}
