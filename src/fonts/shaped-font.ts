import type { Font } from 'fontkit';
import { Lru } from './lru.js';
import { SubsetFiles } from './subset-cache.js';

/** One glyph of a shaped run: its id in the font, its advance (font units) and the characters it stands for. */
export interface ShapedGlyph {
  readonly id: number;
  readonly advanceWidth: number;
  readonly codePoints: readonly number[];
}

/** Where a glyph goes, in font units (xAdvance includes kerning; offsets place marks). */
export interface GlyphPosition {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
}

/** A shaped run of text, left to right. */
export interface ShapedRun {
  readonly glyphs: readonly ShapedGlyph[];
  readonly positions: readonly Readonly<GlyphPosition>[];
  /** Sum of the positions' xAdvance, in font units. */
  readonly advanceWidth: number;
}

/** Tables fontkit gives by name (its documented `font[tag]`), which pdfkit reads when it embeds a font. */
interface RawTables {
  head: unknown;
  'OS/2': unknown;
}

/** What pdfkit reads of a font's `post` table. */
export interface PostHeader {
  readonly italicAngle: number;
  readonly isFixedPitch: number;
}

/** Shapes one run of text with the given OpenType features (undefined: the shaper's defaults). */
export type Shaper = (text: string, features: readonly string[] | undefined) => ShapedRun;

/** Distinct runs a face remembers: a brief has ~2,000 distinct words, a batch of many briefs more. */
const RUNS_KEPT = 20_000;

let fontsMade = 0;

/**
 * A font as pdfkit's `registerFont` takes it (any object with a `layout` method), owning a
 * fontkit font, which pdfkit subsets and reads metrics from, and a shaper with its cache of
 * shaped runs, keyed by features and text. Cached runs are frozen and never handed out to be
 * changed: pdfkit scales the positions it gets in place, so every call gets positions of its own.
 * The same text therefore gives the same glyphs and positions in every document of the process.
 */
export class ShapedFont {
  private readonly runs = new Lru<string, ShapedRun>(RUNS_KEPT);
  private readonly subsets: SubsetFiles;
  /** Names this font in the keys of per-process caches (widths, set lines): fonts differ, ids differ. */
  readonly id = ++fontsMade;

  constructor(
    /** The fontkit font the glyphs come from. */
    readonly font: Font,
    private readonly shaper: Shaper,
    /** The `post` header's fields, given apart from fontkit (see harfbuzz-shaper.ts). */
    readonly post: PostHeader,
  ) {
    this.subsets = new SubsetFiles(font);
  }

  /** Forgets the runs shaped and the subset files made so far (see process-caches.ts). */
  forget(): void {
    this.runs.clear();
    this.subsets.clear();
  }

  /** The shaped run of `text`, from the cache (frozen: read it, don't change it). */
  shape(text: string, features?: readonly string[]): ShapedRun {
    const key = features && features.length > 0 ? `${features.join(',')}\u0000${text}` : text;
    let run = this.runs.get(key);
    if (!run) {
      run = freeze(this.shaper(text, features));
      this.runs.set(key, run);
    }
    return run;
  }

  /** Advance width of `text` shaped as one run, in font units. */
  advance(text: string): number {
    return this.shape(text).advanceWidth;
  }

  /** What pdfkit asks of a font to set text: a run with positions it may scale in place. */
  layout(text: string, features?: string[] | Record<string, boolean>): { glyphs: ShapedGlyph[]; positions: GlyphPosition[]; advanceWidth: number } {
    // pdfkit takes a list of features to turn on, or a map of features to turn on or off.
    const list = Array.isArray(features) ? features : features ? Object.entries(features).map(([tag, on]) => (on ? tag : `-${tag}`)) : undefined;
    const run = this.shape(text, list);
    return {
      glyphs: [...run.glyphs],
      positions: run.positions.map((p) => ({ xAdvance: p.xAdvance, yAdvance: p.yAdvance, xOffset: p.xOffset, yOffset: p.yOffset })),
      advanceWidth: run.advanceWidth,
    };
  }

  // What pdfkit's EmbeddedFont reads of its font besides `layout`: fontkit's own values, and
  // fontkit's subsets, whose files are remembered by their glyphs (subset-cache.ts).
  createSubset(): ReturnType<SubsetFiles['create']> {
    return this.subsets.create();
  }
  getGlyph(id: number): ReturnType<Font['getGlyph']> {
    return this.font.getGlyph(id);
  }
  get postscriptName(): string {
    return this.font.postscriptName;
  }
  get unitsPerEm(): number {
    return this.font.unitsPerEm;
  }
  get ascent(): number {
    return this.font.ascent;
  }
  get descent(): number {
    return this.font.descent;
  }
  get lineGap(): number {
    return this.font.lineGap;
  }
  get xHeight(): number {
    return this.font.xHeight;
  }
  get capHeight(): number {
    return this.font.capHeight;
  }
  get italicAngle(): number {
    return this.post.italicAngle;
  }
  get bbox(): Font['bbox'] {
    return this.font.bbox;
  }
  get head(): unknown {
    return (this.font as unknown as RawTables).head;
  }
  get 'OS/2'(): unknown {
    return (this.font as unknown as RawTables)['OS/2'];
  }

  /** Whether the font maps the code point to a glyph. */
  hasGlyphForCodePoint(codePoint: number): boolean {
    return this.font.hasGlyphForCodePoint(codePoint);
  }
}

function freeze(run: ShapedRun): ShapedRun {
  for (const g of run.glyphs) Object.freeze(Object.freeze(g).codePoints);
  for (const p of run.positions) Object.freeze(p);
  Object.freeze(run.glyphs);
  Object.freeze(run.positions);
  return Object.freeze(run);
}
