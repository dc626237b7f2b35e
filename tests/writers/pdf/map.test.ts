import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareMaps } from '../../../src/map/prepared-maps.js';
import { buildPlan } from '../../../src/writers/pdf/build-plan.js';
import { fontMeasurer } from '../../../src/writers/pdf/measure.js';
import { pageGeometry } from '../../../src/writers/pdf/page-geometry.js';
import { renderPdf } from '../../../src/writers/pdf/render-pdf.js';
import { maps, milanShanghai } from '../../map/map-documents.js';
import { readPdf, skeleton } from './pdf-text.js';

const CHECK = '/work/shared/tools/check-pdf';
const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

describe('the map in the Milan–Shanghai brief', () => {
  it.each([
    ['en', ['Milan', 'Shanghai', '9,099 km', 'Distance (great circle, computed from the coordinates): 9,099 km']],
    ['it', ['Milano', 'Shanghai', '9.099 km', 'Distanza (ortodromica, calcolata dalle coordinate): 9.099 km']],
    ['zh', ['米兰', '上海', '9,099公里', '距离（大圆航线，根据坐标计算）：9,099公里']],
  ])('in %s, is on the first page with the names, the distance and its caption as text, all in vector graphics', async (lang, words) => {
    const doc = await milanShanghai('brief', lang);
    const { bytes } = await renderPdf(doc, { sourceDateEpoch: 0 });
    const first = skeleton((await readPdf(bytes)).pages[0]!);
    for (const w of words) expect(first).toContain(skeleton(w));
    // No picture anywhere: the map is paths and text.
    expect(latin1(bytes)).not.toMatch(/\/Subtype\s*\/Image/);
  });

  it('keeps the key facts and the start of the first section on the first page', async () => {
    const { bytes } = await renderPdf(await milanShanghai('brief', 'en'), { sourceDateEpoch: 0 });
    const first = (await readPdf(bytes)).pages[0]!;
    expect(first).toContain('Key facts');
    expect(first).toContain('Character, start and duration of the partnership');
  });

  it('tags the drawing as one Figure with the alt text, its land, route and dots inside the text column', async () => {
    const doc = await milanShanghai('brief', 'en');
    await prepareMaps(doc.blocks);
    const { plan } = buildPlan(doc, 'a4', await fontMeasurer());
    const [node] = maps(doc);
    const figure = plan.structure.find((e) => e.type === 'Figure' && e.alt === node!.alt);
    expect(figure).toBeDefined();
    const marks = plan.pages[0]!.items.filter((i) => i.tag === figure!.id).flatMap((i) => i.marks);
    const paths = marks.filter((m) => m.kind === 'path');
    expect(paths.length).toBeGreaterThan(20);
    expect(marks.filter((m) => m.kind === 'circle')).toHaveLength(2);
    expect(
      marks
        .filter((m) => m.kind === 'text')
        .map((m) => (m.kind === 'text' ? m.text : ''))
        .join(' '),
    ).toMatch(/Milan.*Shanghai.*9,099 km/);
    const { width, margin } = pageGeometry('a4');
    for (const m of paths) for (const [x] of m.kind === 'path' ? m.points : []) expect(x >= margin.left - 0.01 && x <= width - margin.right + 0.01).toBe(true);
  });

  it.each(['en', 'it', 'zh'])('in %s, keeps the names and the distance on grounds of their own, inside the map and off the route', async (lang) => {
    const doc = await milanShanghai('brief', lang);
    await prepareMaps(doc.blocks);
    const { plan } = buildPlan(doc, 'a4', await fontMeasurer());
    const figure = plan.structure.find((e) => e.type === 'Figure' && e.alt === maps(doc)[0]!.alt)!;
    const marks = plan.pages[0]!.items.filter((i) => i.tag === figure.id).flatMap((i) => i.marks);
    const rects = marks.flatMap((m) => (m.kind === 'rect' ? [m] : []));
    const [frame] = rects;
    const grounds = rects.filter((r) => r.fill === '#FFFFFF');
    expect(grounds).toHaveLength(3);
    for (const g of grounds) {
      expect(g.x).toBeGreaterThanOrEqual(frame!.x);
      expect(g.x + g.w).toBeLessThanOrEqual(frame!.x + frame!.w);
      expect(g.y).toBeGreaterThanOrEqual(frame!.y);
      expect(g.y + g.h).toBeLessThanOrEqual(frame!.y + frame!.h);
    }
    for (let i = 0; i < grounds.length; i++)
      for (let j = i + 1; j < grounds.length; j++) {
        const [a, b] = [grounds[i]!, grounds[j]!];
        expect(a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y).toBe(true);
      }
    // The route (the accent line) passes through none of them.
    const route = marks.find((m) => m.kind === 'path' && m.stroke === '#B3261E');
    for (const [x, y] of route?.kind === 'path' ? route.points : []) for (const g of grounds) expect(x > g.x && x < g.x + g.w && y > g.y && y < g.y + g.h).toBe(false);
  });

  it('lays out a brief without coordinates as before: no map, no caption', async () => {
    const doc = await milanShanghai('brief', 'en', false);
    const { bytes, warnings } = await renderPdf(doc, { sourceDateEpoch: 0 });
    expect(warnings.filter((w) => w.code.includes('MAP'))).toEqual([]);
    const text = (await readPdf(bytes)).pages.join('\n');
    expect(text).not.toContain('great circle');
    expect(text).not.toContain('9,099');
  });

  it('leaves the map out with a warning, keeping its caption, when it was not prepared', async () => {
    const doc = await milanShanghai('brief', 'en');
    const moved = { ...doc, blocks: doc.blocks.map((b) => (b.type === 'map' ? { ...b, places: [{ ...b.places[0], lat: 1 }, b.places[1]] as typeof b.places } : b)) };
    const { plan, warnings } = buildPlan(moved, 'a4', await fontMeasurer());
    expect(warnings.map((w) => w.code)).toContain('W_MAP_NOT_DRAWN');
    expect(plan.pages[0]!.items.flatMap((i) => i.marks).some((m) => m.kind === 'text' && m.text.includes('computed'))).toBe(true);
  });

  it.runIf(existsSync(CHECK))('passes check-pdf with the distance in its text', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'casebrief-map-'));
    const file = path.join(dir, 'brief.pdf');
    writeFileSync(file, (await renderPdf(await milanShanghai('brief', 'en'), { sourceDateEpoch: 0 })).bytes);
    writeFileSync(path.join(dir, 'expected.txt'), 'Distance (great circle, computed from the coordinates): 9,099 km');
    expect(execFileSync(CHECK, [file, '--no-pdfa', '--text', path.join(dir, 'expected.txt')], { encoding: 'utf8' })).toMatch(/pdf: \d+ checks, 0 failed/);
  });
});
