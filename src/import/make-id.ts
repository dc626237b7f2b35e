/** Letters that NFKD does not split into a base letter and an accent. */
const SPECIAL: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ł: 'l', þ: 'th', ı: 'i' };

/**
 * Folds a name to lower-case ASCII words joined by hyphens: "Zürich" → zurich,
 * "Saint-Étienne" → saint-etienne. Letters without an ASCII form (Chinese)
 * are dropped, so the result may be empty.
 */
export function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[ßæœøđłþı]/g, (c) => SPECIAL[c] ?? c)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The case study's id: both cities' names folded ("milan-shanghai"). When a
 * name has no ASCII letters (上海), the input file's name is used instead,
 * and when that has none either, "case-study".
 */
export function makeId(cities: readonly string[], fileName: string): { id: string; fromCities: boolean } {
  const parts = cities.map(slug);
  if (parts.every(Boolean)) return { id: parts.join('-'), fromCities: true };
  const base = slug(fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, ''));
  return { id: base || 'case-study', fromCities: false };
}
