// The `casebrief` command (bin/casebrief.js) is a consumer of the library: what it writes is what
// renderCaseStudy makes in memory, and it runs the same however npm put it on the PATH.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCaseStudy, renderCaseStudy } from '../../src/index.js';
import { cliProcess } from '../helpers/run-cli.js';

const repo = realpathSync(process.cwd());
const tmp = () => realpathSync(mkdtempSync(path.join(os.tmpdir(), 'casebrief-bin-')));
const EPOCH = 1_790_000_000;

describe('bin/casebrief.js', () => {
  it('writes the very bytes the library renders in memory', async () => {
    const out = tmp();
    const r = cliProcess(['build', 'data/milan-shanghai.yaml', '--out', out, '--quiet'], { SOURCE_DATE_EPOCH: String(EPOCH) });
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const { files } = await renderCaseStudy(await loadCaseStudy('data/milan-shanghai.yaml'), { sourceDateEpoch: EPOCH });
    expect(readdirSync(out).sort()).toEqual(files.map((f) => f.name).sort());
    for (const file of files) expect(Buffer.from(file.bytes).equals(readFileSync(path.join(out, file.name))), file.name).toBe(true);
  });

  it('runs through a link from another folder, as npm links it into node_modules/.bin', () => {
    const dir = tmp();
    symlinkSync(path.join(repo, 'bin', 'casebrief.js'), path.join(dir, 'casebrief'));
    const r = spawnSync(path.join(dir, 'casebrief'), ['--version'], { cwd: os.tmpdir(), encoding: 'utf8' });
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(r.stdout.trim()).toBe(version);
    expect(r.status).toBe(0);
  });

  it('reports bad input on stderr at its line and column, with exit code 1 and nothing on stdout', () => {
    const file = path.join(tmp(), 'bad.yaml');
    const text = readFileSync('data/milan-shanghai.yaml', 'utf8').replace(/^title:/m, 'titel:');
    writeFileSync(file, text);
    const line = text.split('\n').findIndex((l) => l.startsWith('titel:')) + 1;
    const r = cliProcess(['build', file, '--out', tmp()]);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toContain(`${file}:${line}:1:`);
  });

  it('works with NODE_OPTIONS set, as some systems set it for every program', () => {
    const r = cliProcess(['--version'], { NODE_OPTIONS: '--max-old-space-size=3000' });
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
  });
});
