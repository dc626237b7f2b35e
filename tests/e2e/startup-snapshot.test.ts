// bin/casebrief starts from the V8 startup snapshot `npm install` built (docs/startup.md).
// Whatever the snapshot holds from building it, a build from it must be byte for byte the
// build from dist/cli.js, must see files as they are now, and must fall back when it can't be used.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfPages } from '../helpers/extract.js';
import { cliProcess } from '../helpers/run-cli.js';

const repo = realpathSync(process.cwd());
const epoch = { SOURCE_DATE_EPOCH: '1764374400' };
const plain = { CASEBRIEF_SNAPSHOT: '0' };
const tmp = () => realpathSync(mkdtempSync(path.join(os.tmpdir(), 'casebrief-snapshot-')));

/** Builds with and without the snapshot; returns each output file's bytes from both. */
function buildBoth(args: string[]): { name: string; fromSnapshot: Buffer; fromCli: Buffer }[] {
  const a = tmp();
  const b = tmp();
  const one = cliProcess(['build', ...args, '--out', a], epoch);
  const two = cliProcess(['build', ...args, '--out', b], { ...epoch, ...plain });
  expect(one.err).toBe(two.err);
  expect([one.code, two.code]).toEqual([0, 0]);
  const names = readdirSync(a).sort();
  expect(readdirSync(b).sort()).toEqual(names);
  return names.map((name) => ({ name, fromSnapshot: readFileSync(path.join(a, name)), fromCli: readFileSync(path.join(b, name)) }));
}

