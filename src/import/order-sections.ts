import { KNOWN_HEADINGS } from './known-headings.js';
import type { FoundSection, TextParts } from './split-sections.js';

/**
 * Puts the found sections in the case study's order, saying in warnings what
 * the reader should look at: the form's sections keep the text's order; a
 * second section matching the same form heading, a heading the form does not
 * have, and paragraphs before the first heading become sections of kind
 * "other", after the form's. A heading with no text under it is left out.
 */
export function orderSections(parts: TextParts): { sections: FoundSection[]; warnings: string[] } {
  const warnings: string[] = [];
  const known: FoundSection[] = [];
  const other: FoundSection[] = [];
  if (parts.preamble.length) {
    other.push({ kind: 'other', heading: parts.title.text, line: parts.title.line, paragraphs: parts.preamble.map((l) => l.text) });
    warnings.push(
      `${parts.preamble.length} paragraph(s) before the first heading (from line ${parts.preamble[0]!.line}) are kept in a section of kind "other" headed by the title; give it a heading of its own`,
    );
  }
  for (const s of parts.sections) {
    if (!s.paragraphs.length) {
      warnings.push(`the heading "${s.heading}" (line ${s.line}) has no text under it; it is left out`);
    } else if (s.kind === 'other') {
      warnings.push(`unknown heading "${s.heading}" (line ${s.line}): kept as a section of kind "other" after the survey's sections`);
      other.push(s);
    } else if (known.some((k) => k.kind === s.kind)) {
      warnings.push(`the heading "${s.heading}" (line ${s.line}) matches the survey's ${s.kind} section a second time: kept as a section of kind "other"`);
      other.push({ ...s, kind: 'other' });
    } else {
      known.push(s);
    }
  }
  for (const { kind, wordings } of KNOWN_HEADINGS) {
    if (!known.some((s) => s.kind === kind)) warnings.push(`no section "${wordings[0]}" (kind ${kind}) found; it is left out`);
  }
  return { sections: [...known, ...other], warnings };
}
