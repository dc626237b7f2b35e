import path from 'node:path';
import type { Problem } from '../errors.js';
import { parseTitle } from '../import/frame-lines.js';

/**
 * The one problem to report when text that failed to load is a survey's plain
 * text (a first line such as "Milan (Italy) and Shanghai" and no `id:`, or a
 * `.txt` file that is not even YAML): it is to be imported, not built.
 * Undefined for anything else.
 */
export function surveyTextProblem(text: string, file: string, notYaml: boolean): Problem | undefined {
  const first = text
    .replace(/^\uFEFF/, '')
    .split('\n')
    .find((l) => l.trim() !== '' && !l.trimStart().startsWith('#'));
  const titled = first !== undefined && !/^\s*[\w-]+\s*:(\s|$)/.test(first) && parseTitle(first) !== undefined && !/^id\s*:/m.test(text);
  const txt = notYaml && path.extname(file).toLowerCase() === '.txt';
  if (!titled && !txt) return undefined;
  const command = `casebrief import ${/\s/.test(file) ? JSON.stringify(file) : file} --out data`;
  const what = titled ? 'this is a survey text, not a case study in YAML' : 'this is a plain-text file, not a case study in YAML (.yaml)';
  return { file, line: 1, col: 1, message: `${what}; turn it into one with \`${command}\`, check the YAML it writes, then build that` };
}
