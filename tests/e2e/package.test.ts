// The published package as a user gets it: `npm pack`, then the tarball installed into an empty
// folder, where no `prepare` runs, so what the tarball holds must be enough. There the `casebrief`
// command builds both files, and `import … from 'casebrief'` renders in memory, leaves the process
// as it found it, and type-checks against the declarations it ships.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, realpathSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const repo = realpathSync(process.cwd());
const tmp = (what: string) => realpathSync(mkdtempSync(path.join(os.tmpdir(), `casebrief-${what}-`)));
/** npm's settings for this test run (`npm test` sets some in the environment) must not follow it elsewhere. */
const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)));
const npm = (args: string[], cwd: string) => execFileSync('npm', args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

let packed: string[] = [];
let user = '';

beforeAll(() => {
  // dist/ is the one the tests' global setup built; --ignore-scripts keeps `prepare` from building it again.
  const packDir = tmp('pack');
  const [report] = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', packDir], repo)) as { filename: string; files: { path: string }[] }[];
  if (!report) throw new Error('npm pack reported no tarball');
  packed = report.files.map((f) => f.path);
  user = tmp('user');
  writeFileSync(path.join(user, 'package.json'), JSON.stringify({ name: 'a-user', private: true }));
  npm(['install', '--no-audit', '--no-fund', '--prefer-offline', path.join(packDir, report.filename)], user);
}, 300_000);

/**
 * Runs ES module code in the user's folder, given with `-e` as in a shell or, where the
 * process's globals matter, from a file (`-e` adds Node.js's modules as globals); returns what it printed, parsed.
 */
function nodeModule(code: string, { fromFile = false } = {}): unknown {
  const file = path.join(user, 'script.mjs');
  if (fromFile) writeFileSync(file, code);
  const args = fromFile ? [file] : ['--input-type=module', '-e', code];
  const r = spawnSync(process.execPath, args, { cwd: user, env, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout);
}

describe('the packed package', () => {
  it('holds the command, the bundles, the library with its type declarations and the templates; no sources, no startup snapshot', () => {
    for (const file of [
      'bin/casebrief.js',
      'dist/cli.js',
      'dist/build-worker.js',
      'dist/index.js',
      'dist/types/index.d.ts',
      'dist/templates.json',
      'templates/brief.hbs',
      'templates/deck.hbs',
      'data/milan-shanghai.yaml',
    ]) {
      expect(packed, file).toContain(file);
    }
    expect(packed.filter((f) => /\.blob$|snapshot/i.test(f))).toEqual([]);
    expect(packed.filter((f) => /^(src|tests|scripts|bench)\//.test(f))).toEqual([]);
  });

  it('installs a casebrief command that builds both files', () => {
    const sample = path.join('node_modules', 'casebrief', 'data', 'milan-shanghai.yaml');
    const r = spawnSync('npx', ['--no', 'casebrief', 'build', sample, '--out', 'out'], { cwd: user, env, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(readdirSync(path.join(user, 'out')).sort()).toEqual(['milan-shanghai.pdf', 'milan-shanghai.pptx']);
    expect(
      readFileSync(path.join(user, 'out', 'milan-shanghai.pdf'))
        .subarray(0, 5)
        .toString('latin1'),
    ).toBe('%PDF-');
    expect(
      readFileSync(path.join(user, 'out', 'milan-shanghai.pptx'))
        .subarray(0, 4)
        .toString('latin1'),
    ).toBe('PK\x03\x04');
  });

  it('is imported by its name and renders Milan–Shanghai to PDF and PPTX bytes in memory, writing nothing', () => {
    const result = nodeModule(`
      import { readdirSync } from 'node:fs';
      import { loadCaseStudy, renderCaseStudy } from 'casebrief';
      const folder = readdirSync('.').sort();
      const study = await loadCaseStudy('node_modules/casebrief/data/milan-shanghai.yaml');
      const { files, warnings } = await renderCaseStudy(study, { formats: ['pdf', 'pptx'] });
      const head = (bytes, n) => Buffer.from(bytes.subarray(0, n)).toString('latin1');
      console.log(JSON.stringify({
        files: files.map((f) => ({ format: f.format, name: f.name, isBytes: f.bytes instanceof Uint8Array, head: head(f.bytes, 4), size: f.bytes.length })),
        warnings: Array.isArray(warnings),
        sameFolder: JSON.stringify(readdirSync('.').sort()) === JSON.stringify(folder),
      }));
    `) as { files: { format: string; name: string; isBytes: boolean; head: string; size: number }[]; warnings: boolean; sameFolder: boolean };
    expect(result.files.map(({ format, name, isBytes, head }) => ({ format, name, isBytes, head }))).toEqual([
      { format: 'pdf', name: 'milan-shanghai.pdf', isBytes: true, head: '%PDF' },
      { format: 'pptx', name: 'milan-shanghai.pptx', isBytes: true, head: 'PK\x03\x04' },
    ]);
    for (const file of result.files) expect(file.size).toBeGreaterThan(10_000);
    expect(result.warnings).toBe(true);
    expect(result.sameFolder).toBe(true);
  });

  it('throws CaseStudyError for a misspelt key, at its line and column', () => {
    const text = readFileSync(path.join(repo, 'data', 'milan-shanghai.yaml'), 'utf8').replace(/^title:/m, 'titel:');
    const line = text.split('\n').findIndex((l) => l.startsWith('titel:')) + 1;
    const result = nodeModule(`
      import { parseCaseStudy, CaseStudyError } from 'casebrief';
      try {
        parseCaseStudy(${JSON.stringify(text)}, { file: 'mission.yaml' });
        console.log(JSON.stringify({ thrown: false }));
      } catch (err) {
        console.log(JSON.stringify({ thrown: err instanceof CaseStudyError, problems: err.problems }));
      }
    `) as { thrown: boolean; problems: { file: string; line: number; col: number; message: string }[] };
    expect(result.thrown).toBe(true);
    expect(result.problems).toContainEqual(expect.objectContaining({ file: 'mission.yaml', line, col: 1, message: expect.stringContaining('titel') }));
  });

  it('leaves globals, console, process listeners and built-in prototypes as they were', () => {
    const result = nodeModule(
      `
      const watched = { globalThis, console, process, Object: Object.prototype, Array: Array.prototype, String: String.prototype,
        Function: Function.prototype, Promise: Promise.prototype, RegExp: RegExp.prototype, Map: Map.prototype, Set: Set.prototype,
        Error: Error.prototype, Date: Date.prototype, Uint8Array: Uint8Array.prototype, Buffer: Buffer.prototype, Intl: Intl, JSON, Math, Reflect };
      // Globals by value: Node.js defines some (TextEncoder, Blob…) as getters that load them on first use.
      const take = () => new Map(Object.entries(watched).flatMap(([name, target]) =>
        Reflect.ownKeys(target).map((key) => {
          const d = Object.getOwnPropertyDescriptor(target, key);
          return [name + '.' + String(key), target === globalThis ? [globalThis[key]] : [d.value, d.get, d.set]];
        })));
      const listeners = () => process.eventNames().map((e) => String(e) + ':' + process.listenerCount(e)).sort().join(' ');
      take(); // reading Node.js's lazy globals defines more (fetch brings undici's dispatcher): before is after that
      const before = take();
      const listenersBefore = listeners();
      const { loadCaseStudy, renderCaseStudy } = await import('casebrief');
      const study = await loadCaseStudy('node_modules/casebrief/data/milan-shanghai.yaml');
      await Promise.all([renderCaseStudy(study), renderCaseStudy(study, { lang: 'it' })]);
      const after = take();
      const changed = [...new Set([...before.keys(), ...after.keys()])].filter((key) => {
        const [a, b] = [before.get(key), after.get(key)];
        return !a || !b || a.some((v, i) => !Object.is(v, b[i]));
      });
      console.log(JSON.stringify({ changed, listeners: [listenersBefore, listeners()] }));
    `,
      { fromFile: true },
    ) as { changed: string[]; listeners: [string, string] };
    expect(result.changed).toEqual([]);
    expect(result.listeners[1]).toBe(result.listeners[0]);
  });

  it('ships type declarations that a TypeScript program compiles against', () => {
    writeFileSync(
      path.join(user, 'use.mts'),
      [
        "import { CaseStudyError, parseCaseStudy, renderCaseStudy, type RenderOutput } from 'casebrief';",
        "const study = parseCaseStudy('id: x', { file: 'x.yaml' });",
        "const output: Promise<RenderOutput> = renderCaseStudy(study, { formats: ['pdf'], lang: 'en' });",
        'void output.then(({ files }) => files.map((f) => f.bytes.byteLength));',
        'export const isBad = (err: unknown) => err instanceof CaseStudyError && err.problems.every((p) => p.message.length > 0);',
        '',
      ].join('\n'),
    );
    const tsc = path.join(repo, 'node_modules', 'typescript', 'bin', 'tsc');
    const types = path.join(repo, 'node_modules', '@types');
    const r = spawnSync(
      process.execPath,
      [tsc, '--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--typeRoots', types, '--types', 'node', 'use.mts'],
      { cwd: user, env, encoding: 'utf8' },
    );
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
