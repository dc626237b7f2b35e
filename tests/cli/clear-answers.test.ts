import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/run-cli.js';
import { sampleText, sampleWith, tempFile } from '../helpers/case-study.js';

const fresh = (name: string) => mkdtempSync(path.join(os.tmpdir(), `casebrief-${name}-`));

/** A copy of the shipped templates with one file replaced. */
function templatesWith(file: string, text: string): string {
  const dir = path.join(fresh('tpl'), 'templates');
  cpSync('templates', dir, { recursive: true });
  writeFileSync(path.join(dir, file), text);
  return dir;
}

describe('casebrief gives every input a clear answer (issue 16, the command line)', () => {
  it('refuses --templates naming a folder that does not exist, a file, or a folder without templates', async () => {
    const sample = 'data/milan-shanghai.yaml';
    const missing = await cli('build', sample, '--out', fresh('o'), '--templates', '/nonexistent/tpl');
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/^\/nonexistent\/tpl: no such template folder/);
    const file = await cli('build', sample, '--out', fresh('o'), '--templates', 'README.md');
    expect(file.err).toMatch(/README\.md: is a file; --templates names a folder/);
    const empty = fresh('empty');
    const none = await cli('build', sample, '--out', fresh('o'), '--templates', empty);
    expect(none.code).toBe(1);
    expect(none.err).toMatch(/holds none of the files casebrief reads \(brief\.hbs, deck\.hbs, pack\.hbs/);
  });

  it('refuses --jobs that is not a plain whole number, and --out that is empty (exit 2)', async () => {
    for (const jobs of ['0x10', '1e3', '0', '2.5', ' 2']) {
      const r = await cli('build', 'data/milan-shanghai.yaml', '--jobs', jobs);
      expect([r.code, r.err]).toEqual([2, expect.stringMatching(/--jobs must be a whole number of at least 1/)]);
    }
    const out = await cli('build', 'data/milan-shanghai.yaml', '--out', '');
    expect([out.code, out.err]).toEqual([2, expect.stringMatching(/--out needs a folder/)]);
  });

  it('caps --jobs at the number of cores and says so', async () => {
    const dir = fresh('jobs');
    writeFileSync(path.join(dir, 'a.yaml'), sampleText());
    writeFileSync(path.join(dir, 'b.yaml'), sampleWith('id: milan-shanghai', 'id: milan-shanghai-b'));
    const r = await cli('build', dir, '--out', path.join(dir, 'out'), '--format', 'pdf', '--jobs', '1000', '-q');
    expect(r.code).toBe(0);
    expect(r.err).toMatch(new RegExp(`--jobs 1000 is more than this machine's ${os.availableParallelism()} cores`));
    expect(readdirSync(path.join(dir, 'out')).sort()).toEqual(['milan-shanghai-b.pdf', 'milan-shanghai.pdf']);
  });

  it('builds the first of two case studies with the same id, fails the second naming both, exit 1', async () => {
    const dir = fresh('ids');
    writeFileSync(path.join(dir, 'a.yaml'), sampleText());
    writeFileSync(path.join(dir, 'b.yaml'), sampleWith('title: Milan (Italy) and Shanghai', 'title: Another'));
    const r = await cli('build', dir, '--out', path.join(dir, 'out'), '--format', 'pdf', '-q');
    expect(r.code).toBe(1);
    const line = sampleText().split('\n').indexOf('id: milan-shanghai') + 1;
    expect(r.err).toContain(`${path.join(dir, 'b.yaml')}:${line}:1: the id "milan-shanghai" is also the id of ${path.join(dir, 'a.yaml')}`);
    expect(readdirSync(path.join(dir, 'out'))).toEqual(['milan-shanghai.pdf']);
  });

  it('names the label of a message file that is not a text', async () => {
    const tpl = templatesWith('messages/en.json', '{ "contents": 3 }');
    const r = await cli('build', 'data/milan-shanghai.yaml', '--out', fresh('o'), '--templates', tpl);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/messages\/en\.json: the label "contents" must be a text in quotes, not 3/);
  });

  it('refuses a brief template that makes a deck, and a deck template that makes no slide (exit 1, nothing written)', async () => {
    const out = fresh('o');
    const wrongRoot = await cli(
      'build',
      'data/milan-shanghai.yaml',
      '--out',
      out,
      '--format',
      'pdf',
      '--templates',
      templatesWith('brief.hbs', '<deck title="x"><slide layout="title"><title>x</title></slide></deck>'),
    );
    expect(wrongRoot.code).toBe(1);
    expect(wrongRoot.err).toMatch(/brief\.hbs: brief\.hbs must make one <brief> document, not a <deck>/);
    const noSlide = await cli('build', 'data/milan-shanghai.yaml', '--out', out, '--templates', templatesWith('deck.hbs', '<deck title="x" lang="en"></deck>'));
    expect(noSlide.code).toBe(1);
    expect(noSlide.err).toMatch(/deck\.hbs: the deck template made no slide/);
    expect(existsSync(path.join(out, 'milan-shanghai.pdf'))).toBe(false);
  });

  it('warns at build time about each timeline entry marked proposed: true, at its line', async () => {
    const text = sampleWith('  - date: 2008-12\n', '  - date: 2008-12\n    proposed: true\n');
    const file = tempFile('case.yaml', text);
    const r = await cli('build', file, '--out', fresh('o'), '--format', 'pdf');
    expect(r.code).toBe(0);
    const line = text.split('\n').findIndex((l) => l.includes('proposed: true')) + 1;
    expect(r.err).toContain(`${file}:${line}:5: warning: the timeline entry of 2008-12 is marked "proposed: true"`);
  });

  it('prints each command’s own help', async () => {
    for (const command of ['build', 'validate', 'watch', 'pack', 'import']) {
      const r = await cli(command, '--help');
      expect(r.code).toBe(0);
      expect(r.out.split('\n')[0]).toMatch(new RegExp(`^casebrief ${command} `));
    }
  });

  it('validate checks the picture as build does', async () => {
    const dir = fresh('pic');
    mkdirSync(path.join(dir, 'photos'));
    writeFileSync(path.join(dir, 'photos', 'broken.png'), Buffer.from('89504e470d0a1a0a00', 'hex'));
    writeFileSync(path.join(dir, 'case.yaml'), `${sampleText()}\nimage:\n  file: photos/broken.png\n  alt: The two cities\n`);
    const r = await cli('validate', path.join(dir, 'case.yaml'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/photos\/broken\.png/);
  });
});

describe('errors that name the right thing', () => {
  it('blames a control character in a link on the case study, at its line, not on a template', async () => {
    const text = `${sampleText()}\nlinks:\n  - label: Home\n    url: "https://example.org/a\\u0007b"\n`;
    const file = tempFile('case.yaml', text);
    const r = await cli('validate', file);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: \`links\\[0\\]\\.url\` contains the control character U\\+0007`));
    expect(r.err).not.toMatch(/\.hbs/);
  });

  it('says a user partial that includes itself never ends, in the user’s template, not with a stack overflow', async () => {
    const dir = path.join(fresh('loop'), 'templates');
    mkdirSync(path.join(dir, 'partials'), { recursive: true });
    writeFileSync(path.join(dir, 'partials', 'loop.hbs'), '{{> loop}}');
    writeFileSync(path.join(dir, 'brief.hbs'), '<brief title="x">{{> loop}}</brief>');
    const r = await cli('build', 'data/milan-shanghai.yaml', '--out', fresh('o'), '--format', 'pdf', '--templates', dir);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${path.join(dir, 'brief.hbs')}: template error: it never ends: a partial includes itself`);
    expect(r.err).not.toMatch(/Maximum call stack/);
  });
});
