// Typst beside casebrief: typst.ts's Node.js compiler (@myriaddreamin/typst-ts-node-compiler,
// whose 0.7.0 embeds Typst 0.14), installed by the benchmark into bench/.cache/typst on first use
// (not a dependency of casebrief), and the Typst brief of bench/typst/brief.mjs.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { typstBrief } from '../typst/brief.mjs';

const PACKAGE = '@myriaddreamin/typst-ts-node-compiler';
/** typst.ts 0.7.0 compiles with Typst 0.14 (0.14.2). */
const VERSION = '0.7.0';

/** The fonts casebrief's brief is set in, from casebrief's node_modules. */
export function briefFonts(repo) {
  const latin = path.join(repo, 'node_modules', '@embedpdf', 'fonts-latin', 'fonts');
  return [
    ...['NotoSans-Regular.ttf', 'NotoSans-Bold.ttf', 'NotoSans-Italic.ttf'].map((f) => path.join(latin, f)),
    path.join(repo, 'node_modules', '@expo-google-fonts', 'noto-sans-sc', '400Regular', 'NotoSansSC_400Regular.ttf'),
  ];
}

/**
 * The Typst compiler, installed into bench/.cache/typst if it is not there yet: { compile, version }
 * where `compile(mode, ...args)` gives the arguments of a process that runs bench/typst/compile.mjs;
 * or { skipped: why } when it cannot be installed or does not run here.
 */
export function typst(repo) {
  const cache = process.env.BENCH_TYPST_CACHE ?? path.join(repo, 'bench', '.cache', 'typst');
  const installed = path.join(cache, 'node_modules', ...PACKAGE.split('/'), 'package.json');
  const current = () => existsSync(installed) && JSON.parse(readFileSync(installed, 'utf8')).version === VERSION;
  if (!current()) {
    mkdirSync(cache, { recursive: true });
    console.log(`installing ${PACKAGE}@${VERSION} (Typst 0.14) into ${path.relative(repo, cache)} for the benchmark…`);
    const npm = spawnSync('npm', ['install', '--prefix', cache, '--save-exact', '--no-audit', '--no-fund', `${PACKAGE}@${VERSION}`], {
      encoding: 'utf8',
      shell: process.platform === 'win32',
    });
    if (npm.status !== 0 || !current()) return { skipped: `npm could not install ${PACKAGE}@${VERSION}: ${lastLine(npm.stderr || npm.error?.message)}` };
  }
  const fonts = JSON.stringify(briefFonts(repo));
  const script = path.join(repo, 'bench', 'typst', 'compile.mjs');
  const compile = (...args) => [script, cache, fonts, ...args];
  const probe = spawnSync(process.execPath, compile('version'), { encoding: 'utf8' });
  if (probe.status !== 0) return { skipped: `the Typst compiler does not run on this machine: ${lastLine(probe.stderr)}` };
  return { compile, version: probe.stdout.trim() };
}

/** Writes the Typst brief of every case study (.yaml) of `folder`, with `map` (bench/typst/map.mjs), into a new folder; returns it. */
export function typstCopies(folder, into, map) {
  mkdirSync(into, { recursive: true });
  for (const name of readdirSync(folder).filter((n) => n.endsWith('.yaml'))) {
    writeFileSync(path.join(into, name.replace(/\.yaml$/, '.typ')), typstBrief(readFileSync(path.join(folder, name), 'utf8'), undefined, map));
  }
  return into;
}

/** The number of pages of a PDF file (pdfinfo's count, or its page objects without poppler). */
export function pageCount(file) {
  const info = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = /^Pages:\s+(\d+)/m.exec(info.stdout ?? '')?.[1];
  return pages ? Number(pages) : (readFileSync(file, 'latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
}

function lastLine(text = '') {
  const lines = String(text)
    .trim()
    .split('\n')
    .filter((l) => l && !l.startsWith('npm notice') && !l.includes('A complete log'));
  return lines.find((l) => /^npm error (code|errno|network|request)/.test(l)) ?? lines.pop() ?? 'no message';
}
