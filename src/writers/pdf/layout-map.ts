import { hash, theme } from '../../theme.js';
import type { MapNode } from '../../model/document.js';
import type { LabelSide, MapDrawing, Point } from '../../map/map-drawing.js';
import { placeLabel, type LabelRoom } from '../../map/place-label.js';
import { preparedMap } from '../../map/prepared-maps.js';
import type { FlowBlock, FlowRow, LayoutContext } from './flow.js';
import type { Mark, PlanItem, TextMark } from './plan.js';
import { plainRuns } from './styled-text.js';
import { textLines, textRows, warnOnce } from './text-rows.js';
import { space, type } from './typography.js';

/** The map's colours: land in a soft tint of the ink on pale water, the route in the accent. */
const COLOUR = { water: 'F4F8FB', land: 'D2DAE1', coast: 'FFFFFF', graticule: 'E3EAF0', frame: theme.colour.rule, halo: 'FFFFFF' };
const LABEL = { size: 9.5, leading: 12 };
const DISTANCE = { size: 9.5, leading: 12 };
/** Gap between a dot and its name, and the white ground behind a name, in points. */
const LABEL_GAP = 6;
const PAD = { x: 3, y: 1.5 };
const DOT = 3.6;
/** The smallest a label is set before it is cut short. */
const LABEL_MIN = 7;
/** Space between the map and its caption. */
const CAPTION_GAP = 5;

/**
 * A map of the two places across the text column: land, the great-circle route in the accent
 * colour, a dot and the name of each place and the distance on the route, all vector graphics and
 * real text, tagged as one Figure with the map's alt text; the caption (the distance, labelled as
 * computed) follows as a paragraph. The figure is never split over two pages.
 */
export function layoutMap(node: MapNode, ctx: LayoutContext): FlowBlock[] {
  const drawing = preparedMap(node);
  const figure = ctx.structure.add('Figure', 0, { alt: node.alt });
  const rows: FlowRow[] = [];
  if (drawing) rows.push(mapRow(node, drawing, figure, ctx));
  else
    warnOnce(ctx.warnings, {
      code: 'W_MAP_NOT_DRAWN',
      message: `the map of ${node.places[0].name} and ${node.places[1].name} was not prepared before the brief was laid out (prepareMaps): the brief shows its caption without the map`,
    });
  if (node.caption) {
    const tag = ctx.structure.add('P');
    rows.push(...textRows(plainRuns(node.caption), { ...type.small, colour: theme.colour.muted, where: `map caption "${node.caption}"` }, tag, ctx));
  }
  if (!rows.length) return [];
  return [{ kind: 'map', rows, spaceBefore: space.blockBefore, spaceAfter: space.blockAfter + 4, keepWithNext: false, minSplit: Infinity }];
}

