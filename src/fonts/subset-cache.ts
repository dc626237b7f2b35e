import type { Font } from 'fontkit';
import { Lru } from './lru.js';

type Subset = ReturnType<Font['createSubset']>;

/** Subsets a font remembers: the glyph sets of recent documents (an edit rarely changes a brief's). */
const SUBSETS_KEPT = 32;

/**
 * The subset files of one font, by the glyphs they hold, in order: the same glyphs give the same
 * file (fontkit's encoding is a function of the font and that list), so a document whose glyphs
 * a recent one used gets the file made then instead of having its glyphs decoded and encoded again.
 */
export class SubsetFiles {
  private readonly files = new Lru<string, Uint8Array>(SUBSETS_KEPT);

  constructor(private readonly font: Font) {}

  /** Forgets the files made so far. */
  clear(): void {
    this.files.clear();
  }

  /** A subset as pdfkit uses it (`includeGlyph`, `cff`, `encode`), whose `encode` is remembered. */
  create(): Pick<Subset, 'includeGlyph' | 'encode'> & { readonly cff: unknown } {
    const subset = this.font.createSubset();
    const files = this.files;
    return {
      includeGlyph: (glyph) => subset.includeGlyph(glyph),
      get cff() {
        return (subset as unknown as { cff?: unknown }).cff;
      },
      encode() {
        // The glyphs asked for, before encoding adds the parts of composite glyphs.
        const key = (subset as unknown as { glyphs: number[] }).glyphs.join(',');
        let file = files.get(key);
        if (!file) {
          file = subset.encode();
          files.set(key, file);
        }
        return file;
      },
    };
  }
}
