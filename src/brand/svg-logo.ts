import { DOMParser, type Element } from '@xmldom/xmldom';

/**
 * An SVG logo read into shapes the PDF writer draws as vectors: paths (rect, circle, ellipse,
 * line, polygon and polyline turned into path data) with solid fills and strokes, under the
 * transforms of their groups. What a flat logo is made of; anything else (text, embedded pictures,
 * gradients, clipping, masks, filters, transparency) is refused with what to do instead, never
 * drawn half.
 */

/** One shape: SVG path data, in the logo's user units, drawn under `matrix` ([a, b, c, d, e, f]). */
export interface VectorShape {
  d: string;
  matrix: [number, number, number, number, number, number];
  /** Hex RGB without `#`; absent: not filled. */
  fill?: string;
  fillRule?: 'nonzero' | 'evenodd';
  stroke?: string;
  strokeWidth?: number;
  lineCap?: 'butt' | 'round' | 'square';
  lineJoin?: 'miter' | 'round' | 'bevel';
}

/** A vector logo: its view box (x, y, width, height in user units) and shapes, in drawing order. */
export interface VectorLogo {
  viewBox: [number, number, number, number];
  shapes: VectorShape[];
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const EXPORT = 'export the logo as a PNG at least 600 pixels wide (Inkscape: File › Export) and name that file instead';
const IGNORED = new Set(['title', 'desc', 'metadata', 'defs', 'style']);
const NAMED: Record<string, string> = {
  black: '000000',
  white: 'FFFFFF',
  red: 'FF0000',
  green: '008000',
  blue: '0000FF',
  yellow: 'FFFF00',
  gray: '808080',
  grey: '808080',
  silver: 'C0C0C0',
  maroon: '800000',
  navy: '000080',
  teal: '008080',
  orange: 'FFA500',
  purple: '800080',
  currentcolor: '000000',
};

type Matrix = VectorShape['matrix'];
interface Paint {
  fill: string | undefined;
  fillRule: 'nonzero' | 'evenodd';
  stroke: string | undefined;
  strokeWidth: number;
  lineCap?: VectorShape['lineCap'];
  lineJoin?: VectorShape['lineJoin'];
}

/** An SVG that cannot be drawn as a logo, with why (words that follow the file's name). */
export class SvgLogoError extends Error {}

/** Reads an SVG logo; throws `SvgLogoError` saying what it holds that casebrief does not draw. */
export function readSvgLogo(bytes: Uint8Array): VectorLogo {
  const text = new TextDecoder().decode(bytes);
  let root: Element | null;
  try {
    const doc = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') throw new SvgLogoError(`is not well-formed SVG (${String(message).split('\n')[0]}); ${EXPORT}`);
      },
    }).parseFromString(text, 'image/svg+xml');
    root = doc.documentElement;
  } catch (err) {
    if (err instanceof SvgLogoError) throw err;
    throw new SvgLogoError(`is not well-formed SVG; ${EXPORT}`);
  }
  if (root?.localName !== 'svg' || root.namespaceURI !== SVG_NS) throw new SvgLogoError(`is not an SVG drawing (its root is not <svg>); ${EXPORT}`);
  const viewBox = viewBoxOf(root);
  const shapes: VectorShape[] = [];
  const paint: Paint = { fill: '000000', fillRule: 'nonzero', stroke: undefined, strokeWidth: 1 };
  walk(root, [1, 0, 0, 1, 0, 0], paint, shapes);
  if (!shapes.length) throw new SvgLogoError(`draws nothing casebrief can show; ${EXPORT}`);
  return { viewBox, shapes };
}

function viewBoxOf(svg: Element): VectorLogo['viewBox'] {
  const box = svg.getAttribute('viewBox');
  if (box) {
    const n = box
      .trim()
      .split(/[\s,]+/)
      .map(Number);
    if (n.length === 4 && n.every(Number.isFinite) && n[2]! > 0 && n[3]! > 0) return n as VectorLogo['viewBox'];
    throw new SvgLogoError(`has a viewBox that is not four numbers with a positive width and height ("${box}"); ${EXPORT}`);
  }
  const w = length(svg.getAttribute('width'));
  const h = length(svg.getAttribute('height'));
  if (w && h) return [0, 0, w, h];
  throw new SvgLogoError(`has no viewBox and no width and height in pixels, so its size is unknown; add viewBox="0 0 W H" or ${EXPORT}`);
}

