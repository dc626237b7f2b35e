import { readLookup, type Lookup } from './otl-common.js';

/** A glyph being shaped: its id and the characters it stands for. */
export interface OtlGlyph {
  id: number;
  codePoints: number[];
}

/** A glyph's placement, in font units (fontkit's GlyphPosition fields). */
export interface OtlPosition {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
}

/** Thrown when a lookup we do not implement would act on the text: the caller shapes it with fontkit instead. */
export class NeedsFullShaping extends Error {}

/** One GSUB or GPOS table at work on one run of glyphs. */
export interface OtlEngine {
  v: DataView;
  glyphs: OtlGlyph[];
  positions: OtlPosition[];
  /** The glyph a lookup is applied at. */
  index: number;
  lookup(index: number): Lookup;
  /** Applies one subtable of the given lookup type at `index`; true when it matched. */
  apply(type: number, at: number): boolean;
}

/** Lookup readers cached per table, since every word asks for the same few lookups. */
export function lookupCache(v: DataView, extensionType: number): (index: number) => Lookup {
  const cache = new Map<number, Lookup>();
  return (index) => {
    let hit = cache.get(index);
    if (!hit) cache.set(index, (hit = readLookup(v, index, extensionType)));
    return hit;
  };
}

/**
 * Applies lookups in the given order to every glyph in turn, the first matching subtable
 * of a lookup winning, as fontkit's OTProcessor does. fontkit never skips glyphs for
 * lookup flags (it reads them from the wrong field), and runs that reach this engine hold
 * no marks, so no glyph is skipped here either.
 */
export function applyLookups(engine: OtlEngine, lookups: readonly number[]): void {
  for (const index of lookups) {
    const lookup = engine.lookup(index);
    for (engine.index = 0; engine.index < engine.glyphs.length; engine.index++) {
      for (const sub of lookup.subtables) if (engine.apply(lookup.type, sub)) break;
    }
  }
}

/** Applies nested lookups (context rules): each at its sequence index from the matched glyph. */
export function applyLookupRecords(engine: OtlEngine, at: number, count: number): true {
  const { v } = engine;
  const start = engine.index;
  for (let i = 0; i < count; i++) {
    const position = start + v.getUint16(at + i * 4);
    if (position >= engine.glyphs.length) throw new NeedsFullShaping('nested lookup past the end of the run');
    const lookup = engine.lookup(v.getUint16(at + i * 4 + 2));
    engine.index = position;
    for (const sub of lookup.subtables) if (engine.apply(lookup.type, sub)) break;
  }
  engine.index = start;
  return true;
}

/** Whether glyphs from `offset` (relative to the current glyph) on pass `test`, one per item. */
export function matches(engine: OtlEngine, offset: number, count: number, test: (k: number, glyph: number) => boolean): boolean {
  for (let k = 0; k < count; k++) {
    const glyph = engine.glyphs[engine.index + offset + k];
    if (!glyph || !test(k, glyph.id)) return false;
  }
  return true;
}
