// The map of the Typst brief: the same drawing casebrief's brief has (src/map, run through tsx),
// the two places, the great-circle route and the land around it, so that Typst draws what
// casebrief draws. Typst is given the projected points; it projects nothing itself.
import path from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { parse } from 'yaml';

/**
 * { drawing, names, distance, caption } for the case study of `yamlText` when its first two
 * cities have coordinates, else undefined. The text is the English brief's.
 */
export async function typstMap(repo, yamlText) {
  const cs = parse(yamlText);
  const ends = (cs.cities ?? []).slice(0, 2).map((c) => (c?.coordinates ? { name: String(c.name), ...c.coordinates } : undefined));
  if (ends.length < 2 || !ends.every(Boolean)) return undefined;
  const load = (file) => tsImport(path.join(repo, 'src', 'map', file), import.meta.url);
  const [{ drawMap }, { worldLand }, { formatKm, greatCircleKm }] = await Promise.all([load('map-drawing.ts'), load('world-land.ts'), load('distance.ts')]);
  const distance = formatKm(greatCircleKm(ends[0], ends[1]), 'en');
  return {
    drawing: drawMap(ends[0], ends[1], await worldLand()),
    names: ends.map((e) => e.name),
    distance,
    caption: `Distance (great circle, computed from the coordinates): ${distance}`,
  };
}
