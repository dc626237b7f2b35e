import { access } from 'node:fs/promises';
import path from 'node:path';
import { CaseStudyError, type Problem } from '../../errors.js';
import { importText } from '../../import/import-text.js';
import { readSourceText } from '../../load/read-source.js';
import { writeAtomically } from '../../output/write-atomic.js';

/**
 * `casebrief import <files…> --out DIR [--force]`: turns survey texts into
 * case-study YAML files named <id>.yaml in DIR. All or nothing: every text is
 * read and converted first, and if any is bad, or any target exists without
 * `force`, a CaseStudyError lists every problem and nothing is written. The
 * files are then written atomically (temporary file in DIR, then rename).
 * Returns the files written and the warnings for the CLI to print.
 */
export async function importCommand(files: string[], opts: { out: string; force: boolean }): Promise<{ written: string[]; warnings: string[] }> {
  if (!files.length)
    throw new CaseStudyError('E_INPUT', [{ file: opts.out, message: 'import needs at least one survey text, e.g. casebrief import milan-shanghai.txt --out data' }]);
  const problems: Problem[] = [];
  const outputs: { input: string; path: string; yaml: string }[] = [];
  const warnings: string[] = [];
  for (const file of files) {
    try {
      const imported = importText(await readSourceText(file), file);
      outputs.push({ input: file, path: path.join(opts.out, `${imported.id}.yaml`), yaml: imported.yaml });
      warnings.push(...imported.warnings);
    } catch (err) {
      if (!(err instanceof CaseStudyError)) throw err;
      problems.push(...err.problems);
    }
  }
  if (problems.length) throw new CaseStudyError('E_INPUT', problems);

  const clashes: Problem[] = [];
  for (const [i, o] of outputs.entries()) {
    const first = outputs.findIndex((p) => p.path === o.path);
    if (first !== i) clashes.push({ file: o.input, message: `would write ${o.path}, as ${outputs[first]!.input} does; import them separately or rename one` });
    else if (!opts.force && (await exists(o.path))) clashes.push({ file: o.path, message: 'already exists; use --force to overwrite it' });
  }
  if (clashes.length) throw new CaseStudyError('E_OUTPUT', clashes);

  await writeAtomically(outputs.map((o) => ({ path: o.path, bytes: new TextEncoder().encode(o.yaml) })));
  return { written: outputs.map((o) => o.path), warnings };
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}
