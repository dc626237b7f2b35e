/**
 * Readers for the structures GSUB and GPOS share (OpenType "common table formats"):
 * coverage, class definitions, and the script → feature → lookup lists. They read
 * the bytes on demand; nothing is decoded ahead of use.
 */

/** Index of `glyph` in a coverage table, or -1. */
export function coverageIndex(v: DataView, at: number, glyph: number): number {
  const format = v.getUint16(at);
  const count = v.getUint16(at + 2);
  let lo = 0;
  let hi = count - 1;
  if (format === 1) {
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const g = v.getUint16(at + 4 + mid * 2);
      if (g === glyph) return mid;
      if (g < glyph) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }
  if (format !== 2) throw new Error(`coverage format ${format}`);
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const rec = at + 4 + mid * 6;
    if (glyph < v.getUint16(rec)) hi = mid - 1;
    else if (glyph > v.getUint16(rec + 2)) lo = mid + 1;
    else return v.getUint16(rec + 4) + glyph - v.getUint16(rec);
  }
  return -1;
}

/** Class of `glyph` in a class definition table; 0 for glyphs it does not list. */
export function classOf(v: DataView, at: number, glyph: number): number {
  const format = v.getUint16(at);
  if (format === 1) {
    const i = glyph - v.getUint16(at + 2);
    return i >= 0 && i < v.getUint16(at + 4) ? v.getUint16(at + 6 + i * 2) : 0;
  }
  if (format !== 2) throw new Error(`class definition format ${format}`);
  let lo = 0;
  let hi = v.getUint16(at + 2) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const rec = at + 4 + mid * 6;
    if (glyph < v.getUint16(rec)) hi = mid - 1;
    else if (glyph > v.getUint16(rec + 2)) lo = mid + 1;
    else return v.getUint16(rec + 4);
  }
  return 0;
}

function tagAt(v: DataView, at: number): string {
  return String.fromCharCode(v.getUint8(at), v.getUint8(at + 1), v.getUint8(at + 2), v.getUint8(at + 3));
}

// fontkit falls back to these script tags when a font lacks the text's script.
const DEFAULT_SCRIPTS = ['DFLT', 'dflt', 'latn'];

/**
 * The features of a script's default language system, tag → lookup indices, as fontkit
 * selects them (first script tag the font has, else the default scripts; a later feature
 * with the same tag wins). Undefined when the table has none of these scripts.
 */
export function scriptFeatures(v: DataView, scriptTags: readonly string[]): Map<string, number[]> | undefined {
  const scriptList = v.getUint16(4);
  const featureList = v.getUint16(6);
  const count = v.getUint16(scriptList);
  const find = (tag: string) => {
    for (let i = 0; i < count; i++) if (tagAt(v, scriptList + 2 + i * 6) === tag) return scriptList + v.getUint16(scriptList + 2 + i * 6 + 4);
    return -1;
  };
  let script = -1;
  for (const tag of scriptTags) if ((script = find(tag)) >= 0) break;
  for (const tag of DEFAULT_SCRIPTS) if (script < 0) script = find(tag);
  if (script < 0) return undefined;
  const features = new Map<string, number[]>();
  const langSysOffset = v.getUint16(script);
  if (!langSysOffset) return features;
  const langSys = script + langSysOffset;
  for (let i = 0, n = v.getUint16(langSys + 4); i < n; i++) {
    const index = v.getUint16(langSys + 6 + i * 2);
    const rec = featureList + 2 + index * 6;
    const feature = featureList + v.getUint16(rec + 4);
    const lookups: number[] = [];
    for (let j = 0, m = v.getUint16(feature + 2); j < m; j++) lookups.push(v.getUint16(feature + 4 + j * 2));
    features.set(tagAt(v, rec), lookups);
  }
  return features;
}

/** A lookup: its type and the absolute offsets of its subtables (extension subtables already followed). */
export interface Lookup {
  type: number;
  subtables: number[];
}

/** Reads lookup `index`; `extensionType` is 7 for GSUB, 9 for GPOS. */
export function readLookup(v: DataView, index: number, extensionType: number): Lookup {
  const list = v.getUint16(8);
  const at = list + v.getUint16(list + 2 + index * 2);
  const declared = v.getUint16(at);
  let type = declared;
  const subtables: number[] = [];
  for (let i = 0, n = v.getUint16(at + 4); i < n; i++) {
    const sub = at + v.getUint16(at + 6 + i * 2);
    if (declared !== extensionType) subtables.push(sub);
    else {
      // An extension subtable only points further; its lookup type is the real one.
      subtables.push(sub + v.getUint32(sub + 4));
      type = v.getUint16(sub + 2);
    }
  }
  return { type, subtables };
}
