/** One non-empty line of the imported text, trimmed, with its 1-based line number. */
export interface SourceLine {
  text: string;
  line: number;
}

/**
 * Splits a survey text into its non-empty lines. A byte-order mark, CRLF or CR
 * line ends and spaces around a line are dropped: they carry no words. Blank
 * lines are dropped too; the seed puts one between every paragraph, so they
 * mark nothing a line break does not already mark.
 */
export function sourceLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .forEach((raw, i) => {
      const trimmed = raw.trim();
      if (trimmed) lines.push({ text: trimmed, line: i + 1 });
    });
  return joinWrappedLines(lines);
}

/** Sentence ends, closing quotes and brackets after which a line is complete. */
const LINE_COMPLETE = /[.!?:;…。！？：；"”»’)\]）」』]$/u;

/** A line ending in a comma or one of these words stops mid-sentence, whatever follows. */
const OPEN_END = /(?:,|\b(?:a|an|the|of|and|or|to|in|on|at|by|for|from|with|between|as|that|which|is|was|are|were))$/iu;

/**
 * Joins a hard-wrapped paragraph back into one line: a line that stops
 * mid-sentence (no final punctuation) and is directly followed by one starting
 * with a lower-case letter, or that ends in a comma or a word such as "of" or
 * "the", is the same sentence, so the two are joined by one space. Anything
 * else is left alone, because a heading is also a line without a final period,
 * and it is followed by a capital.
 */
function joinWrappedLines(lines: SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  let lastLine = 0; // the source line the previous output line ended on
  for (const line of lines) {
    const prev = out.at(-1);
    if (prev && !LINE_COMPLETE.test(prev.text) && (/^\p{Ll}/u.test(line.text) || OPEN_END.test(prev.text)) && lastLine === line.line - 1) {
      prev.text = `${prev.text} ${line.text}`;
    } else {
      out.push({ ...line });
    }
    lastLine = line.line;
  }
  return out;
}
