import { coverageIndex } from './otl-common.js';
import { applyChainingContext, applyContext } from './otl-context.js';
import { NeedsFullShaping, type OtlEngine } from './otl-engine.js';

/**
 * Applies one GSUB subtable at the current glyph, as fontkit's GSUBProcessor does for
 * single (1), ligature (4) and contextual (5, 6) substitutions. Multiple (2), alternate (3)
 * and reverse chaining (8) substitutions are left to fontkit: if one would act here, we say so.
 */
export function applyGsub(e: OtlEngine, type: number, at: number): boolean {
  const { v } = e;
  const cur = e.glyphs[e.index]!;
  switch (type) {
    case 1: {
      const index = coverageIndex(v, at + v.getUint16(at + 2), cur.id);
      if (index < 0) return false;
      const id = v.getUint16(at) === 1 ? (cur.id + v.getInt16(at + 4)) & 0xffff : v.getUint16(at + 6 + index * 2);
      e.glyphs[e.index] = { id, codePoints: cur.codePoints };
      return true;
    }
    case 4:
      return ligature(e, at);
    case 5:
      return applyContext(e, at);
    case 6:
      return applyChainingContext(e, at);
    default:
      if (coverageIndex(v, at + v.getUint16(at + 2), cur.id) >= 0) throw new NeedsFullShaping(`GSUB lookup type ${type}`);
      return false;
  }
}

function ligature(e: OtlEngine, at: number): boolean {
  const { v, glyphs } = e;
  const cur = glyphs[e.index]!;
  const index = coverageIndex(v, at + v.getUint16(at + 2), cur.id);
  if (index < 0) return false;
  const set = at + v.getUint16(at + 6 + index * 2);
  for (let l = 0, n = v.getUint16(set); l < n; l++) {
    const lig = set + v.getUint16(set + 2 + l * 2);
    const components = v.getUint16(lig + 2) - 1;
    let ok = e.index + components < glyphs.length;
    for (let k = 0; ok && k < components; k++) ok = glyphs[e.index + 1 + k]!.id === v.getUint16(lig + 4 + k * 2);
    if (!ok) continue;
    const codePoints = glyphs.slice(e.index, e.index + 1 + components).flatMap((g) => g.codePoints);
    glyphs.splice(e.index, 1 + components, { id: v.getUint16(lig), codePoints });
    return true;
  }
  return false;
}
