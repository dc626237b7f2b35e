import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { settingsFrom } from '../../src/pipeline.js';

const TEMPLATE = 'tests/fixtures/templates/vivid-italian.potx';

describe('render settings from a theme and a deck template', () => {
  it('take the theme’s brand, and the deck template the theme names, read as bytes', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'casebrief-theme-settings-'));
    copyFileSync(TEMPLATE, path.join(dir, 'office.potx'));
    const theme = path.join(dir, 'theme.yaml');
    writeFileSync(theme, 'colours:\n  primary: "#0F4C5C"\ndeck-template: office.potx\n');
    const settings = await settingsFrom({ theme, formats: ['pdf'] });
    expect(settings.brand).toEqual({ colours: { primary: '0F4C5C' }, fonts: {}, source: theme });
    expect(settings.deckTemplate?.file).toBe(path.join(dir, 'office.potx'));
    expect(Buffer.from(settings.deckTemplate!.bytes).equals(readFileSync(TEMPLATE))).toBe(true);
  });

  it('take a deck template’s colours and fonts for the brief when no theme is given', async () => {
    const settings = await settingsFrom({ deckTemplate: TEMPLATE, formats: ['pdf'] });
    expect(settings.brand?.colours).toEqual({ primary: '1F497D', accent: '4F81BD', text: '000000' });
    expect(settings.brand?.fonts.latin?.regular.file).toMatch(/arimo-latin-400-normal\.woff$/);
    expect(settings.brand?.source).toBe(TEMPLATE);
  });

  it('have no brand without either: the brief is casebrief’s own', async () => {
    expect((await settingsFrom({ formats: ['pdf'] })).brand).toBeUndefined();
  });
});
