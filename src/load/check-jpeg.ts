import path from 'node:path';
import { pixelLimitProblem, type PictureCheck } from './picture-limits.js';

const EXPORT_AGAIN = 'open it in an image editor and export it again as JPEG or PNG';
/** Start-of-frame markers: baseline, extended and progressive coding, which PDF readers and PowerPoint show. */
const SHOWN_FRAMES = new Set([0xc0, 0xc1, 0xc2]);
/** The other frame markers (lossless, hierarchical, arithmetic coding), with 0xc8 and 0xcc, which the PDF writer takes for frames too. */
const OTHER_FRAMES = new Set([0xc3, 0xc5, 0xc6, 0xc7, 0xc8, 0xc9, 0xca, 0xcb, 0xcc, 0xcd, 0xce, 0xcf]);

/**
 * Checks a JPEG by walking its markers from the start to the end-of-image
 * marker: every segment inside the file, one frame header of a kind PDF
 * readers show (8-bit baseline or progressive, 1, 3 or 4 components), sane
 * dimensions within the pixel limit, and the coded data ending in a marker.
 */
export function checkJpeg(bytes: Uint8Array, file = 'picture.jpg'): PictureCheck {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return { ok: false, message: `is not a JPEG file; ${EXPORT_AGAIN}` };
  const fail = (message: string): PictureCheck => ({ ok: false, message });
  const cut = fail('is cut short: the file ends before the JPEG’s end marker; download or export it again');
  let size: { width: number; height: number } | undefined;
  let scanned = false;
  let exifSeen = false;
  let at = 2;
  for (;;) {
    if (at + 2 > bytes.length) return cut;
    const marker = bytes[at + 1] as number;
    // The PDF writer finds the frame header by walking segments from the start: nothing but segments may precede it.
    if (bytes[at] !== 0xff || marker === 0xff || marker === 0x00 || marker === 0xd8) {
      return fail(`is damaged: byte ${at} should begin a JPEG marker but does not; ${EXPORT_AGAIN}`);
    }
    if (marker === 0xd9) break;
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      at += 2;
      continue;
    }
    if (at + 4 > bytes.length) return cut;
    const length = ((bytes[at + 2] as number) << 8) | (bytes[at + 3] as number);
    if (length < 2) return fail(`is damaged: the segment at byte ${at} has a length of ${length}; ${EXPORT_AGAIN}`);
    if (at + 2 + length > bytes.length) return cut;
    const segment = bytes.subarray(at + 4, at + 2 + length);
    if (OTHER_FRAMES.has(marker)) {
      return fail('uses a kind of JPEG (lossless, hierarchical or arithmetic coding) that PDF readers and PowerPoint cannot show; save it again as a standard JPEG');
    }
    // The PDF writer reads the orientation of the first Exif segment before the first scan, as here.
    const exif: boolean = marker === 0xe1 && !scanned && !exifSeen && Buffer.from(segment.subarray(0, 6)).toString('latin1') === 'Exif\0\0';
    exifSeen ||= exif;
    const turned = exif ? exifOrientation(segment) : undefined;
    if (turned !== undefined && turned !== 1) {
      const name = path.basename(file);
      const upright = `${path.basename(name, path.extname(name))}-upright${path.extname(name)}`;
      return fail(
        `is stored turned, with an EXIF note (orientation ${turned}) telling viewers to turn it back; the PDF follows the note and the slides do not, so they would differ. ` +
          `Save it upright: rotate and save it in an image editor, or run \`magick ${name} -auto-orient ${upright}\``,
      );
    }
    if (SHOWN_FRAMES.has(marker)) {
      if (size) return fail(`is damaged: it has two frame headers; ${EXPORT_AGAIN}`);
      const frame = readFrame(segment);
      if (typeof frame === 'string') return fail(frame);
      const limit = pixelLimitProblem(frame.width, frame.height, 'embedded', file);
      if (limit) return fail(limit);
      size = frame;
    }
    at += 2 + length;
    if (marker === 0xda) {
      if (!size) return fail(`is damaged: its image data comes before its frame header; ${EXPORT_AGAIN}`);
      scanned = true;
      const next = endOfScan(bytes, at);
      if (next < 0) return cut;
      at = next;
    }
  }
  if (!size) return fail(`is damaged: it has no frame header (SOF), so its size is unknown; ${EXPORT_AGAIN}`);
  return { ok: true, ...size };
}

/** Width and height from a frame header's body, or why it cannot be drawn. */
function readFrame(body: Uint8Array): { width: number; height: number } | string {
  if (body.length < 6) return `is damaged: its frame header is too short; ${EXPORT_AGAIN}`;
  const precision = body[0] as number;
  const height = ((body[1] as number) << 8) | (body[2] as number);
  const width = ((body[3] as number) << 8) | (body[4] as number);
  const components = body[5] as number;
  if (body.length !== 6 + 3 * components) return `is damaged: its frame header does not match its ${components} colour components; ${EXPORT_AGAIN}`;
  if (precision !== 8) return `is a ${precision}-bit JPEG, which PDF readers cannot show; save it again as a standard 8-bit JPEG`;
  if (![1, 3, 4].includes(components)) return `has ${components} colour components; a JPEG for casebrief needs 1 (grey), 3 (colour) or 4 (CMYK); ${EXPORT_AGAIN}`;
  if (width === 0 || height === 0) return `is damaged: its frame header gives a size of ${width}×${height} pixels; ${EXPORT_AGAIN}`;
  return { width, height };
}

/**
 * The orientation an Exif APP1 segment's first directory gives (1 to 8, 1
 * upright), read as the PDF writer reads it; undefined when there is none.
 */
function exifOrientation(segment: Uint8Array): number | undefined {
  if (segment.length < 14) return undefined;
  const tiff = new DataView(segment.buffer, segment.byteOffset + 6, segment.length - 6);
  const order = Buffer.from(segment.subarray(6, 8)).toString('latin1');
  if (order !== 'II' && order !== 'MM') return undefined;
  const little = order === 'II';
  if (tiff.getUint16(2, little) !== 42) return undefined;
  const directory = tiff.getUint32(4, little);
  if (directory + 2 > tiff.byteLength) return undefined;
  const entries = tiff.getUint16(directory, little);
  for (let i = 0; i < entries; i++) {
    const entry = directory + 2 + i * 12;
    if (entry + 12 > tiff.byteLength) return undefined;
    if (tiff.getUint16(entry, little) === 0x0112) {
      const value = tiff.getUint16(entry + 8, little);
      return value >= 1 && value <= 8 ? value : undefined;
    }
  }
  return undefined;
}

/**
 * The offset of the marker that ends the entropy-coded data starting at `from`:
 * the first 0xFF followed by neither a stuffed zero nor a restart marker; -1 when the file ends first.
 */
function endOfScan(bytes: Uint8Array, from: number): number {
  let at = from;
  for (;;) {
    at = bytes.indexOf(0xff, at);
    if (at < 0 || at + 1 >= bytes.length) return -1;
    const next = bytes[at + 1] as number;
    if (next === 0x00 || (next >= 0xd0 && next <= 0xd7) || next === 0xff) at += 1;
    else return at;
  }
}
