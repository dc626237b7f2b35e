import { CaseStudyError, UsageError, formatProblem } from '../../errors.js';
import { loadCaseStudy } from '../../load/load-case-study.js';
import { validateCaseStudy } from '../../pipeline.js';
import { expandInputs } from '../expand-inputs.js';
import { parseCommandArgs } from '../options.js';
import type { Io } from '../io.js';
import { BUILD_OPTIONS, buildSettings } from './build.js';

const { out: _out, quiet: _quiet, ...VALIDATE_OPTIONS } = BUILD_OPTIONS;

/**
 * `casebrief validate`: checks each case study as `build` would (YAML, picture, templates and
 * their markup), writing nothing, and prints every problem. Returns the exit code.
 */
export async function validateCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, VALIDATE_OPTIONS);
  if (!positionals.length) throw new UsageError('validate needs at least one case study file or folder, e.g. casebrief validate data/*.yaml');
  const { options } = await buildSettings({ ...values, out: '.', quiet: true });
  let failed = 0;
  for (const file of await expandInputs(positionals)) {
    try {
      const { warnings } = await validateCaseStudy(await loadCaseStudy(file), options);
      for (const w of warnings) io.err(`${file}: warning: ${w.message}`);
      io.out(`${file}: ok`);
    } catch (err) {
      if (!(err instanceof CaseStudyError)) throw err;
      failed++;
      io.err(err.problems.map(formatProblem).join('\n'));
    }
  }
  return failed ? 1 : 0;
}
