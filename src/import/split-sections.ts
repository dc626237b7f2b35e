import type { Section } from '../load/schema.js';
import { parseClosingLine, parseSourceLine } from './frame-lines.js';
import { couldBeFormHeading, looksLikeHeading } from './heading-shape.js';
import { matchKnownHeading } from './match-heading.js';
import type { SourceLine } from './source-lines.js';

/** A section as found in the text, with the line its heading is on. */
export interface FoundSection {
  kind: Section['kind'];
  heading: string;
  line: number;
  paragraphs: string[];
}

/** The parts of a survey text, before they become a case study. */
export interface TextParts {
  title: SourceLine;
  source?: string;
  collection?: string;
  /** Every heading in the text, in order, each with the paragraphs under it. */
  sections: FoundSection[];
  /** Paragraphs between the title and the first heading. */
  preamble: SourceLine[];
  /** Lines after the closing line, which belong to the file, not the case study. */
  trailing: SourceLine[];
}

type LineRole = { role: 'source'; value: string } | { role: 'heading'; kind: Section['kind'] } | { role: 'paragraph' };

/** Splits the lines of a survey text (title first) into its frame, sections and paragraphs. */
export function splitSections(lines: readonly SourceLine[]): TextParts {
  const [title, ...rest] = lines;
  if (!title) throw new Error('splitSections needs at least the title line');
  const closing = findLastIndex(rest, (l) => parseClosingLine(l.text) !== undefined);
  const body = closing < 0 ? rest : rest.slice(0, closing);
  const parts: TextParts = {
    title,
    collection: closing < 0 ? undefined : parseClosingLine(rest[closing]!.text),
    sections: [],
    preamble: [],
    trailing: closing < 0 ? [] : rest.slice(closing + 1),
  };
  body.forEach((line, i) => {
    const role = roleOf(line, body[i + 1], parts);
    if (role.role === 'source') parts.source = role.value;
    else if (role.role === 'heading') parts.sections.push({ kind: role.kind, heading: line.text, line: line.line, paragraphs: [] });
    else if (parts.sections.length) parts.sections.at(-1)!.paragraphs.push(line.text);
    else parts.preamble.push(line);
  });
  return parts;
}

function roleOf(line: SourceLine, next: SourceLine | undefined, parts: TextParts): LineRole {
  if (!parts.source && !parts.sections.length) {
    const source = parseSourceLine(line.text);
    if (source) return { role: 'source', value: source };
  }
  const known = couldBeFormHeading(line.text) ? matchKnownHeading(line.text) : undefined;
  if (known) return { role: 'heading', kind: known.kind };
  // A heading the form lacks must be followed by a paragraph, not by another short line:
  // otherwise a list of names without periods would read as a run of empty headings.
  if (looksLikeHeading(line.text) && next && !looksLikeHeading(next.text) && !(couldBeFormHeading(next.text) && matchKnownHeading(next.text))) {
    return { role: 'heading', kind: 'other' };
  }
  return { role: 'paragraph' };
}

function findLastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!)) return i;
  return -1;
}
