import type { GeoPermissibleObjects } from 'd3-geo';

/**
 * The land of the world at 1:110 million (Natural Earth, from the world-atlas package), as
 * GeoJSON in longitude and latitude. The TopoJSON is imported from its npm package, never read
 * from the system, and only when a document has a map: a render without one loads none of it.
 * Decoded once per process.
 */
let land: Promise<GeoPermissibleObjects> | undefined;

export function worldLand(): Promise<GeoPermissibleObjects> {
  land ??= (async () => {
    const [client, atlas] = await Promise.all([import('topojson-client'), import('world-atlas/land-110m.json', { with: { type: 'json' } })]);
    // topojson-client is a CommonJS (UMD) module: Node.js names its exports, a bundle may give them as `default` only.
    const feature = client.feature ?? (client as unknown as { default: typeof client }).default.feature;
    const topology = atlas.default as unknown as Parameters<typeof feature>[0];
    const object = topology.objects.land;
    if (!object) throw new Error('world-atlas/land-110m.json has no "land" object');
    return feature(topology, object) as GeoPermissibleObjects;
  })();
  return land;
}
