import type { LabelSide } from './map-drawing.js';

/** A rectangle in a writer's units (points or inches), y growing down. */
export interface LabelRect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Where a label may go: inside `box`, clear of the `route` drawn there. */
export interface LabelRoom {
  box: { left: number; right: number; top: number; bottom: number };
  route: readonly (readonly [number, number])[];
  /** Clearance kept around the route, and how far a label moves out per try. */
  clearance: number;
  /** Labels placed already, which a new one keeps off too. */
  taken?: LabelRect[];
}

/** The sides tried for a label, its own first: a name pushed against the map's edge goes below or above its dot. */
const TRIES: Record<LabelSide, LabelSide[]> = {
  left: ['left', 'below', 'above', 'right'],
  right: ['right', 'below', 'above', 'left'],
  above: ['above', 'below', 'right', 'left'],
  below: ['below', 'above', 'right', 'left'],
};

/**
 * Places a `w` × `h` label beside the point (x, y) on `side`, `gap` away, kept inside the box and
 * moved further out on its side, a step at a time, while it would cover the route. Where the box
 * leaves no room on that side (the label would cover the point), the other sides are tried.
 */
export function placeLabel(x: number, y: number, side: LabelSide, gap: number, w: number, h: number, room: LabelRoom): LabelRect {
  const tries = TRIES[side].map((s) => placeOn(x, y, s, gap, w, h, room));
  return tries.find((t) => !t.covers && !t.crossing)?.rect ?? tries.find((t) => !t.covers)?.rect ?? tries[0]!.rect;
}

function placeOn(x: number, y: number, side: LabelSide, gap: number, w: number, h: number, room: LabelRoom): { rect: LabelRect; covers: boolean; crossing: boolean } {
  const { box } = room;
  const at = (g: number): LabelRect => {
    const left = side === 'left' ? x - g - w : side === 'right' ? x + g : x - w / 2;
    const top = side === 'above' ? y - g - h : side === 'below' ? y + g : y - h / 2;
    return { x: clamp(left, box.left + room.clearance, box.right - room.clearance - w), y: clamp(top, box.top + room.clearance, box.bottom - room.clearance - h), w, h };
  };
  let rect = at(gap);
  for (let step = 1; step <= 12 && crosses(rect, room); step++) rect = at(gap + step * room.clearance * 2);
  const reach = gap * 0.6;
  const covers = x > rect.x - reach && x < rect.x + rect.w + reach && y > rect.y - reach && y < rect.y + rect.h + reach;
  return { rect, covers, crossing: crosses(rect, room) };
}

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(v, hi));

/** Whether the route passes through a rectangle grown by the clearance (tested along each segment), or a placed label overlaps it. */
function crosses(r: LabelRect, room: LabelRoom): boolean {
  const c = room.clearance;
  if (room.taken?.some((t) => r.x < t.x + t.w + c && t.x < r.x + r.w + c && r.y < t.y + t.h + c && t.y < r.y + r.h + c)) return true;
  const inside = (x: number, y: number) => x >= r.x - c && x <= r.x + r.w + c && y >= r.y - c && y <= r.y + r.h + c;
  const route = room.route;
  for (let i = 1; i < route.length; i++) {
    const [x1, y1] = route[i - 1]!;
    const [x2, y2] = route[i]!;
    const steps = Math.max(1, Math.ceil(Math.hypot(x2 - x1, y2 - y1) / c));
    for (let k = 0; k <= steps; k++) if (inside(x1 + ((x2 - x1) * k) / steps, y1 + ((y2 - y1) * k) / steps)) return true;
  }
  return false;
}
