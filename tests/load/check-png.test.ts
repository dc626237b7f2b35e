import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkPng } from '../../src/load/check-png.js';
import { MAX_DECODED_PIXELS, MAX_PIXELS } from '../../src/load/picture-limits.js';
import { chunk, header, png, SIGNATURE } from './picture-builder.js';

async function problem(bytes: Uint8Array): Promise<string> {
  const result = await checkPng(bytes, 'partners.png');
  if (result.ok) throw new Error('expected the PNG to be refused');
  return result.message;
}

describe('checkPng accepts whole PNGs of every kind the writers draw right', () => {
  it.each([
    ['8-bit RGBA', { colour: 6 }],
    ['16-bit RGBA', { colour: 6, depth: 16 }],
    ['8-bit RGB', { colour: 2 }],
    ['16-bit grey', { colour: 0, depth: 16 }],
    ['1-bit grey', { colour: 0, depth: 1 }],
    ['grey with alpha', { colour: 4 }],
    ['4-bit palette', { colour: 3, depth: 4, palette: [255, 0, 0, 0, 0, 255], byte: (): number => 0x01 }],
    ['8-bit palette with transparency', { colour: 3, palette: [255, 0, 0, 0, 0, 255], transparency: [0, 255], byte: (): number => 1 }],
    ['interlaced RGBA', { colour: 6, interlace: 1 }],
    ['data in several IDAT chunks', { colour: 2, parts: 5 }],
    ['every filter type', { colour: 2, filter: (row: number) => row % 5 }],
  ])('%s', async (_, options) => {
    expect(await checkPng(png(37, 23, options), 'p.png')).toEqual({ ok: true, width: 37, height: 23 });
  });

  it('ignores what follows the end chunk', async () => {
    expect((await checkPng(Buffer.concat([png(4, 4), Buffer.from('trailing bytes')]))).ok).toBe(true);
  });
});

describe('checkPng refuses a damaged PNG with a message, before any writer sees it', () => {
  it('the signature followed by random bytes', async () => {
    const bytes = Buffer.concat([SIGNATURE, Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 131 + 17) % 251))]);
    expect(await problem(bytes)).toMatch(/^is damaged: byte 8 should begin a PNG chunk but does not/);
  });

  it('a chunk length with the top bit set, which sends pdfkit round in a loop', async () => {
    const bytes = Buffer.concat([SIGNATURE, Buffer.from([0xff, 0xff, 0xff, 0xf4]), Buffer.from('abcd'), header(256, 256), Buffer.alloc(30, 7)]);
    expect(await problem(bytes)).toMatch(/^is damaged: byte 8 should begin a PNG chunk/);
  });

  it('flipped bytes inside a chunk', async () => {
    const bytes = png(20, 20);
    for (let i = 60; i < 70; i++) bytes[i] = (bytes[i] as number) ^ 0xff;
    expect(await problem(bytes)).toMatch(/^is damaged: its IDAT chunk at byte 33 does not match its checksum/);
  });

  it('flipped bytes in the compressed data, behind a checksum that matches', async () => {
    const spoil = (d: Buffer) => Buffer.from(d.map((b, i) => (i > 4 && i < 14 ? b ^ 0x5a : b)));
    expect(await problem(png(64, 48, { compressed: spoil }))).toMatch(/^is damaged: its compressed picture data cannot be read \(.+\); open it in an image editor/);
  });

  it('a file cut short inside a chunk, and one cut before its end chunk', async () => {
    const whole = png(30, 30);
    expect(await problem(whole.subarray(0, whole.length - 30))).toMatch(/^is cut short: its IDAT chunk needs \d+ bytes more than the file has/);
    expect(await problem(whole.subarray(0, whole.length - 12))).toMatch(/^is cut short: the file ends after \d+ bytes, before the PNG's end/);
  });

  it('compressed data that stops early', async () => {
    const cut = (d: Buffer) => d.subarray(0, Math.floor(d.length / 2));
    const noisy = { byte: (r: number, i: number) => (r * 7919 + i * 104729) % 251 };
    expect(await problem(png(64, 64, { ...noisy, compressed: cut }))).toMatch(/^is cut short: its picture data stops after \d+ of 16448 bytes/);
  });

  it('rows fewer or more than the header promises', async () => {
    const short = (rows: Buffer) => rows.subarray(0, rows.length - 10);
    expect(await problem(png(10, 10, { colour: 2, raw: short }))).toBe('is cut short: its picture data stops after 300 of 310 bytes; download or export it again');
    const long = (rows: Buffer) => Buffer.concat([rows, Buffer.alloc(2 << 20)]);
    expect(await problem(png(10, 10, { colour: 2, raw: long }))).toMatch(/^is damaged: its picture data holds more than a 10×10 picture needs/);
  });

  it('a row with an unknown filter', async () => {
    expect(await problem(png(8, 8, { filter: (row) => (row === 3 ? 9 : 0) }))).toMatch(/^is damaged: row 4 of its picture data has an unknown filter \(9\)/);
  });

  it('a header that is not first, not sane, or of a kind PNG does not have', async () => {
    const noHeader = Buffer.concat([SIGNATURE, chunk('IDAT', deflateSync(Buffer.alloc(5))), chunk('IEND')]);
    expect(await problem(noHeader)).toMatch(/must start with its header \(IHDR\) chunk/);
    const zero = Buffer.concat([SIGNATURE, chunk('IHDR', header(0, 10)), chunk('IEND')]);
    expect(await problem(zero)).toMatch(/its header gives a size of 0×10 pixels/);
    const rgb4 = Buffer.concat([SIGNATURE, chunk('IHDR', header(10, 10, 4, 2)), chunk('IEND')]);
    expect(await problem(rgb4)).toMatch(/colour type 2 with 4 bits, which PNG does not allow/);
  });

  it('a palette PNG without a palette, and an unknown critical chunk', async () => {
    expect(await problem(png(4, 4, { colour: 3 }))).toMatch(/palette PNG without a palette/);
    expect(await problem(png(4, 4, { extra: [chunk('CgBI', Buffer.alloc(4))] }))).toMatch(
      /\("CgBI" chunk\) \(an iPhone-optimised PNG taken from an app\) that standard readers cannot show/,
    );
  });
});

