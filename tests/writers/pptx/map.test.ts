import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { planSvgs } from '../../../src/server/slide-svg.js';
import { planDeck } from '../../../src/writers/pptx/plan-deck.js';
import { prepareDeckMaps } from '../../../src/writers/pptx/plan-map.js';
import { renderPptx } from '../../../src/writers/pptx/render-pptx.js';
import { maps, milanShanghai } from '../../map/map-documents.js';

async function slideXml(bytes: Uint8Array, n: number): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file(`ppt/slides/slide${n}.xml`)!.async('string');
}

const texts = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]);

describe('the map in the Milan–Shanghai deck', () => {
  it.each([
    ['en', 'Milan', 'Shanghai', '9,099 km'],
    ['it', 'Milano', 'Shanghai', '9.099 km'],
    ['zh', '米兰', '上海', '9,099公里'],
  ])('in %s, is on the title slide as native freeform shapes, with names and distance as text and the alt text as descr', async (lang, from, to, distance) => {
    const doc = await milanShanghai('deck', lang);
    const { bytes } = await renderPptx(doc, { sourceDateEpoch: 0 });
    const xml = await slideXml(bytes, 1);
    expect((xml.match(/<a:custGeom>/g) ?? []).length).toBeGreaterThanOrEqual(5);
    expect(xml).not.toContain('<p:pic>');
    // Runs are split by script (Latin, East Asian): paragraphs' runs are read together.
    const paragraphs = [...xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map((p) => texts(p[1]!).join(''));
    expect(paragraphs).toEqual(expect.arrayContaining([from, to, distance]));
    const alt = maps(doc)[0]!.alt;
    const escaped = alt.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
    expect(xml).toContain(`descr="${escaped}"`);
    // The caption is not shown as a slide of its own: the map took it off the title slide's body.
    const slide2 = await slideXml(bytes, 2);
    expect(texts(slide2).join(' ')).not.toContain('computed from the coordinates');
  });

  it('keeps the names and the distance inside the map and off each other', async () => {
    const doc = await milanShanghai('deck', 'en');
    await prepareDeckMaps(doc);
    const [map] = planDeck(doc).slides[0]!.maps ?? [];
    expect(map).toBeDefined();
    const boxes = map!.labels;
    expect(boxes).toHaveLength(3);
    for (const b of boxes) {
      expect(b.x).toBeGreaterThanOrEqual(map!.x - 1e-6);
      expect(b.x + b.w).toBeLessThanOrEqual(map!.x + map!.w + 1e-6);
      expect(b.y).toBeGreaterThanOrEqual(map!.y - 1e-6);
      expect(b.y + b.h).toBeLessThanOrEqual(map!.y + map!.h + 1e-6);
    }
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        expect(a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y).toBe(true);
      }
    // Clear of the title, which keeps to the left half.
    expect(planDeck(doc).slides[0]!.title.x + planDeck(doc).slides[0]!.title.w).toBeLessThan(map!.x);
  });

  it('shows in the studio’s slide thumbnails, from the same plan', async () => {
    const doc = await milanShanghai('deck', 'en');
    await prepareDeckMaps(doc);
    const [svg] = planSvgs(planDeck(doc));
    expect((svg!.match(/<path /g) ?? []).length).toBeGreaterThanOrEqual(5);
    expect(svg).toContain(`<title>${maps(doc)[0]!.alt}</title>`);
    expect(svg).toContain('9,099 km');
  });

  it('sets a name too long for the map smaller, then cuts it short, keeping it whole in the notes', async () => {
    const doc = await milanShanghai('deck', 'en');
    const long = 'Llanfairpwllgwyngyll'.repeat(6);
    const slides = doc.slides.map((slide, i) =>
      i === 0 ? { ...slide, body: slide.body.map((b) => (b.type === 'map' ? { ...b, places: [{ ...b.places[0], name: long }, b.places[1]] as typeof b.places } : b)) } : slide,
    );
    const edited = { ...doc, slides };
    await prepareDeckMaps(edited);
    const plan = planDeck(edited);
    const [map] = plan.slides[0]!.maps ?? [];
    const name = map!.labels[0]!;
    expect(name.paragraphs[0]!.runs.map((r) => r.text).join('')).toMatch(/^Llanfair.*…$/);
    expect(name.x + name.w).toBeLessThanOrEqual(map!.x + map!.w + 1e-6);
    expect(name.x).toBeGreaterThanOrEqual(map!.x - 1e-6);
    expect(plan.slides[0]!.notes).toContain(long);
    expect(plan.warnings.map((w) => w.code)).toContain('W_PPTX_TEXT_CUT');
  });

  it('draws a deck without coordinates as before: no map shapes', async () => {
    const { bytes, warnings } = await renderPptx(await milanShanghai('deck', 'en', false), { sourceDateEpoch: 0 });
    expect(await slideXml(bytes, 1)).not.toContain('<a:custGeom>');
    expect(warnings.filter((w) => w.code.includes('MAP'))).toEqual([]);
  });
});
