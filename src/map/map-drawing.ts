import { geoConicEquidistant, geoDistance, geoGraticule, geoInterpolate, geoNaturalEarth1, geoPath, type GeoContext, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import type { LatLon } from './distance.js';

/** A point of a drawing, in its frame's units, y growing down. */
export type Point = readonly [number, number];

/** Which side of its dot a place's name goes: the side the route does not leave by. */
export type LabelSide = 'left' | 'right' | 'above' | 'below';

/**
 * A map of two places and the great-circle route between them, projected and clipped to a frame
 * `width` × `height` units (y down): pure data that a writer scales into its box and draws.
 */
export interface MapDrawing {
  width: number;
  height: number;
  /** Land, as closed rings (outer edges and holes alike: fill them even-odd). */
  land: Point[][];
  /** Parallels and meridians every ten degrees, as open lines. */
  graticule: Point[][];
  /** The great circle from the first place to the second, as a line through many points. */
  route: Point[];
  /** The places, in order, with the side their names go on. */
  places: { x: number; y: number; side: LabelSide }[];
  /** The middle of the route, and the side of it that is clear for the distance (away from the chord). */
  middle: { x: number; y: number; side: 'above' | 'below' };
}

/** Width of every drawing's frame; its height follows from the region shown. */
const WIDTH = 1000;
/** The frame's shape stays between these ratios of width to height. */
const ASPECT = { min: 1.7, max: 2.6 };
/** Room at the frame's edges for the dots and the names beside them, in frame units. */
const MARGIN = { x: 150, y: 60 };
const ROUTE_POINTS = 96;

/**
 * Draws the two places, the great circle between them and the land around it. The projection is
 * an equidistant conic centred on the route (parallels at the two places' latitudes), or Natural
 * Earth for places nearly opposite on the globe; it is fitted to the route and a margin of land.
 * The frame's ratio of width to height is `aspect` when given, else what the region's shape asks.
 */
export function drawMap(from: LatLon, to: LatLon, land: GeoPermissibleObjects, aspect?: number): MapDrawing {
  const a: [number, number] = [from.lon, from.lat];
  const b: [number, number] = [to.lon, to.lat];
  const along = geoInterpolate(a, b);
  const route = Array.from({ length: ROUTE_POINTS + 1 }, (_, i) => along(i / ROUTE_POINTS));
  const mid = along(0.5);
  const angle = (geoDistance(a, b) * 180) / Math.PI;
  const projection: GeoProjection =
    angle > 150
      ? geoNaturalEarth1().rotate([-mid[0], 0])
      : geoConicEquidistant()
          .rotate([-mid[0], 0])
          .parallels([Math.min(from.lat, to.lat), Math.max(from.lat, to.lat)]);
  // Land around the route: a margin in degrees that grows with the distance, so neighbours show.
  const pad = Math.max(2, angle * 0.08);
  const around = route.flatMap(([lon, lat]) => [
    [lon, Math.min(89, lat + pad)],
    [lon, Math.max(-89, lat - pad)],
  ]);
  const extent = { type: 'MultiPoint' as const, coordinates: [...route, ...around] };
  projection.fitSize([WIDTH, WIDTH], extent);
  const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(extent);
  const ratio = aspect ?? Math.min(ASPECT.max, Math.max(ASPECT.min, (x1 - x0) / Math.max(1e-9, y1 - y0)));
  const height = Math.round(WIDTH / ratio);
  projection.fitExtent(
    [
      [MARGIN.x, MARGIN.y],
      [WIDTH - MARGIN.x, height - MARGIN.y],
    ],
    extent,
  );
  projection.clipExtent([
    [0, 0],
    [WIDTH, height],
  ]);
  const project = (p: [number, number]): Point => {
    const xy = projection(p) ?? [Number.NaN, Number.NaN];
    return [round(xy[0]), round(xy[1])];
  };
  const line = route.map(project);
  const places = [line[0]!, line.at(-1)!].map((p, i) => {
    const next = i === 0 ? line[Math.min(4, line.length - 1)]! : (line.at(-5) ?? line[0]!);
    return { x: p[0], y: p[1], side: awayFrom(p, next) };
  });
  const centre = line[Math.floor(line.length / 2)]!;
  const chordY = (line[0]![1] + line.at(-1)![1]) / 2;
  return {
    width: WIDTH,
    height,
    land: rings(projection, land),
    graticule: rings(projection, geoGraticule().step([10, 10])()),
    route: line,
    places,
    middle: { x: centre[0], y: centre[1], side: centre[1] <= chordY ? 'above' : 'below' },
  };
}

/** The side of `p` opposite to the direction towards `next`. */
function awayFrom(p: Point, next: Point): LabelSide {
  const dx = next[0] - p[0];
  const dy = next[1] - p[1];
  if (Math.abs(dx) >= Math.abs(dy)) return dx > 0 ? 'left' : 'right';
  return dy > 0 ? 'above' : 'below';
}

const round = (n: number) => Math.round(n * 10) / 10;

/** The projected, clipped outline of `object` as lists of points, one per ring or line. */
function rings(projection: GeoProjection, object: GeoPermissibleObjects): Point[][] {
  const out: Point[][] = [];
  let current: Point[] = [];
  const context: GeoContext = {
    moveTo(x: number, y: number) {
      current = [[round(x), round(y)]];
      out.push(current);
    },
    lineTo(x: number, y: number) {
      const last = current.at(-1);
      const p: Point = [round(x), round(y)];
      if (!last || last[0] !== p[0] || last[1] !== p[1]) current.push(p);
    },
    beginPath() {},
    closePath() {},
    arc() {},
  };
  geoPath(projection, context)(object);
  return out.filter((ring) => ring.length > 1);
}
