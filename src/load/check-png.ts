import { createInflate, crc32 } from 'node:zlib';
import { pixelLimitProblem, type PictureCheck } from './picture-limits.js';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const KNOWN_CRITICAL = new Set(['IHDR', 'PLTE', 'IDAT', 'IEND']);
/** Bit depths each colour type allows (PNG specification, table 11.1). */
const DEPTHS: Record<number, number[]> = { 0: [1, 2, 4, 8, 16], 2: [8, 16], 3: [1, 2, 4, 8], 4: [8, 16], 6: [8, 16] };
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
/** The seven passes of Adam7 interlacing: first column and row, then steps. */
const ADAM7 = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
] as const;
/** Image data past the last row that is still accepted (some encoders leave a little); more means a damaged file. */
const SLACK_BYTES = 1 << 20;
const EXPORT_AGAIN = 'open it in an image editor and export it again as PNG or JPEG';

interface Chunk {
  type: string;
  /** Offset of the chunk's length field, for messages. */
  at: number;
  data: Uint8Array;
}

interface Header {
  width: number;
  height: number;
  depth: number;
  colour: number;
  interlaced: boolean;
}

/**
 * Checks a PNG fully, as a decoder would: every chunk present, named and
 * matching its checksum, a sane header, the palette and transparency chunks a
 * PDF writer relies on, and the compressed picture data inflating to exactly
 * its rows (under a cap, never held in memory whole).
 */
export async function checkPng(bytes: Uint8Array, file = 'picture.png'): Promise<PictureCheck> {
  if (!SIGNATURE.every((b, i) => bytes[i] === b)) return { ok: false, message: `is not a PNG file; ${EXPORT_AGAIN}` };
  const chunks = readChunks(bytes);
  if (typeof chunks === 'string') return { ok: false, message: chunks };
  const header = readHeader(chunks);
  if (typeof header === 'string') return { ok: false, message: header };
  const layout = checkLayout(chunks, header);
  if (layout) return { ok: false, message: layout };
  const decoded = header.colour === 4 || header.colour === 6 || header.interlaced || chunks.some((c) => c.type === 'tRNS');
  const bytesPerPixel = Math.ceil(((CHANNELS[header.colour] as number) * header.depth) / 8);
  const limit = pixelLimitProblem(header.width, header.height, decoded ? 'decoded' : 'embedded', file, bytesPerPixel);
  if (limit) return { ok: false, message: limit };
  const data = await checkImageData(
    chunks.filter((c) => c.type === 'IDAT').map((c) => c.data),
    header,
  );
  if (data) return { ok: false, message: data };
  return { ok: true, width: header.width, height: header.height };
}

/** The chunks up to IEND, or why the file cannot be a whole PNG. */
function readChunks(bytes: Uint8Array): Chunk[] | string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunks: Chunk[] = [];
  let at = 8;
  for (;;) {
    if (at + 8 > bytes.length) return `is cut short: the file ends after ${bytes.length} bytes, before the PNG's end; download or export it again`;
    const length = view.getUint32(at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    if (!/^[A-Za-z]{4}$/.test(type) || length > 0x7fffffff) {
      return `is damaged: byte ${at} should begin a PNG chunk but does not (the file is corrupt or not really a PNG); ${EXPORT_AGAIN}`;
    }
    if (at + 12 + length > bytes.length)
      return `is cut short: its ${type} chunk needs ${at + 12 + length - bytes.length} bytes more than the file has; download or export it again`;
    const stored = view.getUint32(at + 8 + length);
    if (crc32(bytes.subarray(at + 4, at + 8 + length)) !== stored) {
      return `is damaged: its ${type} chunk at byte ${at} does not match its checksum; ${EXPORT_AGAIN}`;
    }
    chunks.push({ type, at, data: bytes.subarray(at + 8, at + 8 + length) });
    // What follows the end chunk is ignored, as every PNG reader does.
    if (type === 'IEND') return chunks;
    at += 12 + length;
  }
}

function readHeader(chunks: Chunk[]): Header | string {
  const first = chunks[0];
  if (first?.type !== 'IHDR' || first.data.length !== 13) return `is damaged: a PNG must start with its header (IHDR) chunk of 13 bytes; ${EXPORT_AGAIN}`;
  const view = new DataView(first.data.buffer, first.data.byteOffset, 13);
  const [width, height] = [view.getUint32(0), view.getUint32(4)];
  const [depth, colour, compression, filter, interlace] = [8, 9, 10, 11, 12].map((i) => first.data[i] as number) as [number, number, number, number, number];
  if (width === 0 || height === 0 || width > 0x7fffffff || height > 0x7fffffff) return `is damaged: its header gives a size of ${width}×${height} pixels; ${EXPORT_AGAIN}`;
  if (!DEPTHS[colour]?.includes(depth)) return `is damaged: its header gives colour type ${colour} with ${depth} bits, which PNG does not allow; ${EXPORT_AGAIN}`;
  if (compression !== 0 || filter !== 0 || interlace > 1) return `is damaged: its header names a compression, filter or interlace method PNG does not have; ${EXPORT_AGAIN}`;
  return { width, height, depth, colour, interlaced: interlace === 1 };
}

