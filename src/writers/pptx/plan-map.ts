import type { DeckDocument, MapNode } from '../../model/document.js';
import type { MapDrawing, Point } from '../../map/map-drawing.js';
import { placeLabel, type LabelRoom } from '../../map/place-label.js';
import { prepareMaps, preparedMap } from '../../map/prepared-maps.js';
import { theme } from '../../theme.js';
import type { Rect } from './deck-geometry.js';
import { ELLIPSIS, lineHeightFor } from './fit-text.js';
import { textWidth } from './measure-text.js';
import { shortText, warn, type PlanContext } from './plan-context.js';
import type { MapBox, PathShape, ShapeBox, TextBox } from './slide-plan.js';
import { plainRuns } from './text-runs.js';

/** On the dark title slide: land a few shades lighter than the ground, the route in the accent. */
/** The shape of a deck's maps (width / height): the right half of a title slide. */
const DECK_MAP_ASPECT = 1.5;

/**
 * Projects the maps of a deck (importing the land on first need), which `planDeck` then draws:
 * planning is synchronous. A deck without a map costs nothing.
 */
export function prepareDeckMaps(doc: DeckDocument): Promise<void> {
  return prepareMaps(
    doc.slides.flatMap((slide) => [...slide.body, ...slide.aside]),
    DECK_MAP_ASPECT,
  );
}

/**
 * Colours on the title slide's dark ground: land a few shades lighter than the sea, the route in
 * the accent. On a section slide (a chapter of a pack's deck), whose ground is the accent, the
 * land is a deeper red and the route white.
 */
const PALETTE = {
  dark: {
    water: '1B3A59',
    land: '33577D',
    coast: '16324F',
    graticule: '1F3D5C',
    route: theme.colour.accent,
    halo: theme.colour.accentSoft,
    dot: theme.colour.accent,
    ring: theme.colour.paper,
    label: theme.colour.paper,
    distance: theme.colour.accentSoft,
  },
  accent: {
    water: 'A3221B',
    land: '861C16',
    coast: 'B3261E',
    graticule: 'AC2921',
    route: theme.colour.paper,
    halo: '6E1712',
    dot: theme.colour.paper,
    ring: theme.colour.accent,
    label: theme.colour.paper,
    distance: theme.colour.paper,
  },
} as const;
const LABEL_SIZE = 16;
const DISTANCE_SIZE = 15;
/** The smallest a label is set before it is cut short. */
const LABEL_MIN = 11;
/** Dot diameter, gap from a dot to its name and the route's clearance, in inches. */
const DOT = 0.16;
const GAP = 0.1;
const CLEARANCE = 0.04;

/**
 * A map in `area` at its drawing's aspect ratio (centred): the sea (a shape the size of the map,
 * with its alt text), the land as one freeform shape, parallels and meridians, the great-circle route, a dot per place and the
 * names and the distance as real text boxes, clear of the route. Undefined, with a warning, when
 * the map was not prepared (its caption then goes on with the slide's text).
 */
