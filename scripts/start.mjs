// `npm start`: renders the sample case study into out/ with the `casebrief` command, as a user
// runs it (bin/casebrief, from the startup snapshot). bin/casebrief is a POSIX shell script; where
// there is no shell to run it (Windows), the same program runs from dist/cli.js in this process.
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = ['build', path.join('data', 'milan-shanghai.yaml'), '--out', 'out', ...process.argv.slice(2)];
if (process.platform === 'win32') {
  process.argv = [process.argv[0], path.join(root, 'dist', 'cli.js'), ...args];
  await import(pathToFileURL(path.join(root, 'dist', 'cli.js')).href);
} else {
  const run = spawnSync(path.join(root, 'bin', 'casebrief'), args, { stdio: 'inherit' });
  process.exitCode = run.status ?? 1;
}
