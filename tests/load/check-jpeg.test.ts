import { describe, expect, it } from 'vitest';
import { checkJpeg } from '../../src/load/check-jpeg.js';
import { jpeg } from './picture-builder.js';

function problem(bytes: Uint8Array): string {
  const result = checkJpeg(bytes, 'photo.jpg');
  if (result.ok) throw new Error('expected the JPEG to be refused');
  return result.message;
}

describe('checkJpeg walks the markers from the start to the end marker', () => {
  it('accepts baseline and progressive JPEGs in grey, colour and CMYK, with their size', () => {
    expect(checkJpeg(jpeg(640, 480))).toEqual({ ok: true, width: 640, height: 480 });
    expect(checkJpeg(jpeg(640, 480, { frame: 0xc2 }))).toEqual({ ok: true, width: 640, height: 480 });
    expect(checkJpeg(jpeg(10, 20, { components: 1 })).ok).toBe(true);
    expect(checkJpeg(jpeg(10, 20, { components: 4 })).ok).toBe(true);
  });

  it('refuses a JPEG cut short: no end marker, or a segment running past the end', () => {
    expect(problem(jpeg(640, 480, { end: false }))).toBe('is cut short: the file ends before the JPEG’s end marker; download or export it again');
    expect(problem(jpeg(640, 480).subarray(0, 30))).toMatch(/^is cut short/);
  });

  it('refuses bytes that are not a marker where one must be', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xd8]), Buffer.from('not a marker at all')]);
    expect(problem(bytes)).toMatch(/^is damaged: byte 2 should begin a JPEG marker but does not/);
  });

  it('refuses a size of zero and a size over the pixel limit, saying how to scale down', () => {
    expect(problem(jpeg(0, 480))).toMatch(/^is damaged: its frame header gives a size of 0×480 pixels/);
    expect(problem(jpeg(65000, 65000))).toMatch(
      /^is 65000×65000 pixels \(4225 megapixels\); a picture may have at most 50 megapixels. Scale it down, e.g. to 3000×3000 pixels.*`magick photo\.jpg -resize 3000x3000 photo-smaller\.jpg`/,
    );
  });

  it('refuses the kinds PDF readers cannot show: 12-bit, lossless or arithmetic coding', () => {
    expect(problem(jpeg(64, 64, { precision: 12 }))).toBe('is a 12-bit JPEG, which PDF readers cannot show; save it again as a standard 8-bit JPEG');
    expect(problem(jpeg(64, 64, { frame: 0xc3 }))).toMatch(/lossless, hierarchical or arithmetic coding/);
    expect(problem(jpeg(64, 64, { frame: 0xc9 }))).toMatch(/lossless, hierarchical or arithmetic coding/);
  });

  it('refuses a frame header whose length does not match its components, and two frame headers', () => {
    expect(problem(jpeg(64, 64, { components: 2 }))).toMatch(/has 2 colour components/);
    const twice = jpeg(64, 64, { before: [Buffer.from([0xff, 0xc0, 0x00, 0x11, 8, 0, 64, 0, 64, 3, 1, 0x11, 0, 2, 0x11, 0, 3, 0x11, 0])] });
    expect(problem(twice)).toMatch(/two frame headers/);
  });

  it('refuses image data before the frame header', () => {
    const scanFirst = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xda, 0x00, 0x02]), jpeg(4, 4).subarray(2)]);
    expect(problem(scanFirst)).toMatch(/its image data comes before its frame header/);
  });

  it('refuses a photo stored turned with an EXIF orientation, which the PDF obeys and the slides ignore', () => {
    const exif = (order: 'II' | 'MM', orientation: number) => {
      const tiff = Buffer.alloc(26);
      const little = order === 'II';
      tiff.write(order, 0, 'latin1');
      little ? tiff.writeUInt16LE(42, 2) : tiff.writeUInt16BE(42, 2);
      little ? tiff.writeUInt32LE(8, 4) : tiff.writeUInt32BE(8, 4);
      little ? tiff.writeUInt16LE(1, 8) : tiff.writeUInt16BE(1, 8);
      little ? tiff.writeUInt16LE(0x0112, 10) : tiff.writeUInt16BE(0x0112, 10);
      little ? tiff.writeUInt16LE(3, 12) : tiff.writeUInt16BE(3, 12);
      little ? tiff.writeUInt32LE(1, 14) : tiff.writeUInt32BE(1, 14);
      little ? tiff.writeUInt16LE(orientation, 18) : tiff.writeUInt16BE(orientation, 18);
      const body = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
      return Buffer.concat([Buffer.from([0xff, 0xe1, 0, body.length + 2]), body]);
    };
    expect(problem(jpeg(400, 300, { before: [exif('MM', 6)] }))).toBe(
      'is stored turned, with an EXIF note (orientation 6) telling viewers to turn it back; the PDF follows the note and the slides do not, so they would differ. ' +
        'Save it upright: rotate and save it in an image editor, or run `magick photo.jpg -auto-orient photo-upright.jpg`',
    );
    expect(problem(jpeg(400, 300, { before: [exif('II', 3)] }))).toMatch(/orientation 3/);
    expect(checkJpeg(jpeg(400, 300, { before: [exif('II', 1)] })).ok).toBe(true);
  });
});
