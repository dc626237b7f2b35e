import { crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
const ADAM7 = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
];

/** One PNG chunk with its length and checksum. */
export function chunk(type: string, data: Uint8Array = new Uint8Array()): Buffer {
  const head = Buffer.alloc(4);
  head.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([head, body, crc]);
}

/** An IHDR body. */
export function header(width: number, height: number, depth = 8, colour = 6, interlace = 0): Buffer {
  const b = Buffer.alloc(13);
  b.writeUInt32BE(width);
  b.writeUInt32BE(height, 4);
  b[8] = depth;
  b[9] = colour;
  b[12] = interlace;
  return b;
}

export interface PngOptions {
  colour?: number;
  depth?: number;
  interlace?: number;
  palette?: number[];
  transparency?: number[];
  /** A byte of each row's data, from the row's number and the byte's; default a gradient. */
  byte?: (row: number, i: number) => number;
  /** The filter byte of each row; default 0. */
  filter?: (row: number) => number;
  /** Changes the raw rows before they are compressed. */
  raw?: (rows: Buffer) => Buffer;
  /** Changes the compressed data before it is put in IDAT chunks. */
  compressed?: (data: Buffer) => Buffer;
  /** Splits the compressed data into this many IDAT chunks. */
  parts?: number;
  /** Chunks to put before IDAT. */
  extra?: Buffer[];
}

/** The rows a PNG of this size and kind holds, each with its filter byte (Adam7 passes in turn when interlaced). */
export function rawRows(width: number, height: number, o: PngOptions = {}): Buffer {
  const colour = o.colour ?? 6;
  const depth = o.depth ?? 8;
  const passes = o.interlace ? ADAM7 : [[0, 0, 1, 1]];
  const rows: Buffer[] = [];
  let n = 0;
  for (const [x0, y0, dx, dy] of passes as [number, number, number, number][]) {
    const columns = width > x0 ? Math.ceil((width - x0) / dx) : 0;
    const count = height > y0 ? Math.ceil((height - y0) / dy) : 0;
    if (!columns) continue;
    for (let r = 0; r < count; r++, n++) {
      const bytes = Math.ceil((columns * (CHANNELS[colour] as number) * depth) / 8);
      const row = Buffer.alloc(1 + bytes);
      row[0] = o.filter?.(n) ?? 0;
      for (let i = 0; i < bytes; i++) row[1 + i] = o.byte?.(n, i) ?? (i * 7 + n * 3) & 0xff;
      rows.push(row);
    }
  }
  return Buffer.concat(rows);
}

/** A PNG built to order: valid unless an option spoils it. */
export function png(width: number, height: number, o: PngOptions = {}): Buffer {
  const colour = o.colour ?? 6;
  let raw = rawRows(width, height, o);
  if (o.raw) raw = o.raw(raw);
  let data: Buffer = deflateSync(raw);
  if (o.compressed) data = o.compressed(data);
  const parts = o.parts ?? 1;
  const size = Math.ceil(data.length / parts);
  const idat = Array.from({ length: parts }, (_, i) => chunk('IDAT', data.subarray(i * size, (i + 1) * size)));
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header(width, height, o.depth ?? 8, colour, o.interlace ?? 0)),
    ...(o.extra ?? []),
    ...(o.palette ? [chunk('PLTE', Buffer.from(o.palette))] : []),
    ...(o.transparency ? [chunk('tRNS', Buffer.from(o.transparency))] : []),
    ...idat,
    chunk('IEND'),
  ]);
}

export { SIGNATURE };

/** A JPEG's marker segments around made-up scan data: enough for a marker walk, not for a decoder. */
export function jpeg(width: number, height: number, o: { frame?: number; precision?: number; components?: number; end?: boolean; before?: Buffer[]; scan?: Buffer } = {}): Buffer {
  const components = o.components ?? 3;
  const frame = Buffer.alloc(10 + 3 * components);
  frame.writeUInt16BE(0xff00 | (o.frame ?? 0xc0));
  frame.writeUInt16BE(8 + 3 * components, 2);
  frame[4] = o.precision ?? 8;
  frame.writeUInt16BE(height, 5);
  frame.writeUInt16BE(width, 7);
  frame[9] = components;
  for (let c = 0; c < components; c++) frame.set([c + 1, 0x11, 0], 10 + 3 * c);
  const app0 = Buffer.from([0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00]);
  const sos = Buffer.from([0xff, 0xda, 0x00, 0x0c, 0x03, 0x01, 0x00, 0x02, 0x11, 0x03, 0x11, 0x00, 0x3f, 0x00]);
  // Scan data with a stuffed 0xFF 0x00 and a restart marker, as real scans have.
  const scan = o.scan ?? Buffer.from([0x12, 0x34, 0xff, 0x00, 0x56, 0xff, 0xd0, 0x78, 0x9a]);
  return Buffer.concat([Buffer.from([0xff, 0xd8]), app0, ...(o.before ?? []), frame, sos, scan, ...(o.end === false ? [] : [Buffer.from([0xff, 0xd9])])]);
}
