import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/run-cli.js';
import { sampleText, sampleWith } from '../helpers/case-study.js';

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

/** A folder holding one bad case study (and whatever else the case needs). */
interface Case {
  name: string;
  file: (dir: string) => string | Uint8Array;
  extra?: (dir: string) => void;
  args?: (dir: string) => string[];
  /** What the message must say; `FILE` stands for the case study's path. */
  message: RegExp | ((file: string) => RegExp);
}

const laughs = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
for (let i = 1; i < 9; i++)
  laughs.push(
    `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
      .fill(`*${String.fromCharCode(96 + i)}`)
      .join(',')}]`,
  );

const withImage = (file: string) => `${sampleText()}\nimage:\n  file: ${file}\n  alt: The two cities\n`;
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const CASES: Case[] = [
  { name: 'a YAML syntax error, with a code frame', file: () => 'id: x\ntitle: [a, b\ncities: 1\n', message: (f) => new RegExp(`^${esc(f)}:2:8: .*\\n.*title: \\[a, b`, 'm') },
  { name: 'an empty file', file: () => '', message: (f) => new RegExp(`^${esc(f)}:1:1: the file is empty`) },
  { name: 'a root that is not a mapping', file: () => '- one\n- two\n', message: (f) => new RegExp(`^${esc(f)}:1:1: the top level must be a mapping`) },
  {
    name: 'duplicate keys',
    file: () => sampleText().replace('language: en', 'language: en\nlanguage: it'),
    message: (f) => new RegExp(`^${esc(f)}:\\d+:1: Map keys must be unique`),
  },
  { name: 'a "billion laughs" file', file: () => laughs.join('\n'), message: (f) => new RegExp(`^${esc(f)}:2:8: the file expands its aliases \\(\\*a and others\\) too often`) },
  { name: 'a file over the size limit', file: () => `# ${'x'.repeat(5 * 1024 * 1024)}\n`, message: /is 5\.0 MB; a case study may be at most 5 MB/ },
  { name: 'a binary file', file: () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]), message: /is a binary file, not text/ },
  {
    name: 'a file that is not UTF-8',
    file: () => Buffer.concat([Buffer.from('id: caf'), Buffer.from([0xe9]), Buffer.from('\n')]),
    message: (f) => new RegExp(`^${esc(f)}:1:8: is not valid UTF-8`),
  },
  { name: 'a wrong type', file: () => sampleWith('written: 2009', 'written: [2009]'), message: /`written` must be a number/ },
  { name: 'an unknown key', file: () => sampleWith('collection:', 'colection:'), message: /unknown key `colection`; did you mean `collection`\?/ },
  { name: 'an impossible date', file: () => sampleWith('- date: 2008-12', '- date: 2008-02-30'), message: /`timeline\[2\]\.date` is not a real date/ },
  { name: 'a custom YAML tag', file: () => sampleWith('id: milan-shanghai', 'id: !!js/function milan-shanghai'), message: /custom YAML tags are not allowed/ },
  {
    name: 'a link with another scheme',
    file: () => `${sampleText()}\nlinks:\n  - label: Home\n    url: javascript:alert(1)\n`,
    message: /`links\[0\]\.url` must start with http:\/\/, https:\/\/ or mailto:/,
  },
  { name: 'a missing image', file: () => withImage('photos/none.png'), message: /image "photos\/none\.png" not found/ },
  {
    name: 'an image that is not a PNG or JPEG',
    file: () => withImage('cities.gif'),
    extra: (dir) => writeFileSync(path.join(dir, 'cities.gif'), 'GIF89a...'),
    message: /image "cities\.gif" is not a PNG or JPEG/,
  },
  { name: 'an image outside the case study’s folder', file: () => withImage('../../etc/passwd.png'), message: /lies outside the case study's folder/ },
  {
    name: 'an image that links outside the folder',
    file: () => withImage('link.png'),
    extra: (dir) => {
      const outside = mkdtempSync(path.join(os.tmpdir(), 'casebrief-outside-'));
      writeFileSync(path.join(outside, 'real.png'), PNG);
      symlinkSync(path.join(outside, 'real.png'), path.join(dir, 'link.png'));
    },
    message: /links to .*outside the case study's folder/,
  },
  {
    name: 'a template with a Handlebars syntax error',
    file: () => sampleText(),
    extra: (dir) => {
      mkdirSync(path.join(dir, 'tpl'));
      writeFileSync(path.join(dir, 'tpl', 'brief.hbs'), '<brief title="{{cs.title}}" author="x">\n{{#each cs.sections}}\n<p>{{heading}}</p>\n');
    },
    args: (dir) => ['--templates', path.join(dir, 'tpl')],
    message: (f) => new RegExp(`${esc(path.join(path.dirname(f), 'tpl', 'brief.hbs'))}:\\d+:1: template error`),
  },
  {
    name: 'a template that emits an unknown element',
    file: () => sampleText(),
    extra: (dir) => {
      mkdirSync(path.join(dir, 'tpl'));
      writeFileSync(path.join(dir, 'tpl', 'brief.hbs'), '<brief title="{{cs.title}}" author="x">\n  <blink>{{cs.title}}</blink>\n</brief>\n');
    },
    args: (dir) => ['--templates', path.join(dir, 'tpl')],
    message: (f) => new RegExp(`${esc(path.join(path.dirname(f), 'tpl', 'brief.hbs'))}:2:3: unknown element <blink>`),
  },
];

function setUp(c: Case) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'casebrief-matrix-'));
  const file = path.join(dir, 'case.yaml');
  writeFileSync(file, c.file(dir));
  c.extra?.(dir);
  const out = path.join(dir, 'out');
  mkdirSync(out);
  writeFileSync(path.join(out, 'milan-shanghai.pdf'), 'the brief printed yesterday');
  writeFileSync(path.join(out, 'milan-shanghai.pptx'), 'the deck shown yesterday');
  return { dir, file, out };
}

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((n) => [n, readFileSync(path.join(dir, n), 'base64')]),
  );
}

describe('bad input: one clear message, exit 1, output folder untouched', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const { dir, file, out } = setUp(c);
    const before = snapshot(out);
    for (const command of [
      ['build', file, '--out', out, ...(c.args?.(dir) ?? [])],
      ['validate', file],
    ]) {
      if (command[0] === 'validate' && c.args) continue; // templates are a build's concern
      const r = await cli(...command);
      expect(r.code, r.err).toBe(1);
      const pattern = typeof c.message === 'function' ? c.message(file) : c.message;
      expect(r.err).toMatch(pattern);
      expect(r.err).not.toMatch(/^\s+at .*:\d+:\d+\)?$/m);
      expect(r.err).not.toMatch(/internal error/);
      expect(snapshot(out)).toEqual(before);
    }
  });
});

describe('an output folder that cannot be written', () => {
  it('exits 1 naming the output, and leaves the file standing there untouched', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'casebrief-matrix-'));
    const blocker = path.join(dir, 'out');
    writeFileSync(blocker, 'not a folder');
    const r = await cli('build', 'data/milan-shanghai.yaml', '--out', blocker);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      new RegExp(
        `^${esc(path.join(blocker, 'milan-shanghai'))}\\.(pdf|pptx): cannot write the output \\(a file stands where a folder is needed\\); choose another folder with --out`,
      ),
    );
    expect(readFileSync(blocker, 'utf8')).toBe('not a folder');
    expect(readdirSync(dir)).toEqual(['out']);
  });
});
