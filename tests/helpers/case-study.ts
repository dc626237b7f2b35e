import { readFileSync } from 'node:fs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The sample case study's path and text. */
export const SAMPLE = 'data/milan-shanghai.yaml';
export const sampleText = (): string => readFileSync(SAMPLE, 'utf8');

/** Writes `text` to a new file in a fresh temporary folder and returns its path. */
export function tempFile(name: string, text: string | Uint8Array): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'casebrief-test-'));
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

/** The sample with one exact piece of text replaced (the piece must exist). */
export function sampleWith(find: string, replace: string): string {
  const text = sampleText();
  if (!text.includes(find)) throw new Error(`sample has no "${find}"`);
  return text.replace(find, replace);
}

/** The eight paragraphs of the Milan–Shanghai text, verbatim from the seed. */
export function seedParagraphs(): string[] {
  const seed = readFileSync(path.join('tests', 'fixtures', 'milan-shanghai.txt'), 'utf8');
  const start = seed.indexOf('Character, start');
  const end = seed.indexOf('This case study belongs');
  const headings = new Set([
    'Character, start and duration of the partnership',
    'Main topics addressed and activities undertaken under the partnership',
    'Key achievements within the partnership',
    'Future expectations and expected development of the partnership',
    'Key obstacles and weaknesses in the partnership and consequent needs and wishes for support to improve the partnership',
  ]);
  return seed
    .slice(start, end)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !headings.has(l));
}
