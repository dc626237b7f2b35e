/** Unicode blocks set in the CJK face: ideographs, kana, CJK punctuation, full-width forms. */
const CJK_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x2e80, 0x2fff],
  [0x3000, 0x303f],
  [0x3040, 0x30ff],
  [0x3100, 0x31ff],
  [0x3200, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xac00, 0xd7af],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xffef],
  [0x20000, 0x3134f],
];

/** Whether a code point belongs to the CJK face's scripts. */
export function isCjk(codePoint: number): boolean {
  if (codePoint < 0x2e80) return false;
  for (const [from, to] of CJK_RANGES) if (codePoint >= from && codePoint <= to) return true;
  return false;
}

/** Whether a string contains any CJK character. */
export function hasCjk(text: string): boolean {
  for (const ch of text) if (isCjk(ch.codePointAt(0)!)) return true;
  return false;
}

/**
 * Characters that need no glyph of their own: spaces, and default-ignorable characters (joiners,
 * soft hyphens, tag characters), which the shaper hides. Other format characters, such as U+0600
 * or U+FFF9, are visible and need a glyph.
 */
export function isInvisible(ch: string): boolean {
  const c = ch.charCodeAt(0);
  // Printable ASCII, most of any text, answered without the regular expression.
  if (ch.length === 1 && c > 0x20 && c < 0x7f) return false;
  return INVISIBLE.test(ch);
}

const INVISIBLE = /^[\s\p{Cc}\p{Default_Ignorable_Code_Point}]$/u;

/** `U+4E0A` style name of a code point. */
export function codePointName(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}
