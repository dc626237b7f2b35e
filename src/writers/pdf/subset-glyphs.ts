import type { Font } from 'fontkit';

/** What fontkit 2.0's TrueType subset uses of its font, and keeps, while it adds a glyph. */
interface TrueTypeSubset {
  font: {
    loca?: { offsets: number[] };
    _variationProcessor?: unknown;
    _getTableStream(tag: string): { pos: number; readInt16BE(): number; readBuffer(length: number): Uint8Array } | null;
    getGlyph(id: number): { advanceWidth: number; _getMetrics(): { leftBearing: number } };
  };
  glyf: Uint8Array[];
  loca: { offsets: number[] };
  hmtx: { metrics: { advance: number; bearing: number }[] };
  offset: number;
  _addGlyph(gid: number): number;
}

const patched = new WeakSet<object>();

/**
 * fontkit's TrueType subsetter decodes every glyph's outline only to learn whether it is a
 * composite, whose component ids it must rewrite; a simple glyph is then copied byte for byte.
 * Reading the contour count from the glyph's header gives the same answer without decoding the
 * points (~2 ms a brief). Composites and variable fonts keep fontkit's own path. The bytes of
 * the subset are unchanged.
 */
export function subsetSimpleGlyphsDirectly(font: Font): void {
  const proto = Object.getPrototypeOf(font.createSubset()) as TrueTypeSubset;
  if (patched.has(proto) || typeof proto._addGlyph !== 'function' || !('glyf' in (font as unknown as { directory: { tables: object } }).directory.tables)) return;
  patched.add(proto);
  const addGlyph = proto._addGlyph;
  proto._addGlyph = function (this: TrueTypeSubset, gid: number): number {
    const { font } = this;
    const offsets = font.loca?.offsets;
    if (!offsets || font._variationProcessor) return addGlyph.call(this, gid);
    const start = offsets[gid]!;
    const length = offsets[gid + 1]! - start;
    const stream = font._getTableStream('glyf');
    if (!stream) return addGlyph.call(this, gid);
    stream.pos += start;
    if (length > 0 && stream.readInt16BE() < 0) return addGlyph.call(this, gid);
    stream.pos -= length > 0 ? 2 : 0;
    const buffer = stream.readBuffer(length);
    const glyph = font.getGlyph(gid);
    this.glyf.push(buffer);
    this.loca.offsets.push(this.offset);
    this.hmtx.metrics.push({ advance: glyph.advanceWidth, bearing: glyph._getMetrics().leftBearing });
    this.offset += buffer.length;
    return this.glyf.length - 1;
  };
}
