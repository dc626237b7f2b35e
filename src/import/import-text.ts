import { isDeepStrictEqual } from 'node:util';
import { CaseStudyError } from '../errors.js';
import { parseCaseStudy } from '../load/load-case-study.js';
import { MAX_SOURCE_BYTES } from '../load/read-source.js';
import type { CaseStudy } from '../load/schema.js';
import type { ImportedCaseStudy } from './imported-case-study.js';
import { detectLanguage } from './detect-language.js';
import { emitYaml, type YamlNotes } from './emit-yaml.js';
import { parseTitle } from './frame-lines.js';
import { makeId } from './make-id.js';
import { proposeDates } from './propose-dates.js';
import { orderSections } from './order-sections.js';
import { sourceLines } from './source-lines.js';
import { splitSections } from './split-sections.js';

/** A survey text turned into a case study: its id, the YAML to write and what the reader should check. */
export interface ImportedText {
  id: string;
  yaml: string;
  data: ImportedCaseStudy;
  warnings: string[];
}

const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/u;

/**
 * Turns one survey text into case-study YAML. `file` names the text in messages
 * and gives the id when the cities' names have no ASCII letters. Throws a
 * CaseStudyError when the text is empty, binary or has no title or section.
 */
export function importText(text: string, file: string): ImportedText {
  const size = Buffer.byteLength(text);
  if (size > MAX_SOURCE_BYTES) {
    throw new CaseStudyError('E_INPUT', [
      { file, message: `is ${(size / 2 ** 20).toFixed(1)} MB, and a case study may be at most ${MAX_SOURCE_BYTES / 2 ** 20} MB; split the text into one file per partnership` },
    ]);
  }
  const control = CONTROL.exec(text);
  if (control) {
    const line = text.slice(0, control.index).split('\n').length;
    const code = control[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    throw new CaseStudyError('E_INPUT', [{ file, line, message: `contains the control character U+${code}; it looks like a binary file, not a survey text` }]);
  }
  const lines = sourceLines(text);
  if (!lines.length) throw new CaseStudyError('E_INPUT', [{ file, message: 'is empty; a survey text starts with a title line such as "Milan (Italy) and Shanghai"' }]);
  const parts = splitSections(lines);
  const cities = parseTitle(parts.title.text);
  if (!cities) {
    throw new CaseStudyError('E_INPUT', [
      { file, line: parts.title.line, col: 1, message: `the first line "${parts.title.text}" does not name two cities; it should read like "Milan (Italy) and Shanghai"` },
    ]);
  }
  const { sections, warnings } = orderSections(parts);
  if (!sections.length) {
    throw new CaseStudyError('E_INPUT', [{ file, message: 'has no section: no heading followed by text was found (e.g. "Character, start and duration of the partnership")' }]);
  }
  const dates = proposeDates(sections);
  warnings.push(...dates.warnings);
  const { id, fromCities } = makeId(
    cities.map((c) => c.name),
    file,
  );
  if (!fromCities) warnings.push(`the cities' names have no ASCII letters, so the id "${id}" comes from the file name; change it if you like`);
  for (const c of cities) if (!c.country) warnings.push(`the title gives no country for ${c.name}; add cities[].country if you know it`);
  if (!parts.source) warnings.push('no "Source : …" line, so `source` is left out; add it if you know who wrote the case study');
  if (!parts.collection) warnings.push('no closing line "This case study belongs to the file « … »", so `collection` is left out; add it if you know the file');
  if (parts.trailing.length) {
    warnings.push(`left out ${parts.trailing.length} line(s) after the closing line: ${parts.trailing.map((l) => `"${l.text}" (line ${l.line})`).join(', ')}`);
  }

  const data: ImportedCaseStudy = {
    id,
    title: parts.title.text,
    language: detectLanguage(sections.flatMap((s) => [s.heading, ...s.paragraphs]).join('\n')),
    cities: [cities[0], cities[1]],
    ...(dates.start ? { partnership: { start: dates.start.date } } : {}),
    ...(parts.source ? { source: parts.source } : {}),
    ...(parts.collection ? { collection: parts.collection } : {}),
    sections: sections.map(({ kind, heading, paragraphs }) => ({ kind, heading, paragraphs })),
    ...(dates.timeline.length ? { timeline: dates.timeline.map((t) => ({ date: t.date, event: t.sentence, proposed: true })) } : {}),
  };
  const notes: YamlNotes = {
    start: dates.start && `proposed from "${dates.start.words}" (${dates.start.kind} section); check it`,
    timeline: dates.timeline.map((t) => `proposed from "${t.words}" (${t.kind} section)`),
    source: parts.source ? undefined : 'source: not in the text; who wrote the case study?',
    collection: parts.collection ? undefined : 'collection: not in the text; which file or survey does it belong to?',
  };
  const yaml = emitYaml(data, notes);
  const bytes = Buffer.byteLength(yaml);
  if (bytes > MAX_SOURCE_BYTES) {
    throw new CaseStudyError('E_INPUT', [
      {
        file,
        message: `would make a case study of ${(bytes / 2 ** 20).toFixed(1)} MB, and a case study may be at most ${MAX_SOURCE_BYTES / 2 ** 20} MB; split the text into one file per partnership`,
      },
    ]);
  }
  checkRoundTrip(yaml, data, file);
  return { id, yaml, data, warnings: warnings.map((w) => `${file}: ${w}`) };
}

/** The YAML must load back, valid, to exactly what was meant; anything else is a bug here. */
function checkRoundTrip(yaml: string, data: CaseStudy, file: string): void {
  const back = parseCaseStudy(yaml, { file }).data;
  if (!isDeepStrictEqual(back, data)) throw new Error(`casebrief import: the YAML written for ${file} does not load back to the same case study`);
}
