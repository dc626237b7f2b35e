import fc from 'fast-check';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { checkPng } from '../../src/load/check-png.js';
import { png, type PngOptions } from './picture-builder.js';

/** Colour types with the bit depths PNG allows for each. */
const KINDS: [number, number][] = [
  [0, 1],
  [0, 2],
  [0, 4],
  [0, 8],
  [0, 16],
  [2, 8],
  [2, 16],
  [3, 1],
  [3, 2],
  [3, 4],
  [3, 8],
  [4, 8],
  [4, 16],
  [6, 8],
  [6, 16],
];

/** Embeds a picture in a PDF with pdfkit, as the brief's writer does, and returns the PDF's bytes. */
function embed(bytes: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4' });
    const parts: Buffer[] = [];
    doc.on('data', (b: Buffer) => parts.push(b));
    doc.on('end', () => resolve(Buffer.concat(parts)));
    doc.on('error', reject);
    doc.image(bytes, 50, 50, { width: 200, height: 150 });
    doc.end();
  });
}

const picture = fc.record({
  width: fc.integer({ min: 1, max: 40 }),
  height: fc.integer({ min: 1, max: 40 }),
  kind: fc.constantFrom(...KINDS),
  interlace: fc.constantFrom(0, 1),
  seed: fc.integer({ min: 0, max: 1 << 20 }),
  paletteSize: fc.integer({ min: 1, max: 16 }),
  transparent: fc.boolean(),
  /** Bytes of the file to overwrite after it is built (checksums then fail), as [offset share, value]. */
  spoil: fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 255 })), { maxLength: 3 }),
  /** Raw row bytes to overwrite before compression (checksums then hold), as [offset share, value]. */
  spoilRows: fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 255 })), { maxLength: 3 }),
  cut: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { freq: 4 }),
});

describe('a PNG that passes checkPng is drawn by the PDF writer without a hang or a crash', () => {
  it('holds for random PNGs of every kind, whole or damaged', async () => {
    await fc.assert(
      fc.asyncProperty(picture, async (p) => {
        const [colour, depth] = p.kind;
        const options: PngOptions = {
          colour,
          depth,
          interlace: p.interlace,
          byte: (row, i) => (row * 131 + i * 31 + p.seed) & 0xff,
          filter: (row) => (row + p.seed) % 5,
          raw: (rows) => {
            const out = Buffer.from(rows);
            for (const [at, value] of p.spoilRows) out[Math.floor(at * (out.length - 1))] = value;
            return out;
          },
        };
        if (colour === 3) options.palette = Array.from({ length: p.paletteSize * 3 }, (_, i) => (i * 53 + p.seed) & 0xff);
        if (p.transparent && colour === 3) options.transparency = [0, 128];
        let bytes = png(p.width, p.height, options);
        for (const [at, value] of p.spoil) bytes[Math.floor(at * (bytes.length - 1))] = value;
        if (p.cut !== null) bytes = bytes.subarray(0, Math.floor(p.cut * bytes.length));
        const check = await checkPng(bytes);
        if (!check.ok) {
          expect(check.message).toMatch(/^(is |has |uses )/);
          return;
        }
        expect([check.width, check.height]).toEqual([p.width, p.height]);
        const pdf = await embed(bytes);
        expect(pdf.toString('latin1')).toContain('/Subtype /Image');
      }),
      { numRuns: 300, seed: 20240516 },
    );
  }, 60_000);
});
