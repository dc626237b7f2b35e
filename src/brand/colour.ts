/**
 * Colour arithmetic for brands: hex RGB (`1F2933`, no `#`), mixing, and WCAG 2 contrast.
 * Pure functions; used by the theme reader and the PDF writer.
 */

type Rgb = [number, number, number];

function rgb(hex: string): Rgb {
  const n = Number.parseInt(hex, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function hexOf([r, g, b]: Rgb): string {
  return [r, g, b]
    .map((c) =>
      Math.round(Math.min(255, Math.max(0, c)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')
    .toUpperCase();
}

/** `a` mixed with `b`: `share` of `b` (0: a, 1: b). */
export function mix(a: string, b: string, share: number): string {
  const x = rgb(a);
  const y = rgb(b);
  return hexOf([0, 1, 2].map((i) => x[i]! + (y[i]! - x[i]!) * share) as Rgb);
}

/** Relative luminance (WCAG 2.x). */
function luminance(hex: string): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const [r, g, b] = rgb(hex).map(lin) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two colours, from 1 (same) to 21 (black on white). */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * `colour` as text on `ground` with at least `ratio` contrast: itself when it has it, else mixed
 * towards black or white (whichever the ground contrasts with more) just as far as needed.
 */
export function readable(colour: string, ground: string, ratio: number): string {
  if (contrast(colour, ground) >= ratio) return colour;
  const toward = contrast('000000', ground) >= contrast('FFFFFF', ground) ? '000000' : 'FFFFFF';
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 12; i++) {
    const mid = (lo + hi) / 2;
    if (contrast(mix(colour, toward, mid), ground) >= ratio) hi = mid;
    else lo = mid;
  }
  return mix(colour, toward, hi);
}
