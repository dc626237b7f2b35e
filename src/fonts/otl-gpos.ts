import { classOf, coverageIndex } from './otl-common.js';
import { applyChainingContext, applyContext } from './otl-context.js';
import { NeedsFullShaping, type OtlEngine } from './otl-engine.js';

/** Bytes of a value record of the given format (each present field is 16 bits). */
function valueSize(format: number): number {
  let size = 0;
  for (let f = format; f; f >>= 1) size += (f & 1) * 2;
  return size;
}

// Value record fields in file order (bits 0–3 of the format); device tables (bits 4–7) follow them.
const FIELDS = ['xOffset', 'yOffset', 'xAdvance', 'yAdvance'] as const;

/** Adds a value record to a glyph's position; device tables only matter for variable fonts, which we do not use. */
function applyValue(e: OtlEngine, glyph: number, format: number, at: number): void {
  const p = e.positions[glyph]!;
  let field = at;
  for (let bit = 0; bit < FIELDS.length; bit++) {
    if (!(format & (1 << bit))) continue;
    p[FIELDS[bit]!] += e.v.getInt16(field);
    field += 2;
  }
}

/**
 * Applies one GPOS subtable at the current glyph, as fontkit's GPOSProcessor does for
 * single (1) and pair (2) adjustment and contextual positioning (7, 8). Cursive and mark
 * attachment (3–6) are left to fontkit: if one would act here, we say so.
 */
export function applyGpos(e: OtlEngine, type: number, at: number): boolean {
  const { v } = e;
  const cur = e.glyphs[e.index]!.id;
  switch (type) {
    case 1: {
      const index = coverageIndex(v, at + v.getUint16(at + 2), cur);
      if (index < 0) return false;
      const format = v.getUint16(at + 4);
      applyValue(e, e.index, format, v.getUint16(at) === 1 ? at + 6 : at + 8 + index * valueSize(format));
      return true;
    }
    case 2:
      return pair(e, at);
    case 7:
      return applyContext(e, at);
    case 8:
      return applyChainingContext(e, at);
    default:
      if (coverageIndex(v, at + v.getUint16(at + 2), cur) >= 0) throw new NeedsFullShaping(`GPOS lookup type ${type}`);
      return false;
  }
}

function pair(e: OtlEngine, at: number): boolean {
  const { v } = e;
  const next = e.glyphs[e.index + 1];
  if (!next) return false;
  const first = e.glyphs[e.index]!.id;
  const index = coverageIndex(v, at + v.getUint16(at + 2), first);
  if (index < 0) return false;
  const f1 = v.getUint16(at + 4);
  const f2 = v.getUint16(at + 6);
  const size1 = valueSize(f1);
  if (v.getUint16(at) === 1) {
    const set = at + v.getUint16(at + 10 + index * 2);
    const recordSize = 2 + size1 + valueSize(f2);
    for (let i = 0, n = v.getUint16(set); i < n; i++) {
      const rec = set + 2 + i * recordSize;
      if (v.getUint16(rec) !== next.id) continue;
      applyValue(e, e.index, f1, rec + 2);
      applyValue(e, e.index + 1, f2, rec + 2 + size1);
      return true;
    }
    return false;
  }
  const class1 = classOf(v, at + v.getUint16(at + 8), first);
  const class2 = classOf(v, at + v.getUint16(at + 10), next.id);
  const rec = at + 16 + (class1 * v.getUint16(at + 14) + class2) * (size1 + valueSize(f2));
  applyValue(e, e.index, f1, rec);
  applyValue(e, e.index + 1, f2, rec + size1);
  return true;
}
