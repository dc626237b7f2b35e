import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/run-cli.js';

describe('casebrief build --theme', () => {
  const out = mkdtempSync(path.join(os.tmpdir(), 'casebrief-theme-cli-'));

  it('builds the brief in the theme’s fonts', async () => {
    const { code, out: printed, err } = await cli('build', 'data/milan-shanghai.yaml', '--theme', 'data/themes/milano.yaml', '--format', 'pdf', '--out', out);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(printed).toBe(path.join(out, 'milan-shanghai.pdf'));
    expect(existsSync(printed)).toBe(true);
    expect(execFileSync('pdffonts', [printed], { encoding: 'utf8' })).toContain('TitilliumWeb-Regular');
  });

  it('stops with file:line:col and exit 1 on a mistake in the theme, before building anything', async () => {
    const theme = path.join(out, 'bad.yaml');
    writeFileSync(theme, 'colours:\n  primary: "#0F4C5C"\n  acent: "#C1440E"\n');
    const { code, err } = await cli('build', 'data/milan-shanghai.yaml', '--theme', theme, '--format', 'pdf', '--out', path.join(out, 'none'));
    expect(code).toBe(1);
    expect(err).toBe(`${theme}:3:3: unknown key \`acent\`; did you mean \`accent\`?`);
    expect(existsSync(path.join(out, 'none'))).toBe(false);
  });

  it('lists --theme in the help', async () => {
    expect((await cli('build', '--help')).out).toContain('--theme FILE');
  });
});