export function planMap(node: MapNode, area: Rect, index: number, ctx: PlanContext, ground: keyof typeof PALETTE = 'dark'): MapBox | undefined {
  const COLOUR = PALETTE[ground];
  const d = preparedMap(node, DECK_MAP_ASPECT);
  if (!d) {
    warn(
      ctx,
      'W_PPTX_MAP_NOT_DRAWN',
      `the map of ${node.places[0].name} and ${node.places[1].name} was not prepared before the deck was planned (prepareMaps): the deck gives its caption as text`,
    );
    return undefined;
  }
  const s = Math.min(area.w / d.width, area.h / d.height);
  const w = d.width * s;
  const h = d.height * s;
  const x = area.x + (area.w - w) / 2;
  const y = area.y + (area.h - h) / 2;
  const at = ([px, py]: Point): [number, number] => [round(x + px * s), round(y + py * s)];
  const name = (part: string) => `Map ${index + 1} ${part}`;
  const shapes: PathShape[] = [
    {
      name: name('water'),
      alt: node.alt,
      paths: [[at([0, 0]), at([d.width, 0]), at([d.width, d.height]), at([0, d.height])]],
      closed: true,
      fill: COLOUR.water,
      line: COLOUR.water,
      lineWidth: 0.5,
    },
    { name: name('graticule'), alt: '', paths: d.graticule.map((l) => l.map(at)), closed: false, line: COLOUR.graticule, lineWidth: 0.5 },
    { name: name('land'), alt: '', paths: d.land.map((r) => r.map(at)), closed: true, fill: COLOUR.land, line: COLOUR.coast, lineWidth: 0.5 },
  ];
  const route = d.route.map(at);
  shapes.push({ name: name('route halo'), alt: '', paths: [route], closed: false, line: COLOUR.halo, lineWidth: 4.5 });
  shapes.push({ name: name('route'), alt: '', paths: [route], closed: false, line: COLOUR.route, lineWidth: 2.5 });
  const room: LabelRoom = { box: { left: x, right: x + w, top: y, bottom: y + h }, route, clearance: CLEARANCE, taken: [] };
  const dots: ShapeBox[] = [];
  const labels: TextBox[] = [];
  d.places.forEach((p, i) => {
    const [cx, cy] = at([p.x, p.y]);
    dots.push({ kind: 'ellipse', x: cx - DOT / 2, y: cy - DOT / 2, w: DOT, h: DOT, fill: COLOUR.dot, line: COLOUR.ring, lineWidth: 1.5 });
    labels.push(label(node.places[i]!.name, cx, cy, p.side, DOT / 2 + GAP, LABEL_SIZE, COLOUR.label, room, ctx));
  });
  const [mx, my] = at([d.middle.x, d.middle.y]);
  labels.push(label(node.distance, mx, my, d.middle.side, GAP, DISTANCE_SIZE, COLOUR.distance, room, ctx));
  return { x, y, w, h, shapes, dots, labels };
}

/** A one-line, bold text box beside a point, measured, inside the map and clear of the route. */
function label(
  text: string,
  x: number,
  y: number,
  side: MapDrawing['places'][number]['side'],
  gap: number,
  size: number,
  colour: string,
  room: LabelRoom,
  ctx: PlanContext,
): TextBox {
  // A name wider than half the map is set smaller, down to LABEL_MIN, then cut short with "…"
  // (the slide's notes then give it whole; the title and the alt text name it too).
  const widest = (room.box.right - room.box.left) * 0.5;
  const width = (t: string, pt: number) => textWidth(t, pt, true) / 72 + 0.12;
  let shown = text;
  while (size > LABEL_MIN && width(shown, size) > widest) size -= 1;
  if (width(shown, size) > widest) {
    const chars = [...text];
    while (chars.length > 1 && width(`${chars.join('')}${ELLIPSIS}`, size) > widest) chars.pop();
    shown = `${chars.join('')}${ELLIPSIS}`;
    warn(
      ctx,
      'W_PPTX_TEXT_CUT',
      `the map's label "${shortText(text)}" is too long for the map even at ${size} pt: it is cut short with "${ELLIPSIS}", and the slide's speaker notes have it whole`,
    );
  }
  const lineHeight = lineHeightFor(size);
  // Measured width plus a little room, so that PowerPoint's own metrics never wrap the name.
  const w = width(shown, size);
  const h = lineHeight / 72;
  const rect = placeLabel(x, y, side, gap, w, h, room);
  room.taken?.push(rect);
  const align: TextBox['align'] = side === 'left' ? 'right' : side === 'right' ? 'left' : 'center';
  const box: TextBox = {
    role: 'map-label',
    ...rect,
    fontSize: size,
    lineHeight,
    paraSpace: 0,
    paragraphs: [{ runs: plainRuns(shown, ctx.lang, { bold: true }), bullet: false, indent: false, lines: 1 }],
    color: colour,
    bold: true,
    align,
    valign: 'middle',
  };
  if (shown !== text) ctx.cut.set(box, text);
  return box;
}

const round = (n: number) => Math.round(n * 1000) / 1000;
