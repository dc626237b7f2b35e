import { readFileSync } from 'node:fs';
import type { CaseStudy } from '../../src/load/schema.js';

/** The test texts under tests/fixtures/import. */
export const FIXTURES = 'tests/fixtures/import';
export const fixture = (name: string): string => `${FIXTURES}/${name}`;

/** Plain strings of a case study's paragraphs (an import never writes per-language maps). */
export function paragraphsOf(cs: CaseStudy): string[] {
  return cs.sections.flatMap((s) => s.paragraphs.map((p) => (typeof p === 'string' ? p : Object.values(p).join('\n'))));
}

/**
 * The body lines of a survey text, found independently of the importer: the
 * non-empty lines after the title, minus the Source line, the closing line and
 * what follows it, and the given headings.
 */
export function bodyLines(file: string, headings: readonly string[]): string[] {
  const lines = readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const closing = lines.findIndex((l) => /belongs to the file|^本案例研究属于/.test(l));
  return lines.slice(1, closing < 0 ? undefined : closing).filter((l) => !/^(source|来源)\s*[:：]/i.test(l) && !headings.includes(l));
}

/** Each line's sentences, split naively at . ! ? and 。！？ (a sentence split wrongly is still a substring). */
export function sentences(lines: readonly string[]): string[] {
  return lines
    .flatMap((l) => l.split(/(?<=[.!?])\s+|(?<=[。！？])/u))
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A text's body as one line, so a paragraph joined from wrapped lines can be found in it. */
export function flatBody(lines: readonly string[]): string {
  return lines.join(' ');
}
