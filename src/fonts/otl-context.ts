import { classOf, coverageIndex } from './otl-common.js';
import { applyLookupRecords, matches, type OtlEngine } from './otl-engine.js';

/**
 * Contextual lookups (GSUB 5/6, GPOS 7/8), matched the way fontkit matches them:
 * note that fontkit compares a backtrack sequence front to back starting `length`
 * glyphs before the current one, and so do we, so both give the same glyphs.
 */

function ruleSet(v: DataView, at: number, countAt: number, index: number): number {
  if (index < 0 || index >= v.getUint16(at + countAt)) return 0;
  const offset = v.getUint16(at + countAt + 2 + index * 2);
  return offset ? at + offset : 0;
}

/** GSUB type 5 / GPOS type 7. */
export function applyContext(e: OtlEngine, at: number): boolean {
  const { v } = e;
  const format = v.getUint16(at);
  const glyph = e.glyphs[e.index]!.id;
  if (format === 3) {
    const count = v.getUint16(at + 2);
    const ok = matches(e, 0, count, (k, g) => coverageIndex(v, at + v.getUint16(at + 6 + k * 2), g) >= 0);
    return ok && applyLookupRecords(e, at + 6 + count * 2, v.getUint16(at + 4));
  }
  const covered = coverageIndex(v, at + v.getUint16(at + 2), glyph);
  if (covered < 0) return false;
  const classDef = format === 2 ? at + v.getUint16(at + 4) : 0;
  const same = format === 2 ? (value: number, g: number) => classOf(v, classDef, g) === value : (value: number, g: number) => value === g;
  const set = format === 2 ? ruleSet(v, at, 6, classOf(v, classDef, glyph)) : ruleSet(v, at, 4, covered);
  if (!set) return false;
  for (let r = 0, n = v.getUint16(set); r < n; r++) {
    const rule = set + v.getUint16(set + 2 + r * 2);
    const inputs = v.getUint16(rule) - 1;
    if (matches(e, 1, inputs, (k, g) => same(v.getUint16(rule + 4 + k * 2), g))) return applyLookupRecords(e, rule + 4 + inputs * 2, v.getUint16(rule + 2));
  }
  return false;
}

/** GSUB type 6 / GPOS type 8. */
export function applyChainingContext(e: OtlEngine, at: number): boolean {
  const { v } = e;
  const format = v.getUint16(at);
  const glyph = e.glyphs[e.index]!.id;
  if (format === 3) {
    const cov = (base: number) => (k: number, g: number) => coverageIndex(v, at + v.getUint16(base + 2 + k * 2), g) >= 0;
    const backtrack = at + 2;
    const input = backtrack + 2 + v.getUint16(backtrack) * 2;
    const lookahead = input + 2 + v.getUint16(input) * 2;
    const records = lookahead + 2 + v.getUint16(lookahead) * 2;
    const ok =
      matches(e, -v.getUint16(backtrack), v.getUint16(backtrack), cov(backtrack)) &&
      matches(e, 0, v.getUint16(input), cov(input)) &&
      matches(e, v.getUint16(input), v.getUint16(lookahead), cov(lookahead));
    return ok && applyLookupRecords(e, records + 2, v.getUint16(records));
  }
  const covered = coverageIndex(v, at + v.getUint16(at + 2), glyph);
  if (covered < 0) return false;
  const defs = format === 2 ? [at + v.getUint16(at + 4), at + v.getUint16(at + 6), at + v.getUint16(at + 8)] : [];
  const test = (part: number) => (format === 2 ? (value: number, g: number) => classOf(v, defs[part]!, g) === value : (value: number, g: number) => value === g);
  const set = format === 2 ? ruleSet(v, at, 10, classOf(v, defs[1]!, glyph)) : ruleSet(v, at, 4, covered);
  if (!set) return false;
  for (let r = 0, n = v.getUint16(set); r < n; r++) {
    const backtrack = set + v.getUint16(set + 2 + r * 2);
    const input = backtrack + 2 + v.getUint16(backtrack) * 2;
    const inputs = v.getUint16(input) - 1;
    const lookahead = input + 2 + inputs * 2;
    const records = lookahead + 2 + v.getUint16(lookahead) * 2;
    const seq = (base: number, part: number) => (k: number, g: number) => test(part)(v.getUint16(base + 2 + k * 2), g);
    const ok =
      matches(e, -v.getUint16(backtrack), v.getUint16(backtrack), seq(backtrack, 0)) &&
      matches(e, 1, inputs, (k, g) => test(1)(v.getUint16(input + 2 + k * 2), g)) &&
      matches(e, 1 + inputs, v.getUint16(lookahead), seq(lookahead, 2));
    if (ok) return applyLookupRecords(e, records + 2, v.getUint16(records));
  }
  return false;
}
