// A private build of casebrief for the benchmark: other people's test runs rebuild dist/ in
// the shared checkout at any moment, so the benchmark bundles into a folder of its own that
// links to the sources, templates and node_modules of this checkout.
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';

/**
 * Builds casebrief into a temporary package folder, as `npm install` does in a clone. Returns the
 * command a user runs (bin/casebrief.js) and the library (dist/index.js).
 */
export function privateBuild(repo) {
  const root = mkdtempSync(path.join(os.tmpdir(), 'casebrief-bench-'));
  for (const name of ['src', 'templates', 'data', 'node_modules', 'package.json', 'tsconfig.json', 'tsconfig.build.json', 'schema']) {
    symlinkSync(path.join(repo, name), path.join(root, name));
  }
  // The build scripts are copied, not linked: a script finds the folder it builds from its own
  // path (import.meta.url), which Node.js gives through links, so a linked script built into the
  // checkout's dist/. That left the private build without the render worker of `casebrief serve`
  // (its bench step answered 500) and without the studio.
  cpSync(path.join(repo, 'scripts'), path.join(root, 'scripts'), { recursive: true });
  mkdirSync(path.join(root, 'bin'));
  copyFileSync(path.join(repo, 'bin', 'casebrief.js'), path.join(root, 'bin', 'casebrief.js'));
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
  return { root, command: path.join(root, 'bin', 'casebrief.js'), library: path.join(root, 'dist', 'index.js') };
}

/** Writes `count` copies of a case study, each with its own id, into a new folder. */
export function copies(root, source, count) {
  const dir = path.join(root, `batch-${count}`);
  mkdirSync(dir, { recursive: true });
  const text = readFileSync(source, 'utf8');
  const id = parse(text).id;
  for (let i = 1; i <= count; i++) {
    const copyId = `${id}-${String(i).padStart(4, '0')}`;
    writeFileSync(path.join(dir, `${copyId}.yaml`), text.replace(new RegExp(`^id: ${id}$`, 'm'), `id: ${copyId}`));
  }
  return dir;
}

/** The machine the figures were measured on. */
export function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown CPU',
    cores: os.availableParallelism(),
    ramGB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    os: `${os.type()} ${os.release()}`,
  };
}