function length(value: string | null): number | undefined {
  const m = value ? /^\s*([\d.]+)\s*(px)?\s*$/.exec(value) : null;
  const n = m ? Number(m[1]) : Number.NaN;
  return n > 0 ? n : undefined;
}

function walk(el: Element, matrix: Matrix, inherited: Paint, out: VectorShape[]): void {
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node.nodeType !== 1) continue;
    const child = node as Element;
    if (child.namespaceURI !== SVG_NS) continue; // editors' own elements (sodipodi:namedview …)
    const name = child.localName ?? child.nodeName;
    if (IGNORED.has(name)) continue;
    const style = styleOf(child);
    if (style.display === 'none' || style.visibility === 'hidden') continue;
    for (const refused of ['clip-path', 'mask', 'filter'])
      if (style[refused] && style[refused] !== 'none') throw new SvgLogoError(`uses ${refused} (on a <${name}>), which casebrief does not draw; ${EXPORT}`);
    for (const key of ['opacity', 'fill-opacity', 'stroke-opacity'])
      if (style[key] !== undefined && Number(style[key]) < 1)
        throw new SvgLogoError(`has see-through parts (${key}="${style[key]}" on a <${name}>), which casebrief does not draw; ${EXPORT}`);
    const m = style.transform ? multiply(matrix, transformOf(style.transform)) : matrix;
    const paint = paintOf(style, inherited, name);
    if (name === 'g' || name === 'svg' || name === 'a') {
      walk(child, m, paint, out);
      continue;
    }
    const d = pathOf(child, name);
    if (d === undefined) throw new SvgLogoError(`holds a <${name}>, which casebrief does not draw (it draws paths and simple shapes in flat colours); ${EXPORT}`);
    if (!d || (!paint.fill && !paint.stroke)) continue;
    out.push({
      d,
      matrix: m,
      ...(paint.fill ? { fill: paint.fill, fillRule: paint.fillRule } : {}),
      ...(paint.stroke ? { stroke: paint.stroke, strokeWidth: paint.strokeWidth } : {}),
      ...(paint.lineCap ? { lineCap: paint.lineCap } : {}),
      ...(paint.lineJoin ? { lineJoin: paint.lineJoin } : {}),
    });
  }
}

/** Presentation attributes and the `style` attribute's declarations (which win), by name. */
function styleOf(el: Element): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < el.attributes.length; i++) {
    const a = el.attributes.item(i)!;
    if (!a.prefix) out[a.localName ?? a.name] = a.value.trim();
  }
  for (const decl of (out.style ?? '').split(';')) {
    const at = decl.indexOf(':');
    if (at > 0) out[decl.slice(0, at).trim()] = decl.slice(at + 1).trim();
  }
  return out;
}

function paintOf(style: Record<string, string>, inherited: Paint, name: string): Paint {
  const paint = { ...inherited };
  if (style.fill !== undefined) paint.fill = colourOf(style.fill, name);
  if (style.stroke !== undefined) paint.stroke = colourOf(style.stroke, name);
  if (style['fill-rule'] === 'evenodd' || style['fill-rule'] === 'nonzero') paint.fillRule = style['fill-rule'];
  if (style['stroke-width'] !== undefined) paint.strokeWidth = Number.parseFloat(style['stroke-width']) || 0;
  const cap = style['stroke-linecap'];
  if (cap === 'butt' || cap === 'round' || cap === 'square') paint.lineCap = cap;
  const join = style['stroke-linejoin'];
  if (join === 'miter' || join === 'round' || join === 'bevel') paint.lineJoin = join;
  return paint;
}

function colourOf(value: string, name: string): string | undefined {
  const v = value.trim().toLowerCase();
  if (v === 'none' || v === 'transparent') return undefined;
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(v)?.[1];
  if (hex) return (hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex).toUpperCase();
  const rgb = /^rgb\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*\)$/.exec(v);
  if (rgb)
    return rgb
      .slice(1)
      .map((c) => Math.min(255, Number(c)).toString(16).padStart(2, '0'))
      .join('')
      .toUpperCase();
  if (NAMED[v]) return NAMED[v];
  if (v.startsWith('url(')) throw new SvgLogoError(`fills a <${name}> with a gradient or pattern, which casebrief does not draw; ${EXPORT}`);
  throw new SvgLogoError(`has a colour casebrief does not read ("${value}" on a <${name}>); write it as #RRGGBB, or ${EXPORT}`);
}

function num(el: Element, attr: string): number {
  const n = Number.parseFloat(el.getAttribute(attr) ?? '0');
  return Number.isFinite(n) ? n : 0;
}

