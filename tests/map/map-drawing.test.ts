import { describe, expect, it } from 'vitest';
import { drawMap } from '../../src/map/map-drawing.js';
import { placeLabel } from '../../src/map/place-label.js';
import { worldLand } from '../../src/map/world-land.js';

const MILAN = { lat: 45.4642, lon: 9.19 };
const SHANGHAI = { lat: 31.2304, lon: 121.4737 };

describe('drawMap', async () => {
  const land = await worldLand();
  const d = drawMap(MILAN, SHANGHAI, land);
  const inside = ([x, y]: readonly [number, number]) => x >= -0.05 && x <= d.width + 0.05 && y >= -0.05 && y <= d.height + 0.05;

  it('fits the route and both places inside the frame, with room at the edges', () => {
    expect(d.route.length).toBeGreaterThan(50);
    expect(d.route.every(inside)).toBe(true);
    for (const p of d.places) {
      expect(p.x).toBeGreaterThan(d.width * 0.1);
      expect(p.x).toBeLessThan(d.width * 0.9);
    }
    // Milan is west of Shanghai and further north: left of it and higher on the map.
    expect(d.places[0]!.x).toBeLessThan(d.places[1]!.x);
    expect(d.places[0]!.y).toBeLessThan(d.places[1]!.y);
  });

  it('curves the route north of the straight line between the two (a great circle on this projection)', () => {
    const [a, b] = [d.route[0]!, d.route.at(-1)!];
    const mid = d.route[Math.floor(d.route.length / 2)]!;
    expect(mid[1]).toBeLessThan((a[1] + b[1]) / 2 - 5);
    expect(d.middle.side).toBe('above');
  });

  it('puts the names on the sides the route does not leave by', () => {
    expect(d.places.map((p) => p.side)).toEqual(['left', 'right']);
  });

  it('clips the land to the frame, and the land includes the Caspian as a hole', () => {
    expect(d.land.length).toBeGreaterThan(5);
    expect(d.land.every((ring) => ring.every(inside))).toBe(true);
    const area = (r: readonly (readonly [number, number])[]) => r.reduce((s, [x, y], i) => s + x * r[(i + 1) % r.length]![1] - r[(i + 1) % r.length]![0] * y, 0) / 2;
    expect(d.land.filter((r) => area(r) < 0).length).toBeGreaterThanOrEqual(1);
  });

  it('takes the frame shape it is given', () => {
    const tall = drawMap(MILAN, SHANGHAI, land, 1.5);
    expect(tall.width / tall.height).toBeCloseTo(1.5, 2);
    expect(tall.route.every(([x, y]) => x >= 0 && x <= tall.width && y >= 0 && y <= tall.height)).toBe(true);
  });
});

describe('placeLabel', () => {
  const room = { box: { left: 0, right: 100, top: 0, bottom: 50 }, route: [[10, 25] as const, [90, 25] as const], clearance: 1 };

  it('keeps a label off the route and inside the box', () => {
    const r = placeLabel(50, 25, 'above', 2, 20, 6, room);
    expect(r.y + r.h).toBeLessThan(25 - 1);
    expect(r.x).toBeGreaterThanOrEqual(0);
  });

  it('moves a label that the box edge would push onto its own point to another side', () => {
    const r = placeLabel(95, 25, 'right', 2, 20, 6, room);
    const covers = 95 > r.x && 95 < r.x + r.w && 25 > r.y && 25 < r.y + r.h;
    expect(covers).toBe(false);
    expect(r.x + r.w).toBeLessThanOrEqual(100);
  });
});
