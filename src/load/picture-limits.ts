import path from 'node:path';

/** What a picture check found: its size in pixels, or why it cannot be used (words that follow its name). */
export type PictureCheck = { ok: true; width: number; height: number } | { ok: false; message: string };

/**
 * The most pixels a picture may have when the writers embed its bytes as they
 * are (a JPEG, an opaque PNG): 50 megapixels takes any phone or camera photo,
 * while a viewer that decodes it needs at most ~200 MB.
 */
export const MAX_PIXELS = 50_000_000;

/**
 * The most pixels of a PNG the PDF writer has to decode (transparency or
 * interlacing): pdfkit does it in JavaScript and holds several copies of the
 * pixels, so this keeps a build within a few hundred MB and a few seconds.
 * A brief prints a picture at most ~2,500 pixels wide at 300 dpi.
 */
export const MAX_DECODED_PIXELS = 16_000_000;

/** The most bytes of decoded pixels: a 16-bit PNG with transparency gets half the pixels of an 8-bit one. */
export const MAX_DECODED_BYTES = 64_000_000;

/** The side that a picture scaled down for the brief and the slides need not exceed. */
const ENOUGH_SIDE = 3000;

/** Why a picture of this size is refused, with the size to scale it down to; undefined when it is within the limit. */
export function pixelLimitProblem(width: number, height: number, kind: 'decoded' | 'embedded', file = 'picture.png', bytesPerPixel = 4): string | undefined {
  const limit = kind === 'decoded' ? Math.min(MAX_DECODED_PIXELS, Math.floor(MAX_DECODED_BYTES / bytesPerPixel)) : MAX_PIXELS;
  const pixels = width * height;
  if (pixels <= limit) return undefined;
  const scale = Math.min(Math.sqrt(limit / pixels), ENOUGH_SIDE / Math.max(width, height));
  const [w, h] = [Math.max(1, Math.floor(width * scale)), Math.max(1, Math.floor(height * scale))];
  const what = kind === 'decoded' ? `a${bytesPerPixel > 4 ? ' 16-bit' : ''} PNG with transparency or interlacing` : 'a picture';
  const ext = path.extname(file);
  const smaller = `${path.basename(file, ext)}-smaller${ext}`;
  return (
    `is ${width}×${height} pixels (${megapixels(pixels)} megapixels); ${what} may have at most ${megapixels(limit)} megapixels. ` +
    `Scale it down, e.g. to ${w}×${h} pixels, in an image editor (Image → Resize) or with \`magick ${path.basename(file)} -resize ${ENOUGH_SIDE}x${ENOUGH_SIDE} ${smaller}\``
  );
}

function megapixels(pixels: number): string {
  const mp = pixels / 1e6;
  return mp >= 100 ? mp.toFixed(0) : mp.toFixed(1).replace(/\.0$/, '');
}
