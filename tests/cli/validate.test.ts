import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/run-cli.js';
import { sampleWith, tempFile } from '../helpers/case-study.js';

describe('casebrief validate', () => {
  it('accepts the sample', async () => {
    expect(await cli('validate', 'data/milan-shanghai.yaml')).toMatchObject({ code: 0, out: 'data/milan-shanghai.yaml: ok' });
  });

  it('rejects a typo in a key with its line and column, exit 1', async () => {
    const file = tempFile('typo.yaml', sampleWith('collection:', 'colection:'));
    const r = await cli('validate', file);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(new RegExp(`^${file}:\\d+:1: unknown key \`colection\`; did you mean \`collection\`\\?`, 'm'));
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('checks every file it is given and fails if any fails', async () => {
    const bad = tempFile('bad.yaml', sampleWith('start: 1979-07-03', 'start: 1979-13-03'));
    const r = await cli('validate', 'data/milan-shanghai.yaml', bad);
    expect(r.code).toBe(1);
    expect(r.out).toBe('data/milan-shanghai.yaml: ok');
    expect(r.err).toMatch(/is not a real date/);
  });
});

describe('casebrief usage', () => {
  it('exits 2 on an unknown command or option, 0 on --help and --version', async () => {
    expect((await cli('frobnicate')).code).toBe(2);
    expect((await cli('build', '--colour', 'red', 'x.yaml')).code).toBe(2);
    expect((await cli('build')).code).toBe(2);
    expect(await cli('--help')).toMatchObject({ code: 0, out: expect.stringContaining('casebrief build data/milan-shanghai.yaml --out out/') });
    expect(await cli('--version')).toMatchObject({ code: 0, out: expect.stringMatching(/^\d+\.\d+\.\d+$/) });
  });

  it('exits 2 on a bad format, paper or date', async () => {
    expect((await cli('build', 'data/milan-shanghai.yaml', '--format', 'docx')).err).toMatch(/unknown format "docx"/);
    expect((await cli('build', 'data/milan-shanghai.yaml', '--paper', 'a3')).code).toBe(2);
    expect((await cli('build', 'data/milan-shanghai.yaml', '--as-of', '2026-02-30')).code).toBe(2);
  });
});
