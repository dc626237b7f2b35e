/**
 * Which text the fast shaper may take: characters of scripts fontkit shapes with its
 * default shaper, with no combining marks, no default-ignorable characters (fontkit
 * swaps those for hidden spaces) and no fraction slash (fontkit's contextual fractions).
 */

const SCRIPTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\p{Script=Latin}/u, 'latn'],
  [/\p{Script=Greek}/u, 'grek'],
  [/\p{Script=Cyrillic}/u, 'cyrl'],
  [/\p{Script=Han}/u, 'hani'],
  [/\p{Script=Hiragana}/u, 'hira'],
  [/\p{Script=Katakana}/u, 'kana'],
  [/\p{Script=Bopomofo}/u, 'bopo'],
];

const ALLOWED = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}\p{Script=Common}]*$/u;
const EXCLUDED = /[\p{M}\p{Default_Ignorable_Code_Point}\u2044\u180b-\u180f\ufe00-\ufe0f\ufeff\ufff0-\ufff8]/u;

/** The text's code points when the fast shaper can take it, else undefined. */
export function simpleText(text: string): number[] | undefined {
  if (!ALLOWED.test(text) || EXCLUDED.test(text)) return undefined;
  const out: number[] = [];
  for (const ch of text) out.push(ch.codePointAt(0)!);
  return out;
}

/** OpenType script tags for the text: those of its first character with a script of its own (fontkit's Script.forString). */
export function scriptTags(codePoints: readonly number[]): string[] {
  for (const cp of codePoints) {
    if (cp < 0x41) continue;
    const ch = String.fromCodePoint(cp);
    for (const [re, tag] of SCRIPTS) if (re.test(ch)) return [tag];
  }
  return ['zzzz'];
}
