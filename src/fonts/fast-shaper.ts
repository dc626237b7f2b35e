import { classOf, scriptFeatures } from './otl-common.js';
import { applyLookups, lookupCache, NeedsFullShaping, type OtlEngine, type OtlGlyph, type OtlPosition } from './otl-engine.js';
import { applyGpos } from './otl-gpos.js';
import { applyGsub } from './otl-gsub.js';
import { advanceWidths, sfntTables } from './sfnt.js';
import { scriptTags, simpleText } from './simple-text.js';

/** The parts of a fontkit font the shaper uses. */
export interface ShaperFont {
  glyphForCodePoint(codePoint: number): { id: number };
  getGlyph(id: number, codePoints?: number[]): unknown;
}

/** What fontkit's `font.layout` returns, as far as pdfkit and our measurer read it. */
export interface ShapedRun {
  glyphs: unknown[];
  positions: OtlPosition[];
  advanceWidth: number;
}

// fontkit's default shaper: stage one, then stage two (local fraction features left out: see simple-text).
const STAGES = [
  ['rvrn', 'ltra', 'ltrm'],
  ['ccmp', 'locl', 'rlig', 'mark', 'mkmk', 'calt', 'clig', 'liga', 'rclt', 'curs', 'kern'],
];

interface Table {
  v: DataView;
  lookup: OtlEngine['lookup'];
  apply: (e: OtlEngine, type: number, at: number) => boolean;
  /** Lookup indices per stage, per script tag list. */
  plans: Map<string, number[][]>;
}

/**
 * OpenType shaping of simple text (Latin, Greek, Cyrillic, CJK without marks) straight
 * from the font's bytes, giving the glyphs and positions fontkit's `layout` gives but
 * without decoding GSUB/GPOS into objects (~100 ms a face). Returns undefined for text
 * it does not handle, or when a lookup it does not implement would act on the text;
 * the caller then shapes with fontkit.
 */
export function fastShaper(font: ShaperFont, bytes: Uint8Array): ((text: string) => ShapedRun | undefined) | undefined {
  const tables = sfntTables(bytes);
  const gsub = tables.get('GSUB');
  const gpos = tables.get('GPOS');
  // A font with an old 'kern' table and no GPOS kerning is kerned by fontkit in a way we do not copy.
  if (tables.has('kern')) return undefined;
  const gdef = tables.get('GDEF');
  const glyphClassDef = gdef && gdef.getUint16(4) ? gdef.getUint16(4) : 0;
  const advance = advanceWidths(tables);
  const table = (v: DataView, extension: number, apply: Table['apply']): Table => ({ v, lookup: lookupCache(v, extension), apply, plans: new Map() });
  const subst = gsub && table(gsub, 7, applyGsub);
  const pos = gpos && table(gpos, 9, applyGpos);
  const isMark = (g: OtlGlyph) => (glyphClassDef ? classOf(gdef!, glyphClassDef, g.id) === 3 : false);
  const cmap = new Map<number, number>();

  return (text) => {
    const codePoints = simpleText(text);
    if (!codePoints) return undefined;
    const tags = scriptTags(codePoints);
    const glyphs: OtlGlyph[] = codePoints.map((cp) => {
      let id = cmap.get(cp);
      if (id === undefined) cmap.set(cp, (id = font.glyphForCodePoint(cp).id));
      return { id, codePoints: [cp] };
    });
    const positions: OtlPosition[] = [];
    try {
      if (glyphs.some(isMark)) return undefined;
      if (subst) run(subst, tags, glyphs, positions);
      if (glyphs.some(isMark)) return undefined;
      for (const g of glyphs) positions.push({ xAdvance: advance(g.id), yAdvance: 0, xOffset: 0, yOffset: 0 });
      if (pos) run(pos, tags, glyphs, positions);
    } catch (err) {
      if (err instanceof NeedsFullShaping) return undefined;
      throw err;
    }
    let advanceWidth = 0;
    for (const p of positions) advanceWidth += p.xAdvance;
    return { glyphs: glyphs.map((g) => font.getGlyph(g.id, g.codePoints)), positions, advanceWidth };
  };
}

function run(t: Table, tags: readonly string[], glyphs: OtlGlyph[], positions: OtlPosition[]): void {
  const key = tags.join();
  let plan = t.plans.get(key);
  if (!plan) {
    const features = scriptFeatures(t.v, tags);
    // As fontkit: each stage's lookups in lookup order, a lookup listed by two features applied twice.
    plan = STAGES.map((stage) => stage.flatMap((tag) => features?.get(tag) ?? []).sort((a, b) => a - b));
    t.plans.set(key, plan);
  }
  const engine: OtlEngine = { v: t.v, glyphs, positions, index: 0, lookup: t.lookup, apply: (type, at) => t.apply(engine, type, at) };
  for (const lookups of plan) applyLookups(engine, lookups);
}