/** A shape as path data; undefined for an element that is not a shape casebrief draws. */
function pathOf(el: Element, name: string): string | undefined {
  switch (name) {
    case 'path':
      return el.getAttribute('d') ?? '';
    case 'rect': {
      const [x, y, w, h] = [num(el, 'x'), num(el, 'y'), num(el, 'width'), num(el, 'height')];
      if (w <= 0 || h <= 0) return '';
      let rx = el.hasAttribute('rx') ? num(el, 'rx') : num(el, 'ry');
      let ry = el.hasAttribute('ry') ? num(el, 'ry') : rx;
      rx = Math.min(rx, w / 2);
      ry = Math.min(ry, h / 2);
      if (rx <= 0 || ry <= 0) return `M${x} ${y}H${x + w}V${y + h}H${x}Z`;
      const arc = (dx: number, dy: number) => `A${rx} ${ry} 0 0 1 ${dx} ${dy}`;
      return `M${x + rx} ${y}H${x + w - rx}${arc(x + w, y + ry)}V${y + h - ry}${arc(x + w - rx, y + h)}H${x + rx}${arc(x, y + h - ry)}V${y + ry}${arc(x + rx, y)}Z`;
    }
    case 'circle':
    case 'ellipse': {
      const [cx, cy] = [num(el, 'cx'), num(el, 'cy')];
      const rx = name === 'circle' ? num(el, 'r') : num(el, 'rx');
      const ry = name === 'circle' ? rx : num(el, 'ry');
      if (rx <= 0 || ry <= 0) return '';
      return `M${cx - rx} ${cy}A${rx} ${ry} 0 1 0 ${cx + rx} ${cy}A${rx} ${ry} 0 1 0 ${cx - rx} ${cy}Z`;
    }
    case 'line':
      return `M${num(el, 'x1')} ${num(el, 'y1')}L${num(el, 'x2')} ${num(el, 'y2')}`;
    case 'polygon':
    case 'polyline': {
      const n = (el.getAttribute('points') ?? '')
        .trim()
        .split(/[\s,]+/)
        .filter(Boolean)
        .map(Number);
      if (n.length < 4 || n.some((v) => !Number.isFinite(v))) return '';
      const pts = [];
      for (let i = 0; i + 1 < n.length; i += 2) pts.push(`${n[i]} ${n[i + 1]}`);
      return `M${pts.join('L')}${name === 'polygon' ? 'Z' : ''}`;
    }
    default:
      return undefined;
  }
}

function multiply(a: Matrix, b: Matrix): Matrix {
  return [
    a[0] * b[0] + a[2] * b[1],
    a[1] * b[0] + a[3] * b[1],
    a[0] * b[2] + a[2] * b[3],
    a[1] * b[2] + a[3] * b[3],
    a[0] * b[4] + a[2] * b[5] + a[4],
    a[1] * b[4] + a[3] * b[5] + a[5],
  ];
}

/** An SVG transform list as one matrix. */
function transformOf(list: string): Matrix {
  let m: Matrix = [1, 0, 0, 1, 0, 0];
  for (const [, fn, args] of list.matchAll(/(\w+)\s*\(([^)]*)\)/g)) {
    const a = args!
      .trim()
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    const rad = ((a[0] ?? 0) * Math.PI) / 180;
    let t: Matrix;
    switch (fn) {
      case 'matrix':
        t = [a[0] ?? 1, a[1] ?? 0, a[2] ?? 0, a[3] ?? 1, a[4] ?? 0, a[5] ?? 0];
        break;
      case 'translate':
        t = [1, 0, 0, 1, a[0] ?? 0, a[1] ?? 0];
        break;
      case 'scale':
        t = [a[0] ?? 1, 0, 0, a[1] ?? a[0] ?? 1, 0, 0];
        break;
      case 'rotate': {
        const [cx, cy] = [a[1] ?? 0, a[2] ?? 0];
        t = multiply(multiply([1, 0, 0, 1, cx, cy], [Math.cos(rad), Math.sin(rad), -Math.sin(rad), Math.cos(rad), 0, 0]), [1, 0, 0, 1, -cx, -cy]);
        break;
      }
      case 'skewX':
        t = [1, 0, Math.tan(rad), 1, 0, 0];
        break;
      case 'skewY':
        t = [1, Math.tan(rad), 0, 1, 0, 0];
        break;
      default:
        throw new SvgLogoError(`has a transform casebrief does not read ("${fn}"); ${EXPORT}`);
    }
    m = multiply(m, t);
  }
  return m;
}