describe('the startup snapshot', () => {
  it('was built by the install, for this Node.js and this folder', () => {
    expect(readdirSync('dist/snapshot')).toContain(`node-${process.version}.blob`);
    expect(readFileSync('dist/snapshot/built-in', 'utf8').trim()).toBe(repo);
  });

  it('is what bin/casebrief starts from, also through a link from elsewhere (as npm links it)', () => {
    expect(cliProcess(['--version', '--debug']).out).toContain('started from startup snapshot');
    const dir = tmp();
    symlinkSync(path.join(repo, 'bin', 'casebrief'), path.join(dir, 'casebrief'));
    const r = spawnSync(path.join(dir, 'casebrief'), ['--version', '--debug'], { cwd: os.tmpdir(), encoding: 'utf8' });
    expect(r.stdout).toContain(`started from startup snapshot, package ${repo}`);
  });

  it('starts under the V8 flags it was built with: a 16 MB young generation, no rehashing, TurboFan later', () => {
    const flags = readFileSync('dist/snapshot/flags', 'utf8').trim();
    expect(flags.split(' ').sort()).toEqual(['--min-semi-space-size=16', '--no-rehash-snapshot', '--no-turbofan']);
    // The flags reached V8: the young generation starts at 16 MB (1 MB without them).
    expect(cliProcess(['--version', '--debug']).out).toContain(`V8 flags: ${flags}; young generation 16 MB; optimizing compiler off for the first 250 ms`);
    expect(cliProcess(['--version', '--debug'], plain).out).toContain('V8 flags: none; young generation 1 MB; optimizing compiler on');
  });

  it('asks glibc for transparent huge pages, keeping tunables and a choice the user set', () => {
    const none = { GLIBC_TUNABLES: undefined };
    for (const env of [none, { ...none, ...plain }]) expect(cliProcess(['--version', '--debug'], env).out).toContain('GLIBC_TUNABLES: glibc.malloc.hugetlb=1\n');
    const theirs = { GLIBC_TUNABLES: 'glibc.malloc.arena_max=2' };
    expect(cliProcess(['--version', '--debug'], theirs).out).toContain('GLIBC_TUNABLES: glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1\n');
    const off = { GLIBC_TUNABLES: 'glibc.malloc.hugetlb=0' };
    expect(cliProcess(['--version', '--debug'], off).out).toContain('GLIBC_TUNABLES: glibc.malloc.hugetlb=0\n');
  });

  it('is not used with CASEBRIEF_SNAPSHOT=0, nor under NODE_OPTIONS (V8 would refuse it)', () => {
    expect(cliProcess(['--version', '--debug'], plain).out).toContain('started from dist/cli.js');
    const r = cliProcess(['--version', '--debug'], { NODE_OPTIONS: '--max-old-space-size=3000' });
    expect(r.code).toBe(0);
    expect(r.out).toContain('started from dist/cli.js');
  });

  it('starts without NODE_EXTRA_CA_CERTS, which Node.js 20 would read at every start (casebrief opens no connection)', () => {
    // Node.js warns at exit about an extra-certificates file it could not load: the sign that it tried.
    const missing = { NODE_EXTRA_CA_CERTS: path.join(tmp(), 'no-such-ca.pem') };
    const node = spawnSync(process.execPath, ['-e', '0'], { encoding: 'utf8', env: { ...process.env, ...missing } });
    expect(node.stderr).toContain('extra certs');
    for (const env of [missing, { ...missing, ...plain }]) {
      const r = cliProcess(['--version'], env);
      expect(r.code).toBe(0);
      expect(r.err).toBe('');
    }
  });

  it('is not used by a copy of the package in another folder, nor where none was built', () => {
    // A package folder whose snapshot was built elsewhere (moved after install), then one without a snapshot.
    const moved = tmp();
    cpSync('bin', path.join(moved, 'bin'), { recursive: true });
    cpSync('dist', path.join(moved, 'dist'), { recursive: true });
    for (const name of ['package.json', 'templates', 'node_modules']) symlinkSync(path.join(repo, name), path.join(moved, name));
    const run = () => spawnSync(path.join(moved, 'bin', 'casebrief'), ['--version', '--debug'], { encoding: 'utf8' });
    expect(run().stdout).toContain(`started from dist/cli.js, package ${moved}`);
    rmSync(path.join(moved, 'dist', 'snapshot'), { recursive: true });
    expect(run().stdout).toContain(`started from dist/cli.js, package ${moved}`);
  });

  it.each([
    ['the sample', ['data/milan-shanghai.yaml']],
    ['Chinese text, in Chinese (the CJK font is not in the snapshot)', ['bench/fixtures/milan-shanghai-zh.yaml', '--lang', 'zh']],
    ['Italian, letter paper, PDF/A', ['data/milan-shanghai.yaml', '--lang', 'it', '--paper', 'letter', '--pdfa']],
    ['an image, an anniversary deck', ['tests/fixtures/with-image/case.yaml', '--as-of', '2029-01-01', '--event', 'anniversary']],
    ['a translucent image (pdfkit decodes it after the document ends)', ['tests/fixtures/with-alpha/case.yaml']],
    ['ligatures, combining marks and no-break spaces (glyphs the warm-up set already)', ['tests/fixtures/typography/case.yaml']],
  ])('builds %s byte for byte as dist/cli.js does', (_what, args) => {
    const files = buildBoth(args);
    for (const file of files) expect(file.fromSnapshot.equals(file.fromCli), file.name).toBe(true);
    // Every PDF is complete: it ends with its trailer, however late pdfkit finished it.
    for (const file of files.filter((f) => f.name.endsWith('.pdf'))) expect(file.fromSnapshot.subarray(-6).toString('latin1')).toMatch(/%%EOF\n?$/);
    if (args[0]?.includes('with-alpha')) expect(files[0]?.fromSnapshot.includes('/SMask')).toBe(true);
  });

  it('imports survey text (Chinese headings included) as dist/cli.js does', () => {
    const [a, b] = [tmp(), tmp()];
    const files = readdirSync('tests/fixtures/import').map((f) => path.join('tests/fixtures/import', f));
    const one = cliProcess(['import', ...files, '--out', a]);
    const two = cliProcess(['import', ...files, '--out', b], plain);
    expect(one.code).toBe(two.code);
    expect(one.err.replaceAll(a, 'OUT')).toBe(two.err.replaceAll(b, 'OUT'));
    expect(readdirSync(a).sort()).toEqual(readdirSync(b).sort());
    expect(readdirSync(a).length).toBe(files.length);
    for (const name of readdirSync(a)) expect(readFileSync(path.join(a, name), 'utf8')).toBe(readFileSync(path.join(b, name), 'utf8'));
  });

  it('renders with a user’s templates, not with those it rendered at install', async () => {
    const templates = tmp();
    const brief = readFileSync('templates/brief.hbs', 'utf8').replace('</brief>', '<p>Prepared for the mission of May 2027.</p></brief>');
    expect(brief).toContain('Prepared for the mission');
    writeFileSync(path.join(templates, 'brief.hbs'), brief);
    const files = buildBoth(['data/milan-shanghai.yaml', '--templates', templates, '-f', 'pdf']);
    expect(files.map((f) => f.name)).toEqual(['milan-shanghai.pdf']);
    expect(files[0]?.fromSnapshot.equals(files[0].fromCli)).toBe(true);
    const pdf = path.join(tmp(), 'brief.pdf');
    writeFileSync(pdf, files[0]?.fromSnapshot ?? '');
    expect((await pdfPages(pdf)).join(' ')).toContain('Prepared for the mission of May 2027.');
  });

  it('runs a batch on worker threads, and reports bad input and bad usage as dist/cli.js does', () => {
    const dir = tmp();
    cpSync('data/milan-shanghai.yaml', path.join(dir, 'a.yaml'));
    writeFileSync(path.join(dir, 'b.yaml'), readFileSync('data/milan-shanghai.yaml', 'utf8').replace(/^id: .*$/m, 'id: b').replace(/^title:/m, 'titel:'));
    const out = tmp();
    const batch = cliProcess(['build', dir, '--out', out, '--jobs', '2', '--quiet']);
    expect(batch.code).toBe(1);
    expect(readdirSync(out).sort()).toEqual(['milan-shanghai.pdf', 'milan-shanghai.pptx']);
    expect(batch.err).toMatch(/b\.yaml:\d+:\d+: .*titel/);
    expect(batch.err).toBe(cliProcess(['build', dir, '--out', tmp(), '--jobs', '2', '--quiet'], plain).err);
    const usage = cliProcess(['build', '--jobs', 'x', 'data/milan-shanghai.yaml']);
    expect(usage.code).toBe(2);
    expect(usage.err).toBe(cliProcess(['build', '--jobs', 'x', 'data/milan-shanghai.yaml'], plain).err);
  });
});
