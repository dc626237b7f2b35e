import type { PostHeader, Shaper, ShapedGlyph } from './shaped-font.js';
import { withoutOutlines } from './shaping-tables.js';

type HarfBuzz = typeof import('harfbuzzjs');

let harfbuzz: HarfBuzz | undefined;
let loading: Promise<HarfBuzz> | undefined;

/**
 * Loads HarfBuzz (harfbuzzjs: HarfBuzz compiled to WebAssembly, which it compiles as it loads),
 * once per process. Shaping needs it loaded; the PDF writer awaits this before it measures text.
 */
export function loadHarfbuzz(): Promise<HarfBuzz> {
  loading ??= import('harfbuzzjs').then((hb) => (harfbuzz = hb));
  return loading;
}

const IGNORABLE = /\p{Default_Ignorable_Code_Point}/u;

/** One buffer for every run: shaping is synchronous, so runs never share it at the same time. */
let shared: InstanceType<HarfBuzz['Buffer']> | undefined;

/**
 * A font's bytes opened in HarfBuzz, the reference OpenType shaper (without its outlines: see
 * shaping-tables.ts): its `post` header (below) and its shaper. Runs are shaped left to right,
 * with the font's default features for the run's script (guessed from its text), positions in
 * font units. Each glyph stands for the characters of its cluster (HarfBuzz's record of which
 * characters a glyph came from): a ligature for all of them, the second and later glyphs of one
 * cluster for none. Characters are kept apart from the marks after them (clusters by character,
 * not by grapheme), so a base letter's glyph stands for that letter alone. Invisible characters
 * (soft hyphens, joiners) act on shaping and are then removed, so no stand-in glyph claims them.
 */
export function harfbuzzFont(bytes: Uint8Array): { shape: Shaper; post: PostHeader } {
  const hb = harfbuzz;
  if (!hb) throw new Error('casebrief: HarfBuzz is not loaded yet (await loadHarfbuzz() first)');
  const face = new hb.Face(new hb.Blob(withoutOutlines(bytes)), 0);
  const font = new hb.Font(face);
  const advances = new Map<number, number>();
  const advanceOf = (id: number) => {
    let advance = advances.get(id);
    if (advance === undefined) {
      advance = font.glyphHAdvance(id);
      advances.set(id, advance);
    }
    return advance;
  };
  const shape: Shaper = (text, features) => {
    shared ??= new hb.Buffer();
    const buffer = shared;
    buffer.reset();
    buffer.addText(text);
    buffer.setDirection(hb.Direction.LTR);
    buffer.setClusterLevel(hb.ClusterLevel.MONOTONE_CHARACTERS);
    buffer.setFlags(hb.BufferFlag.BOT | hb.BufferFlag.EOT | hb.BufferFlag.REMOVE_DEFAULT_IGNORABLES);
    buffer.guessSegmentProperties();
    hb.shape(
      font,
      buffer,
      features?.map((f) => hb.Feature.fromString(f)).filter((f) => f !== undefined),
    );
    const infos = buffer.getGlyphInfos();
    const positions = buffer.getGlyphPositions();
    const glyphs: ShapedGlyph[] = [];
    let advanceWidth = 0;
    for (let i = 0; i < infos.length; i++) {
      const { codepoint: id, cluster } = infos[i]!;
      const first = i === 0 || infos[i - 1]!.cluster !== cluster;
      let end = text.length;
      for (let k = i + 1; k < infos.length; k++) {
        if (infos[k]!.cluster !== cluster) {
          end = infos[k]!.cluster;
          break;
        }
      }
      glyphs.push({ id, advanceWidth: advanceOf(id), codePoints: first ? visibleCodePoints(text.slice(cluster, end)) : [] });
      advanceWidth += positions[i]!.xAdvance;
    }
    return { glyphs, positions, advanceWidth };
  };
  return { shape, post: postHeader(face.referenceTable('post')) };
}

/**
 * The two fields of the `post` table's header that pdfkit writes into a PDF's font descriptor
 * (OpenType: italicAngle, a 16.16 fixed-point number at byte 4; isFixedPitch, a 32-bit number at
 * byte 12), read from the table HarfBuzz holds. fontkit would decode the whole table for them,
 * with its thousands of glyph names, which nothing here reads.
 */
function postHeader(table: Uint8Array | undefined): PostHeader {
  if (!table || table.length < 16) return { italicAngle: 0, isFixedPitch: 0 };
  const view = new DataView(table.buffer, table.byteOffset, table.byteLength);
  return { italicAngle: view.getInt32(4) / 65536, isFixedPitch: view.getUint32(12) };
}

function visibleCodePoints(chars: string): number[] {
  const out: number[] = [];
  for (const ch of chars) if (!IGNORABLE.test(ch)) out.push(ch.codePointAt(0)!);
  return out;
}
