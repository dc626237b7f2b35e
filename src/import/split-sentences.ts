/** Abbreviations whose period does not end a sentence. */
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof st no nos vs etc e.g i.e cf approx jan feb mar apr jun jul aug sep sept oct nov dec fig inc ltd co corp dept govt'.split(' '),
);

/**
 * Splits a paragraph into its sentences, each verbatim. A sentence ends at . ! ?
 * or … (with any closing quotes or brackets) followed by a space and a capital,
 * digit or opening quote, unless the word before the period is an abbreviation
 * or a single letter; and at Chinese 。！？ whatever follows.
 */
export function splitSentences(paragraph: string): string[] {
  const sentences: string[] = [];
  const boundary = /[.!?…]+["'”’»)\]]*(?=\s+(?:["'“‘«(\[]\s?)?[\p{Lu}\p{N}])|[。！？]+[”’」』）]*/gu;
  let start = 0;
  for (let m = boundary.exec(paragraph); m; m = boundary.exec(paragraph)) {
    const end = m.index + m[0].length;
    if (m[0].startsWith('.') && isAbbreviation(paragraph.slice(start, m.index))) continue;
    push(paragraph.slice(start, end));
    start = end;
  }
  push(paragraph.slice(start));
  return sentences;

  function push(s: string): void {
    if (s.trim()) sentences.push(s.trim());
  }
}

function isAbbreviation(before: string): boolean {
  const word = /(\S+)$/.exec(before)?.[1] ?? '';
  const bare = word.replace(/^["'“‘«(\[]+/, '').toLowerCase();
  return ABBREVIATIONS.has(bare) || /^\p{L}$/u.test(bare) || /^(?:\p{L}\.)+\p{L}$/u.test(bare);
}
