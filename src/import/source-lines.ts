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

/**
 * Joins a hard-wrapped paragraph back into one line: a line that stops
 * mid-sentence (no final punctuation) and is followed by one starting with a
 * lower-case letter is the same sentence, so the two are joined by one space.
 * Anything else is left alone, because a heading is also a line without a
 * final period, and it is followed by a capital.
 */
function joinWrappedLines(lines: SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  let lastLine = 0; // the source line the previous output line ended on
  for (const line of lines) {
    const prev = out.at(-1);
    if (prev && !LINE_COMPLETE.test(prev.text) && /^\p{Ll}/u.test(line.text) && lastLine === line.line - 1) {
      prev.text = `${prev.text} ${line.text}`;
    } else {
      out.push({ ...line });
    }
    lastLine = line.line;
  }
  return out;
}
