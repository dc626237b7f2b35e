import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCommand } from '../../src/cli/commands/import.js';
import { CaseStudyError } from '../../src/errors.js';
import { tempFile } from '../helpers/case-study.js';
import { fixture } from './survey-text.js';

const SEED = 'tests/fixtures/milan-shanghai.txt';
const freshDir = () => mkdtempSync(path.join(os.tmpdir(), 'casebrief-import-out-'));

/** Runs an import that must fail; returns the error's code and message and checks nothing was written. */
async function refused(files: string[], out = freshDir(), force = false): Promise<{ code: string; message: string }> {
  const before = readdirSync(out).sort();
  const err = await importCommand(files, { out, force }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(CaseStudyError);
  expect(readdirSync(out).sort()).toEqual(before);
  return { code: (err as CaseStudyError).code, message: (err as CaseStudyError).message };
}

describe('importCommand', () => {
  it('refuses a binary file, clearly, and writes nothing', async () => {
    const png = tempFile('photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    expect(await refused([png])).toEqual({ code: 'E_INPUT', message: `${png}: is a binary file, not text; a case study is a YAML text file` });
  });

  it('refuses text with control characters as binary', async () => {
    const file = tempFile('odd.txt', 'Milan (Italy) and Shanghai\n\u0007\u0001junk\n');
    expect((await refused([file])).message).toBe(`${file}:2:1: contains the control character U+0007; it looks like a binary file, not a survey text`);
  });

  it('refuses text that is not UTF-8, naming the line', async () => {
    const latin1 = tempFile('zurich.txt', Buffer.from('Z\xfcrich (Switzerland) and Kunming\n', 'latin1'));
    const { code, message } = await refused([latin1]);
    expect(code).toBe('E_INPUT');
    expect(message).toMatch(new RegExp(`^${latin1.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:1:\\d+: is not valid UTF-8 text`));
  });

  it('refuses an empty file and one of only blank lines and a BOM', async () => {
    for (const text of ['', '\uFEFF \r\n\r\n\t\n']) {
      const file = tempFile('empty.txt', text);
      expect((await refused([file])).message).toBe(`${file}: is empty; a survey text starts with a title line such as "Milan (Italy) and Shanghai"`);
    }
  });

  it('refuses a text whose first line does not name two cities', async () => {
    const file = tempFile('notes.txt', 'Meeting notes\n\nKey achievements within the partnership\n\nA library was opened.\n');
    expect((await refused([file])).message).toBe(`${file}:1:1: the first line "Meeting notes" does not name two cities; it should read like "Milan (Italy) and Shanghai"`);
  });

  it('refuses a text with a title but no section', async () => {
    const file = tempFile('title.txt', 'Milan (Italy) and Shanghai\n\nSource : City of Milan\n');
    expect((await refused([file])).message).toMatch(/has no section: no heading followed by text was found/);
  });

  it('with one bad text among good ones, writes none of them and lists the problem', async () => {
    const out = freshDir();
    const bad = tempFile('empty.txt', '');
    const { message } = await refused([SEED, bad, fixture('missing-sections.txt')], out);
    expect(message.split('\n')).toHaveLength(1);
    expect(readdirSync(out)).toEqual([]);
  });

  it('never overwrites an existing file without force', async () => {
    const out = freshDir();
    const target = path.join(out, 'milan-shanghai.yaml');
    writeFileSync(target, 'hand-edited\n');
    expect(await refused([SEED], out)).toEqual({ code: 'E_OUTPUT', message: `${target}: already exists; use --force to overwrite it` });
    expect(readFileSync(target, 'utf8')).toBe('hand-edited\n');
  });

  it('overwrites with force, atomically, leaving no temporary file', async () => {
    const out = freshDir();
    const target = path.join(out, 'milan-shanghai.yaml');
    writeFileSync(target, 'hand-edited\n');
    const { written } = await importCommand([SEED], { out, force: true });
    expect(written).toEqual([target]);
    expect(readFileSync(target, 'utf8')).toMatch(/^# yaml-language-server: \$schema=/);
    expect(readdirSync(out)).toEqual(['milan-shanghai.yaml']);
  });

  it('refuses two texts that would write the same file', async () => {
    const copy = tempFile('copy.txt', readFileSync(SEED));
    const { code, message } = await refused([SEED, copy]);
    expect(code).toBe('E_OUTPUT');
    expect(message).toContain(`${copy}: would write`);
  });

  it('writes several texts into a new folder, returning their paths and warnings', async () => {
    const out = path.join(freshDir(), 'data');
    const { written, warnings } = await importCommand([SEED, fixture('missing-sections.txt')], { out, force: false });
    expect(written).toEqual([path.join(out, 'milan-shanghai.yaml'), path.join(out, 'lyon-guangzhou.yaml')]);
    expect(written.every((f) => existsSync(f))).toBe(true);
    expect(warnings.filter((w) => w.startsWith(`${SEED}: `))).toHaveLength(2);
    expect(warnings.some((w) => w.startsWith(`${fixture('missing-sections.txt')}: `))).toBe(true);
  });
});
