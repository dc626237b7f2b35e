import { CJK } from './heading-tokens.js';
import { withoutNumbering } from './match-heading.js';
import { splitSentences } from '../text/split-sentences.js';

const BULLET = /^(?:[-•*–·▪◦]\s|\d{1,2}[.)]\s+\p{Ll})/u;
const SENTENCE_END = /[.!?;,…。！？；，、]$/u;

/**
 * Could this line be a heading the survey form does not have? A heading is
 * short (at most 14 words, 100 characters; 40 for Chinese), has no final
 * period or comma, starts with a capital, digit or Chinese character, and is
 * not a list item. The caller also checks that paragraphs follow it.
 */
export function looksLikeHeading(line: string): boolean {
  const cjk = CJK.test(line);
  if (line.length > (cjk ? 40 : 100) || line.split(/\s+/).length > 14) return false;
  if (SENTENCE_END.test(line) || BULLET.test(line)) return false;
  return /^["“«(]?[\p{Lu}\p{N}\p{Script=Han}]/u.test(line) && /\p{L}/u.test(line);
}

/**
 * Could this line be one of the form's headings, perhaps mistyped? Looser than
 * looksLikeHeading: the form's longest heading has 18 words, and a heading
 * copied with a final period or colon is still a heading. It must be a single
 * sentence, so a paragraph that happens to repeat a heading's words is not one.
 */
export function couldBeFormHeading(line: string): boolean {
  if (line.length > 200 || line.split(/\s+/).length > 30) return false;
  return splitSentences(withoutNumbering(line)).length === 1 && !/[!?！？]$/u.test(line);
}
