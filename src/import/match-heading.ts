import { KNOWN_HEADINGS, type KnownKind } from './known-headings.js';
import { headingTokens, sameWord } from './heading-tokens.js';

/** A known heading a line was matched to, and how well (0…1). */
export interface HeadingMatch {
  kind: KnownKind;
  score: number;
}

const WORDINGS = KNOWN_HEADINGS.flatMap(({ kind, wordings }) => wordings.map((w) => ({ kind, tokens: headingTokens(w) })));

/**
 * How much a word tells the headings apart: 1 for a word of one heading only
 * ("achievement"), 1/5 for "partnership", which all five share. A word no
 * heading has weighs 1, so it counts fully against a match.
 */
const WEIGHT = (() => {
  const kinds = new Map<string, Set<KnownKind>>();
  for (const { kind, tokens } of WORDINGS) for (const t of tokens) kinds.set(t, (kinds.get(t) ?? new Set()).add(kind));
  return (token: string): number => {
    const exact = kinds.get(token);
    if (exact) return 1 / exact.size;
    const near = [...kinds.keys()].find((k) => sameWord(k, token));
    return near ? 1 / kinds.get(near)!.size : 1;
  };
})();

/** "1.", "2)", "(3)", "IV." or "b)" before a heading: numbering, not words. */
const NUMBERING = /^\s*(?:\(?\d{1,2}[.)]|\(?[ivx]{1,4}[.)]|\(?[a-e][.)])\s+/i;

/** A heading without its numbering ("2. Main topics" → "Main topics"). */
export function withoutNumbering(line: string): string {
  return line.replace(NUMBERING, '');
}

/**
 * Matches a line to one of the survey's fixed headings, tolerating case,
 * spacing, punctuation, numbering, typos and small wording changes ("Key
 * achievements", "Main topics and activities"). Each word weighs by how well it
 * tells the headings apart; a line matches when the weighted overlap (Dice) is
 * at least 0.6, or when nearly all its words belong to one heading and they
 * include at least one telling word. Undefined when no heading matches.
 */
export function matchKnownHeading(line: string): HeadingMatch | undefined {
  const tokens = headingTokens(withoutNumbering(line));
  if (!tokens.length) return undefined;
  let best: HeadingMatch | undefined;
  for (const { kind, tokens: wording } of WORDINGS) {
    const lineWeight = sum(tokens);
    const wordingWeight = sum(wording);
    const matchedLine = sum(tokens.filter((t) => wording.some((w) => sameWord(t, w))));
    const matchedWording = sum(wording.filter((w) => tokens.some((t) => sameWord(t, w))));
    const dice = (matchedLine + matchedWording) / (lineWeight + wordingWeight);
    const contained = matchedLine / lineWeight >= 0.8 && matchedLine >= 1;
    if ((dice >= 0.6 || contained) && (!best || dice > best.score)) best = { kind, score: dice };
  }
  return best;
}

function sum(tokens: readonly string[]): number {
  return tokens.reduce((total, t) => total + WEIGHT(t), 0);
}
