import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const dir = 'templates/messages';
const load = (lang: string) => JSON.parse(readFileSync(`${dir}/${lang}.json`, 'utf8')) as Record<string, string>;
const languages = readdirSync(dir).map((f) => f.replace(/\.json$/, ''));

describe('message files', () => {
  it('exist for English, Italian and Chinese', () => {
    expect(languages.sort()).toEqual(['en', 'it', 'zh']);
  });

  it.each(languages)('%s has every label English has, and no other, none empty', (lang) => {
    const labels = load(lang);
    expect(Object.keys(labels).sort()).toEqual(Object.keys(load('en')).sort());
    for (const [key, text] of Object.entries(labels)) expect(text.trim(), key).not.toBe('');
  });

  it.each(languages)('%s keeps the placeholders of each English label', (lang) => {
    const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    const en = load('en');
    for (const [key, text] of Object.entries(load(lang))) {
      if (key === 'anniversaryLine' || key === 'anniversaryBig') continue; // Chinese counts years ("50周年") where others write an ordinal.
      expect(placeholders(text), key).toEqual(placeholders(en[key] ?? ''));
    }
  });

  it('every label a template uses exists', () => {
    const used = new Set<string>();
    const files = ['templates/brief.hbs', 'templates/deck.hbs', ...readdirSync('templates/partials').map((f) => `templates/partials/${f}`)];
    for (const file of files) for (const m of readFileSync(file, 'utf8').matchAll(/\{\{t "(\w+)"/g)) used.add(m[1] as string);
    expect(used.size).toBeGreaterThan(10);
    for (const key of used) expect(Object.keys(load('en')), key).toContain(key);
  });
});