describe('checkPng refuses the kinds of PNG the PDF writer would draw wrong', () => {
  it('a palette of 1, 2 or 4 bits with transparency, or interlaced', async () => {
    const palette = [255, 0, 0, 0, 0, 255];
    expect(await problem(png(16, 16, { colour: 3, depth: 4, palette, transparency: [0] }))).toBe(
      'is a 4-bit palette PNG with transparency, which the PDF would show garbled; save it again as an 8-bit PNG (RGB or RGBA)',
    );
    expect(await problem(png(16, 16, { colour: 0, depth: 1, interlace: 1 }))).toBe(
      'is a 1-bit grey PNG interlaced, which the PDF would show garbled; save it again as an 8-bit PNG (RGB or RGBA, not interlaced)',
    );
  });

  it('one transparent colour on a grey or RGB picture', async () => {
    expect(await problem(png(16, 16, { colour: 2, transparency: [0, 255, 0, 255, 0, 255] }))).toMatch(/^has one transparent colour \(a tRNS chunk on a grey or RGB picture\)/);
  });
});

describe('checkPng limits decoded pixels and says how to scale down', () => {
  it('a header that claims 100000×100000 pixels over a tiny data chunk', async () => {
    const bomb = Buffer.concat([SIGNATURE, chunk('IHDR', header(100000, 100000)), chunk('IDAT', deflateSync(Buffer.alloc(10))), chunk('IEND')]);
    expect(await problem(bomb)).toBe(
      'is 100000×100000 pixels (10000 megapixels); a PNG with transparency or interlacing may have at most 16 megapixels. ' +
        'Scale it down, e.g. to 3000×3000 pixels, in an image editor (Image → Resize) or with `magick partners.png -resize 3000x3000 partners-smaller.png`',
    );
  });

  it('allows half the pixels for a 16-bit PNG with transparency, which takes twice the memory to decode', async () => {
    const deep = Buffer.concat([SIGNATURE, chunk('IHDR', header(3000, 3000, 16, 6)), chunk('IDAT', deflateSync(Buffer.alloc(10))), chunk('IEND')]);
    expect(await problem(deep)).toMatch(/^is 3000×3000 pixels \(9 megapixels\); a 16-bit PNG with transparency or interlacing may have at most 8 megapixels/);
  });

  it('allows more pixels when the PNG is embedded as it is (opaque, not interlaced)', async () => {
    const side = Math.ceil(Math.sqrt(MAX_DECODED_PIXELS)) + 1;
    const opaque = Buffer.concat([SIGNATURE, chunk('IHDR', header(side, side, 8, 2)), chunk('IDAT', deflateSync(Buffer.alloc(1))), chunk('IEND')]);
    // Past the decoded limit, so the refusal comes from the data, not from the size.
    expect(await problem(opaque)).toMatch(/^is cut short: its picture data stops after 1 of/);
    const wide = (MAX_PIXELS / 1000) * 1.2;
    const huge = Buffer.concat([SIGNATURE, chunk('IHDR', header(wide, 1000, 8, 2)), chunk('IDAT', deflateSync(Buffer.alloc(1))), chunk('IEND')]);
    expect(await problem(huge)).toMatch(/^is 60000×1000 pixels \(60 megapixels\); a picture may have at most 50 megapixels. Scale it down, e.g. to 3000×50 pixels/);
  });
});