function mapRow(node: MapNode, d: MapDrawing, figure: number, ctx: LayoutContext): FlowRow {
  const s = ctx.width / d.width;
  const h = d.height * s;
  const at = ([x, y]: Point): [number, number] => [ctx.x + x * s, y * s];
  const box = { left: ctx.x, right: ctx.x + ctx.width, top: 0, bottom: h };
  const marks: Mark[] = [{ kind: 'rect', x: ctx.x, y: 0, w: ctx.width, h, fill: hash(COLOUR.water) }];
  for (const line of d.graticule) marks.push({ kind: 'path', points: line.map(at), closed: false, stroke: hash(COLOUR.graticule), lineWidth: 0.4 });
  // Outer edges first, then lakes and inland seas (rings wound the other way) in the water's colour.
  const [outer, holes] = [d.land.filter((r) => area(r) >= 0), d.land.filter((r) => area(r) < 0)];
  for (const ring of outer) marks.push({ kind: 'path', points: ring.map(at), closed: true, fill: hash(COLOUR.land), stroke: hash(COLOUR.coast), lineWidth: 0.35 });
  for (const ring of holes) marks.push({ kind: 'path', points: ring.map(at), closed: true, fill: hash(COLOUR.water), stroke: hash(COLOUR.coast), lineWidth: 0.35 });
  marks.push({ kind: 'rect', x: ctx.x, y: 0, w: ctx.width, h, stroke: hash(COLOUR.frame), lineWidth: 0.6 });
  const route = d.route.map(at);
  marks.push({ kind: 'path', points: route, closed: false, stroke: hash(COLOUR.halo), lineWidth: 4 });
  marks.push({ kind: 'path', points: route, closed: false, stroke: hash(theme.colour.accent), lineWidth: 1.8 });
  const labels: Mark[] = [];
  const room: LabelRoom = { box, route, clearance: 1.5, taken: [] };
  d.places.forEach((p, i) => {
    const [x, y] = at([p.x, p.y]);
    marks.push({ kind: 'circle', cx: x, cy: y, r: DOT, fill: hash(theme.colour.accent), stroke: hash(theme.colour.paper), lineWidth: 1.2 });
    const name = node.places[i]!.name;
    labels.push(...label(name, x, y, p.side, DOT + LABEL_GAP, theme.colour.dark, LABEL, room, `map label "${name}"`, ctx));
  });
  const [mx, my] = at([d.middle.x, d.middle.y]);
  labels.push(...label(node.distance, mx, my, d.middle.side, 7, theme.colour.accent, DISTANCE, room, `map distance "${node.distance}"`, ctx));
  const items: PlanItem[] = [{ tag: figure, marks: [...marks, ...labels] }];
  return { height: h + CAPTION_GAP, items };
}

/**
 * A one-line label beside (x, y) on `side`, on a white ground, inside the map's box and clear of
 * the route (src/map/place-label.ts).
 */
function label(
  text: string,
  x: number,
  y: number,
  side: LabelSide,
  gap: number,
  colour: string,
  style: { size: number; leading: number },
  room: LabelRoom,
  where: string,
  ctx: LayoutContext,
): Mark[] {
  // A label wider than half the map is set smaller (down to LABEL_MIN), then cut short with "…":
  // the cover and the alt text give the name whole.
  const widest = (room.box.right - room.box.left) * 0.5;
  const measure = (t: string, size: number) => {
    const marks = textLines(plainRuns(t, true), { size, leading: size * 1.25, colour, x: 0, width: 10_000, where }, { ...ctx, warnings: [] })[0] ?? [];
    return { marks, width: marks.length ? Math.max(...marks.map((m) => m.x + m.width)) : 0 };
  };
  let size = style.size;
  let set = measure(text, size);
  if (set.width > widest) {
    size = Math.max(LABEL_MIN, (size * widest) / set.width);
    set = measure(text, size);
  }
  if (set.width > widest) {
    const chars = [...text];
    while (chars.length > 1 && set.width > widest) {
      chars.pop();
      set = measure(`${chars.join('')}…`, size);
    }
    warnOnce(ctx.warnings, {
      code: 'W_MAP_LABEL_CUT',
      message: `the map's label "${text.slice(0, 60)}" is too long for the map: it is cut short with "…" (the cover and the map's alt text give it whole)`,
    });
  }
  const line: TextMark[] = set.marks;
  if (!line.length) return [];
  const width = set.width;
  const ascent = size * 0.72;
  const descent = size * 0.22;
  const ground = placeLabel(x, y, side, gap, width + 2 * PAD.x, ascent + descent + 2 * PAD.y, room);
  room.taken?.push(ground);
  const baseline = ground.y + PAD.y + ascent;
  return [{ kind: 'rect', ...ground, fill: hash(COLOUR.halo) }, ...line.map((m) => ({ ...m, x: ground.x + PAD.x + m.x, y: baseline }))];
}

/** Signed area of a ring (positive for land as d3-geo winds it on a y-down frame). */
function area(ring: readonly Point[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x1, y1] = ring[i]!;
    const [x2, y2] = ring[(i + 1) % ring.length]!;
    sum += x1 * y2 - x2 * y1;
  }
  return sum / 2;
}
