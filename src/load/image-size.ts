/** Pixel size of a PNG or JPEG, read from its header; undefined when the header is not where it should be. */
export function imageSize(bytes: Uint8Array, format: 'png' | 'jpeg'): { width: number; height: number } | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (format === 'png') {
    // The IHDR chunk always comes first: width and height at bytes 16 and 20.
    if (bytes.length < 24) return undefined;
    return positive(view.getUint32(16), view.getUint32(20));
  }
  // JPEG: walk the segments to the first start-of-frame marker (SOF0–SOF15 but DHT, JPG, DAC).
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return undefined;
    const marker = bytes[at + 1] as number;
    const length = view.getUint16(at + 2);
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return positive(view.getUint16(at + 7), view.getUint16(at + 5));
    }
    at += 2 + length;
  }
  return undefined;
}

function positive(width: number, height: number) {
  return width > 0 && height > 0 ? { width, height } : undefined;
}
