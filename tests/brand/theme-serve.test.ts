import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startStudio } from '../../src/server/serve.js';
import { cli } from '../helpers/run-cli.js';
import { request, sampleFolder } from '../server/http.js';

describe('casebrief serve --theme', () => {
  it('renders every brief in the theme', async () => {
    const studio = await startStudio({ folder: sampleFolder(), host: '127.0.0.1', port: 0, workers: 0, theme: path.resolve('data/themes/milano.yaml') });
    try {
      const r = await request(studio.port, 'POST', '/api/render?format=pdf', {
        headers: { 'Content-Type': 'application/yaml' },
        body: readFileSync('data/milan-shanghai.yaml', 'utf8'),
      });
      expect(r.status).toBe(200);
      const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'casebrief-theme-serve-')), 'brief.pdf');
      writeFileSync(file, r.body);
      expect(execFileSync('pdffonts', [file], { encoding: 'utf8' })).toContain('TitilliumWeb-Regular');
    } finally {
      await studio.close();
    }
  });

  it('refuses to start with a theme that has a mistake, saying where', async () => {
    const theme = path.join(mkdtempSync(path.join(os.tmpdir(), 'casebrief-theme-serve-')), 'bad.yaml');
    writeFileSync(theme, 'colours:\n  primary: "#0F4C5Z"\n');
    const { code, err } = await cli('serve', sampleFolder(), '--port', '0', '--theme', theme);
    expect(code).toBe(1);
    expect(err).toBe(`${theme}:2:12: \`colours.primary\` is not a colour: give the main colour: cover band, headings, as hex RGB in quotes, e.g. "#1B4F72"`);
  });
});
