import { CaseStudyError, UsageError, formatProblem } from '../../errors.js';
import { loadCaseStudy } from '../../load/load-case-study.js';
import { expandInputs } from '../expand-inputs.js';
import { parseCommandArgs } from '../options.js';
import type { Io } from '../io.js';

/** `casebrief validate`: checks each case study and prints every problem. Returns the exit code. */
export async function validateCommand(args: string[], io: Io): Promise<number> {
  const { positionals } = parseCommandArgs(args, { debug: { type: 'boolean', default: false } });
  if (!positionals.length) throw new UsageError('validate needs at least one case study file or folder, e.g. casebrief validate data/*.yaml');
  let failed = 0;
  for (const file of await expandInputs(positionals)) {
    try {
      await loadCaseStudy(file);
      io.out(`${file}: ok`);
    } catch (err) {
      if (!(err instanceof CaseStudyError)) throw err;
      failed++;
      io.err(err.problems.map(formatProblem).join('\n'));
    }
  }
  return failed ? 1 : 0;
}