/** Chunk order and the palette and transparency chunks; also the PNG kinds the PDF writer would draw wrong. */
function checkLayout(chunks: Chunk[], h: Header): string | undefined {
  const types = chunks.map((c) => c.type);
  const firstData = types.indexOf('IDAT');
  if (firstData < 0) return `is damaged: it holds no picture data (IDAT chunk); ${EXPORT_AGAIN}`;
  const lastData = types.lastIndexOf('IDAT');
  if (types.slice(firstData, lastData + 1).some((t) => t !== 'IDAT')) return `is damaged: its picture data (IDAT) is split by other chunks; ${EXPORT_AGAIN}`;
  const unknown = types.find((t) => /^[A-Z]/.test(t) && !KNOWN_CRITICAL.has(t));
  if (unknown) {
    const apple = unknown === 'CgBI' ? ' (an iPhone-optimised PNG taken from an app)' : '';
    return `uses a PNG extension ("${unknown}" chunk)${apple} that standard readers cannot show; ${EXPORT_AGAIN}`;
  }
  if (types.filter((t) => t === 'IHDR').length > 1) return `is damaged: it has two headers (IHDR); ${EXPORT_AGAIN}`;
  const palette = chunks.find((c) => c.type === 'PLTE');
  const paletteAt = types.indexOf('PLTE');
  if (h.colour === 3 && !palette) return `is damaged: it is a palette PNG without a palette (PLTE chunk); ${EXPORT_AGAIN}`;
  if (palette && (h.colour === 0 || h.colour === 4)) return `is damaged: a grey PNG must not have a palette (PLTE chunk); ${EXPORT_AGAIN}`;
  if (palette && (palette.data.length === 0 || palette.data.length % 3 !== 0 || palette.data.length / 3 > 256 || paletteAt > firstData)) {
    return `is damaged: its palette (PLTE chunk) is malformed or comes after the picture data; ${EXPORT_AGAIN}`;
  }
  const alpha = chunks.find((c) => c.type === 'tRNS');
  if (!alpha) return subByteProblem(h, false);
  if (types.indexOf('tRNS') > firstData || h.colour === 4 || h.colour === 6) return `is damaged: its transparency (tRNS chunk) is misplaced; ${EXPORT_AGAIN}`;
  if (h.colour === 3) {
    if (alpha.data.length > (palette?.data.length ?? 0) / 3) return `is damaged: its transparency (tRNS chunk) has more entries than the palette; ${EXPORT_AGAIN}`;
    return subByteProblem(h, true);
  }
  // pdfkit reads the transparent colour of a grey or RGB PNG from the wrong bytes and masks the wrong pixels.
  return 'has one transparent colour (a tRNS chunk on a grey or RGB picture), which the PDF would show wrongly; save it again as a PNG with an alpha channel (RGBA), or without transparency';
}

/** pdfkit draws palette or grey PNGs of 1, 2 or 4 bits wrong when it has to decode them: with transparency or interlacing. */
function subByteProblem(h: Header, transparent: boolean): string | undefined {
  if (h.depth >= 8 || !(transparent || h.interlaced)) return undefined;
  const what = transparent ? 'with transparency' : 'interlaced';
  return `is a ${h.depth}-bit ${h.colour === 3 ? 'palette' : 'grey'} PNG ${what}, which the PDF would show garbled; save it again as an 8-bit PNG (RGB or RGBA${h.interlaced ? ', not interlaced' : ''})`;
}

/** Inflates the picture data as a stream and checks every row's filter byte; undefined when it is whole. */
async function checkImageData(parts: Uint8Array[], h: Header): Promise<string | undefined> {
  const rows = rowPlan(h);
  const expected = rows.reduce((sum, r) => sum + r.bytes * r.count, 0);
  const inflate = createInflate({ chunkSize: 1 << 16 });
  for (const part of parts) inflate.write(part);
  inflate.end();
  let total = 0;
  let pass = 0;
  let row = 0;
  let inRow = 0;
  try {
    for await (const chunk of inflate as AsyncIterable<Buffer>) {
      let i = 0;
      while (i < chunk.length && pass < rows.length) {
        const plan = rows[pass] as { bytes: number; count: number };
        if (inRow === 0 && (chunk[i] as number) > 4) {
          inflate.destroy();
          return `is damaged: row ${row + 1} of its picture data has an unknown filter (${chunk[i]}); ${EXPORT_AGAIN}`;
        }
        const take = Math.min(plan.bytes - inRow, chunk.length - i);
        i += take;
        inRow += take;
        if (inRow === plan.bytes) {
          inRow = 0;
          if (++row === plan.count) [pass, row] = [pass + 1, 0];
        }
      }
      total += chunk.length;
      if (total > expected + SLACK_BYTES) {
        inflate.destroy();
        return `is damaged: its picture data holds more than a ${h.width}×${h.height} picture needs; ${EXPORT_AGAIN}`;
      }
    }
  } catch (err) {
    const reason = (err as Error).message;
    const cut = /unexpected end/i.test(reason);
    return cut
      ? `is cut short: its picture data stops after ${total} of ${expected} bytes; download or export it again`
      : `is damaged: its compressed picture data cannot be read (${reason}); ${EXPORT_AGAIN}`;
  }
  if (total < expected) return `is cut short: its picture data stops after ${total} of ${expected} bytes; download or export it again`;
  return undefined;
}

/** Bytes per row (with its filter byte) and rows, for each pass: one pass, or Adam7's seven. */
function rowPlan(h: Header): { bytes: number; count: number }[] {
  const bitsPerPixel = (CHANNELS[h.colour] as number) * h.depth;
  const passes = h.interlaced ? ADAM7 : ([[0, 0, 1, 1]] as const);
  return passes
    .map(([x0, y0, dx, dy]) => {
      const columns = h.width > x0 ? Math.ceil((h.width - x0) / dx) : 0;
      const count = h.height > y0 ? Math.ceil((h.height - y0) / dy) : 0;
      return { bytes: 1 + Math.ceil((columns * bitsPerPixel) / 8), count: columns ? count : 0 };
    })
    .filter((p) => p.count > 0);
}
