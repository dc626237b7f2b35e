import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/** The folder of casebrief's package.json, from the source tree or from the bundle in dist/. */
export function packageRoot(): string {
  if (root) return root;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json')) || !existsSync(path.join(dir, 'templates'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error('casebrief: cannot find its package folder');
    dir = up;
  }
  root = dir;
  return dir;
}
