import { CaseStudyError, type Problem } from '../errors.js';
import { loadCaseStudy, type LoadedCaseStudy } from '../load/load-case-study.js';

/**
 * Loads every case study of a pack. A pack is all or nothing: when any fails, one error
 * lists the problems of every failing file, so they can all be fixed in one go.
 */
export async function loadAll(files: readonly string[]): Promise<LoadedCaseStudy[]> {
  const settled = await Promise.allSettled(files.map((file) => loadCaseStudy(file)));
  const problems: Problem[] = [];
  const loaded: LoadedCaseStudy[] = [];
  for (const outcome of settled) {
    if (outcome.status === 'fulfilled') loaded.push(outcome.value);
    else if (outcome.reason instanceof CaseStudyError) problems.push(...outcome.reason.problems);
    else throw outcome.reason;
  }
  if (problems.length) throw new CaseStudyError('E_INPUT', problems);
  return loaded;
}
