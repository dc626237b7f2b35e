import { memoIntl } from '../text/intl-cache.js';

/** A value axis: from `min` to `max` in steps of `step`, with a gridline at each tick. */
export interface ValueScale {
  min: number;
  max: number;
  step: number;
  ticks: number[];
}

/**
 * A value axis that takes in every value and zero, with about `count` round steps (1, 2, 2.5 or 5
 * times a power of ten), as a reader would draw it by hand.
 */
export function niceScale(values: readonly number[], count = 5): ValueScale {
  let lo = Math.min(0, ...values);
  let hi = Math.max(0, ...values);
  if (hi === lo) hi = lo + 1;
  const rough = (hi - lo) / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * power >= rough) ?? 10) * power;
  lo = Math.floor(lo / step + 1e-9) * step;
  hi = Math.ceil(hi / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let v = lo; v <= hi + step / 2; v += step) ticks.push(Number(v.toPrecision(12)));
  return { min: lo, max: hi, step, ticks };
}

/** A tick label written for the language (Intl's grouping and decimal signs): "1,500", "1.500", "1,500". */
export function formatTick(value: number, lang: string): string {
  const locale = lang === 'en' ? 'en-GB' : lang;
  return memoIntl(`chart-number|${locale}`, () => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 })).format(value);
}

/** A share written as a percentage for the language: "42%", "42 %", "42%". */
export function formatShare(share: number, lang: string): string {
  const locale = lang === 'en' ? 'en-GB' : lang;
  return memoIntl(`chart-percent|${locale}`, () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 })).format(share);
}

/** One slice of a pie: the angles it spans, in radians clockwise from twelve o'clock, and its share of the whole. */
export interface PieSlice {
  start: number;
  end: number;
  share: number;
}

/** The slices of a pie of non-negative values, in order, clockwise from twelve o'clock. */
export function pieSlices(values: readonly number[]): PieSlice[] {
  const total = values.reduce((a, b) => a + Math.max(0, b), 0);
  let at = 0;
  return values.map((v) => {
    const share = total > 0 ? Math.max(0, v) / total : 0;
    const slice = { start: at, end: at + share * 2 * Math.PI, share };
    at = slice.end;
    return slice;
  });
}

/** The outline of a slice as points: the centre, then the arc, about every two degrees. */
export function slicePoints(cx: number, cy: number, r: number, slice: PieSlice): [number, number][] {
  const steps = Math.max(2, Math.ceil((slice.end - slice.start) / (Math.PI / 90)));
  const points: [number, number][] = slice.end - slice.start >= 2 * Math.PI - 1e-9 ? [] : [[cx, cy]];
  for (let i = 0; i <= steps; i++) {
    const a = slice.start + ((slice.end - slice.start) * i) / steps;
    points.push([cx + r * Math.sin(a), cy - r * Math.cos(a)]);
  }
  return points;
}
