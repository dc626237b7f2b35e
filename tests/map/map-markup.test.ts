import { describe, expect, it } from 'vitest';
import { parseMarkup } from '../../src/markup/parse-markup.js';
import type { BriefDocument } from '../../src/model/document.js';
import { maps, milanShanghai } from './map-documents.js';

const brief = (body: string) => parseMarkup(`<brief title="T">${body}</brief>`, { file: 'brief.hbs' }) as BriefDocument;

describe('the <map> element', () => {
  it('reads the two places, the distance, the caption and the alt text', () => {
    const doc = brief('<map alt="A map" distance="10 km" caption="Distance: 10 km"><place lat="45.5" lon="-9.25">A <b>town</b></place><place lat="0" lon="180">B</place></map>');
    expect(doc.blocks).toEqual([
      {
        type: 'map',
        title: '',
        alt: 'A map',
        distance: '10 km',
        caption: 'Distance: 10 km',
        places: [
          { name: 'A town', lat: 45.5, lon: -9.25 },
          { name: 'B', lat: 0, lon: 180 },
        ],
      },
    ]);
  });

  it('rejects coordinates out of range, a missing alt and a wrong number of places', () => {
    expect(() => brief('<map alt="A" distance="1 km"><place lat="95" lon="0">A</place><place lat="0" lon="0">B</place></map>')).toThrow(/lat="95".*-90 to 90/);
    expect(() => brief('<map alt="A" distance="1 km"><place lat="0" lon="east">A</place><place lat="0" lon="0">B</place></map>')).toThrow(/lon="east"/);
    expect(() => brief('<map distance="1 km"><place lat="0" lon="0">A</place><place lat="0" lon="0">B</place></map>')).toThrow(/alt/);
    expect(() => brief('<map alt="A" distance="1 km"><place lat="0" lon="0">A</place></map>')).toThrow(/exactly two <place>/);
  });
});

describe('the map in the shipped templates', () => {
  it.each([
    ['en', 'Milan', 'Shanghai', '9,099 km', 'Distance (great circle, computed from the coordinates): 9,099 km'],
    ['it', 'Milano', 'Shanghai', '9.099 km', 'Distanza (ortodromica, calcolata dalle coordinate): 9.099 km'],
    ['zh', '米兰', '上海', '9,099公里', '距离（大圆航线，根据坐标计算）：9,099公里'],
  ])('in %s, names both cities and gives the computed distance, labelled as computed', async (lang, from, to, distance, caption) => {
    for (const kind of ['brief', 'deck'] as const) {
      const [map, ...more] = maps(await milanShanghai(kind, lang));
      expect(more).toHaveLength(0);
      expect(map?.places.map((p) => p.name)).toEqual([from, to]);
      expect(map?.places[0]).toMatchObject({ lat: 45.4642, lon: 9.19 });
      expect(map?.distance).toBe(distance);
      expect(map?.caption).toBe(caption);
      expect(map?.alt).toContain(from);
      expect(map?.alt).toContain(to);
      expect(map?.alt).toContain(distance);
    }
  });

  it('places no map when the cities have no coordinates', async () => {
    expect(maps(await milanShanghai('brief', 'en', false))).toEqual([]);
    expect(maps(await milanShanghai('deck', 'en', false))).toEqual([]);
  });
});
