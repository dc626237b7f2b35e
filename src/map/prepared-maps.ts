import type { Block, MapNode, MapPlace } from '../model/document.js';
import type { MapDrawing } from './map-drawing.js';

/**
 * Map drawings, made before the writers plan their pages and slides (planning is synchronous;
 * the land is imported on demand). Kept per pair of places, so that a batch or a watched case
 * study projects each map once per process. A render with no map imports none of the map code.
 */
const drawings = new Map<string, MapDrawing>();
const LIMIT = 64;

const keyOf = (places: readonly MapPlace[], aspect: number | undefined) => `${places.map((p) => `${p.lat},${p.lon}`).join('|')}@${aspect ?? ''}`;

/** Draws every map among `blocks` that is not drawn yet, in a frame of width/height `aspect` (else the region's own). */
export async function prepareMaps(blocks: Iterable<Block>, aspect?: number): Promise<void> {
  const missing = [...blocks].filter((b): b is MapNode => b.type === 'map' && !drawings.has(keyOf(b.places, aspect)));
  if (!missing.length) return;
  const [{ drawMap }, { worldLand }] = await Promise.all([import('./map-drawing.js'), import('./world-land.js')]);
  const land = await worldLand();
  for (const node of missing) {
    if (drawings.size >= LIMIT) drawings.clear();
    drawings.set(keyOf(node.places, aspect), drawMap(node.places[0], node.places[1], land, aspect));
  }
}

/** The drawing of a map that `prepareMaps` made, or undefined when none was made for its places. */
export function preparedMap(node: MapNode, aspect?: number): MapDrawing | undefined {
  return drawings.get(keyOf(node.places, aspect));
}
