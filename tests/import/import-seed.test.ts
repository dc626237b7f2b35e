import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { importCommand } from '../../src/cli/commands/import.js';
import { importText } from '../../src/import/import-text.js';
import { loadCaseStudy } from '../../src/load/load-case-study.js';
import { SAMPLE, seedParagraphs } from '../helpers/case-study.js';
import { paragraphsOf } from './survey-text.js';

const SEED = 'tests/fixtures/milan-shanghai.txt';
const seedText = () => readFileSync(SEED, 'utf8');

/**
 * Where the imported seed differs from the hand-written data/milan-shanghai.yaml,
 * and why: each is something a person added from outside the text, or curated.
 */
const EXPECTED_DIFFERENCES: Record<string, string> = {
  'cities[0].country': 'the hand-written file gives the country in Italian and Chinese too ({ en: Italy, it: Italia, zh: 意大利 }); the text gives "Italy"',
  'cities[0].names': 'local names (Milano, 米兰) are not in the text',
  'cities[0].coordinates': 'coordinates are not in the text',
  'cities[1].country': 'the title line gives only the first city’s country ("Milan (Italy) and Shanghai")',
  'cities[1].names': 'local names (上海) are not in the text',
  'cities[1].coordinates': 'coordinates are not in the text',
  'partnership.instrument': 'the import does not name what was signed (a Declaration of Intent); a person reads that',
  written: 'the text says "30 years ago", not the year it speaks from; `written` is left out unless stated',
  timeline: 'curated by hand (reworded events, the 2004 anniversary, the 16–23 June 2010 span); the import proposes one entry per dated sentence, verbatim, marked proposed',
  key_figures: 'chosen by a person; the import does not pick figures',
};

/** Paths where two values differ; arrays of curated entries are compared whole. */
function differences(a: unknown, b: unknown, at = ''): string[] {
  if (at === 'timeline' || at === 'key_figures') return JSON.stringify(a) === JSON.stringify(b) ? [] : [at];
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return a === b ? [] : [at];
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return keys.flatMap((k) => differences((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], Array.isArray(a) ? `${at}[${k}]` : at ? `${at}.${k}` : k));
}

describe('importing the seed text', () => {
  it('gives the hand-written case study, except for what only a person can add', async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'casebrief-import-'));
    const { written } = await importCommand([SEED], { out, force: false });
    expect(written).toEqual([path.join(out, 'milan-shanghai.yaml')]);
    const imported = (await loadCaseStudy(written[0]!)).data;
    const handWritten = (await loadCaseStudy(SAMPLE)).data;
    const found = differences(imported, handWritten).sort();
    expect(Object.fromEntries(found.map((p) => [p, EXPECTED_DIFFERENCES[p] ?? 'UNEXPECTED']))).toEqual(EXPECTED_DIFFERENCES);
    // Everything else is equal: id, title, language, start, source, collection, and every section; Milan's country in English.
    expect(imported.cities[0].country).toBe('Italy');
    expect(handWritten.cities[0].country).toMatchObject({ en: 'Italy' });
    expect(imported.sections).toEqual(handWritten.sections);
    expect(paragraphsOf(imported)).toEqual(seedParagraphs());
  });

  it('proposes timeline entries whose events are the seed’s sentences, verbatim', () => {
    const { data, yaml } = importText(seedText(), SEED);
    expect(data.timeline?.map((t) => t.date)).toEqual(['2008-12', '2009', '2010', '2015']);
    for (const t of data.timeline ?? []) {
      expect(t.proposed).toBe(true);
      expect(seedText()).toContain(t.event);
    }
    expect(yaml).toContain('  # proposed from "December 2008" (achievements section)\n  - date: 2008-12\n');
    expect(yaml).toContain('partnership:\n  # proposed from "the 3rd of July 1979" (character section); check it\n  start: 1979-07-03\n');
  });

  it('keeps "Para ir más allá" out and quotes it in a warning', () => {
    const { data, warnings } = importText(seedText(), SEED);
    expect(JSON.stringify(data)).not.toContain('Para ir');
    expect(warnings).toContain(`${SEED}: left out 1 line(s) after the closing line: "Para ir más allá" (line 35)`);
    expect(warnings).toContain(`${SEED}: the title gives no country for Shanghai; add cities[].country if you know it`);
    expect(warnings).toHaveLength(2);
  });

  it('writes readable YAML: schema comment first, block style, paragraphs folded within 96 columns', () => {
    const { yaml, data } = importText(seedText(), SEED);
    expect(yaml.split('\n')[0]).toBe('# yaml-language-server: $schema=../schema/case-study.schema.json');
    expect(yaml).not.toMatch(/[{}[\]]\s*$/m);
    expect(yaml.match(/^ {6}- >-$/gm)).toHaveLength(8);
    const long = yaml.split('\n').filter((l) => l.length > 96 && !l.startsWith('    heading: '));
    expect(long).toEqual([]);
    expect(parse(yaml).sections).toEqual(data.sections);
  });

  it('gives the same bytes every time', () => {
    expect(importText(seedText(), SEED).yaml).toBe(importText(seedText(), SEED).yaml);
  });
});
