import type { ImportedCaseStudy } from './imported-case-study.js';
import { foldedScalar, inlineScalar, LINE_WIDTH } from './fold-scalar.js';

/** Comments to write next to values the import proposed or could not find. */
export interface YamlNotes {
  /** Above `partnership.start`. */
  start?: string;
  /** Above each timeline entry, in the same order. */
  timeline: string[];
  /** Above `source` / `collection` when the text does not state them. */
  source?: string;
  collection?: string;
}

const HEADER = [
  '# yaml-language-server: $schema=../schema/case-study.schema.json',
  '#',
  '# Imported by `casebrief import` from a survey text. Headings and paragraphs are the',
  '# text\'s own words, verbatim. Values commented "proposed" (and entries with',
  '# `proposed: true`) were read from the text by rule: check them, then drop the mark.',
];

/**
 * Writes a case study as readable, block-style YAML: fixed key order, one
 * paragraph per folded block, comments on what was proposed. The same case
 * study and notes always give the same text.
 */
export function emitYaml(cs: ImportedCaseStudy, notes: YamlNotes): string {
  const out: string[] = [...HEADER, ''];
  out.push(`id: ${cs.id}`, `title: ${inlineScalar(cs.title)}`, `language: ${cs.language}`, '', 'cities:');
  for (const city of cs.cities) {
    out.push(`  - name: ${inlineScalar(city.name)}`);
    if (city.country) out.push(`    country: ${inlineScalar(city.country)}`);
  }
  if (cs.partnership?.start) {
    out.push('', 'partnership:', ...comment(notes.start, 2), `  start: ${cs.partnership.start}`);
  }
  out.push('', ...comment(notes.source, 0));
  if (cs.source !== undefined) out.push(`source: ${inlineScalar(cs.source)}`);
  out.push(...comment(notes.collection, 0));
  if (cs.collection !== undefined) out.push(`collection: ${inlineScalar(cs.collection)}`);
  out.push('', 'sections:');
  for (const section of cs.sections) {
    out.push(`  - kind: ${section.kind}`, `    heading: ${inlineScalar(section.heading)}`, '    paragraphs:');
    for (const p of section.paragraphs) out.push(...keyed('      - ', p, 8, true));
  }
  if (cs.timeline?.length) {
    out.push('', 'timeline:');
    cs.timeline.forEach((entry, i) => {
      out.push(...comment(notes.timeline[i], 2), `  - date: ${/^\d{4}$/.test(entry.date) ? entry.date : inlineScalar(entry.date)}`);
      out.push(...keyed('    event: ', entry.event, 6, false));
      if (entry.proposed) out.push('    proposed: true');
    });
  }
  return `${out.join('\n')}\n`;
}

/** `prefix` + the value: inline when it fits (and `fold` is not forced), else a folded block. */
function keyed(prefix: string, value: string, indent: number, fold: boolean): string[] {
  const inline = inlineScalar(value);
  if (!fold && prefix.length + inline.length <= LINE_WIDTH && !inline.includes('\n')) return [prefix + inline];
  const block = foldedScalar(value, indent);
  return block ? [`${prefix}>-`, ...block] : [prefix + inline];
}

function comment(text: string | undefined, indent: number): string[] {
  return text === undefined ? [] : [`${' '.repeat(indent)}# ${text.replace(/\s+/g, ' ')}`];
}
