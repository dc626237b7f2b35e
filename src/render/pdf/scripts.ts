export { hasCjk, isCjk } from '../../fonts/cjk.js';

/** Characters that need no glyph of their own (spaces, joiners, soft hyphens). */
export function isInvisible(ch: string): boolean {
  const c = ch.charCodeAt(0);
  // Printable ASCII, most of any text, answered without the regular expression.
  if (ch.length === 1 && c > 0x20 && c < 0x7f) return false;
  return INVISIBLE.test(ch);
}

const INVISIBLE = /^[\s\p{Cf}\p{Cc}]$/u;

/** `U+4E0A` style name of a code point. */
export function codePointName(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}
