import { describe, expect, it } from 'vitest';
import { formatKm, greatCircleKm } from '../../src/map/distance.js';
import { mapRoute } from '../../src/template/helpers.js';

const MILAN = { lat: 45.4642, lon: 9.19 };
const SHANGHAI = { lat: 31.2304, lon: 121.4737 };

describe('greatCircleKm', () => {
  it('puts Milan and Shanghai about 9,099 km apart', () => {
    expect(Math.abs(greatCircleKm(MILAN, SHANGHAI) - 9099)).toBeLessThanOrEqual(1);
  });

  it('is symmetric, zero for one place, and half the circumference for antipodes', () => {
    expect(greatCircleKm(SHANGHAI, MILAN)).toBeCloseTo(greatCircleKm(MILAN, SHANGHAI), 9);
    expect(greatCircleKm(MILAN, MILAN)).toBe(0);
    expect(greatCircleKm({ lat: 0, lon: 0 }, { lat: 0, lon: 180 })).toBeCloseTo(Math.PI * 6371.0088, 6);
  });

  it('agrees with a short distance known by other means (Paris–London, about 344 km)', () => {
    expect(Math.round(greatCircleKm({ lat: 48.8566, lon: 2.3522 }, { lat: 51.5074, lon: -0.1278 }))).toBe(344);
  });
});

describe('formatKm', () => {
  it('writes whole kilometres as each language does, grouping thousands', () => {
    expect(formatKm(9098.7, 'en')).toBe('9,099 km');
    expect(formatKm(9098.7, 'it')).toBe('9.099 km');
    expect(formatKm(9098.7, 'zh')).toBe('9,099公里');
    expect(formatKm(344.4, 'en')).toBe('344 km');
  });
});

describe('the mapRoute template helper', () => {
  const cities = [
    { name: 'Milan', names: { it: 'Milano', zh: '米兰' }, coordinates: MILAN },
    { name: 'Shanghai', names: { zh: '上海' }, coordinates: SHANGHAI },
  ];

  it('names both ends for the language and gives the computed distance', () => {
    expect(mapRoute(cities, 'it')).toEqual({ from: { name: 'Milano', ...MILAN }, to: { name: 'Shanghai', ...SHANGHAI }, distance: '9.099 km' });
    expect(mapRoute(cities, 'zh')?.to.name).toBe('上海');
  });

  it('gives no route unless both cities have coordinates', () => {
    expect(mapRoute([cities[0], { name: 'Shanghai' }], 'en')).toBeUndefined();
    expect(mapRoute([{ name: 'Milan' }, cities[1]], 'en')).toBeUndefined();
    expect(mapRoute(undefined, 'en')).toBeUndefined();
  });
});
