import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { CaseStudyError } from '../errors.js';

/** Expands files and folders into the case-study files they name (*.yaml, *.yml), sorted. */
export async function expandInputs(inputs: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(input);
    } catch {
      throw new CaseStudyError('E_INPUT', [{ file: input, message: 'no such file or folder' }]);
    }
    if (!info.isDirectory()) {
      files.push(input);
      continue;
    }
    const found = (await readdir(input)).filter((f) => /\.ya?ml$/i.test(f)).sort();
    if (!found.length) throw new CaseStudyError('E_INPUT', [{ file: input, message: 'the folder holds no case study (*.yaml)' }]);
    files.push(...found.map((f) => path.join(input, f)));
  }
  return [...new Set(files)];
}
