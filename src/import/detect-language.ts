/** Frequent short words of the languages a European survey text is likely to be in. */
const STOPWORDS: Record<string, readonly string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'was', 'with', 'for', 'which', 'has', 'have'],
  it: ['il', 'della', 'e', 'di', 'che', 'per', 'con', 'una', 'sono', 'nel', 'degli', 'gli'],
  fr: ['le', 'la', 'les', 'et', 'des', 'du', 'est', 'une', 'dans', 'pour', 'avec', 'qui'],
  de: ['der', 'die', 'und', 'das', 'ist', 'mit', 'den', 'von', 'eine', 'für', 'wurde', 'nicht'],
  es: ['el', 'los', 'las', 'y', 'del', 'es', 'una', 'por', 'con', 'para', 'que', 'fue'],
  pt: ['o', 'os', 'as', 'e', 'do', 'da', 'uma', 'com', 'para', 'que', 'foi', 'não'],
  nl: ['de', 'het', 'en', 'van', 'een', 'is', 'met', 'voor', 'dat', 'werd', 'zijn', 'niet'],
};

/**
 * Guesses the language a text is written in: by script first (more Chinese
 * characters than Latin letters → zh; kana → ja; hangul → ko), then by counting
 * frequent words. English unless another language clearly wins, because the
 * survey's texts are English and a few foreign names must not flip it.
 */
export function detectLanguage(text: string): string {
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  const latin = count(/\p{Script=Latin}/gu);
  if (count(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu) * 2 > latin) return 'ja';
  if (count(/\p{Script=Hangul}/gu) * 2 > latin) return 'ko';
  if (count(/\p{Script=Han}/gu) * 2 > latin) return 'zh';
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const scores = Object.entries(STOPWORDS).map(([lang, list]) => {
    const set = new Set(list);
    return { lang, hits: words.filter((w) => set.has(w)).length };
  });
  const en = scores.find((s) => s.lang === 'en')!.hits;
  const best = scores.reduce((a, b) => (b.hits > a.hits ? b : a));
  return best.lang !== 'en' && best.hits >= 5 && best.hits > 2 * en ? best.lang : 'en';
}
