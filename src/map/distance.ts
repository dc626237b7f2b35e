import { memoIntl } from '../text/intl-cache.js';

/** A place on the globe, in decimal degrees (latitude north, longitude east). */
export interface LatLon {
  lat: number;
  lon: number;
}

/** The mean radius of the Earth (IUGG), in kilometres. */
export const EARTH_RADIUS_KM = 6371.0088;

const RADIANS = Math.PI / 180;

/** The great-circle distance between two places in kilometres (haversine, on a sphere of the Earth's mean radius). */
export function greatCircleKm(a: LatLon, b: LatLon): number {
  const dLat = (b.lat - a.lat) * RADIANS;
  const dLon = (b.lon - a.lon) * RADIANS;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * RADIANS) * Math.cos(b.lat * RADIANS) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * A distance in whole kilometres as the language writes it: "9,099 km", "9.099 km", "9,099公里".
 * Thousands are always grouped (Italian would otherwise write four digits without a separator).
 */
export function formatKm(km: number, lang: string): string {
  const locale = lang === 'en' ? 'en-GB' : lang;
  const format = memoIntl(`km|${locale}`, () => new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilometer', maximumFractionDigits: 0, useGrouping: 'always' }));
  return format.format(Math.round(km));
}
