// `npm start`: renders the sample case study into out/ with the `casebrief` command, as a user runs
// it: `node bin/casebrief.js`, the same on every system. Extra arguments are passed on.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = ['build', path.join(root, 'data', 'milan-shanghai.yaml'), '--out', 'out', ...process.argv.slice(2)];
const run = spawnSync(process.execPath, [path.join(root, 'bin', 'casebrief.js'), ...args], { stdio: 'inherit' });
process.exitCode = run.status ?? 1;
