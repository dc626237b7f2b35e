import type { Element } from 'ltx';
import type { PptxSlide } from './pptxgen-library.js';
import type { MapBox, PathShape, ShapeBox, TextBox } from './slide-plan.js';

type CustomPoints = NonNullable<Parameters<PptxSlide['addShape']>[1]>['points'];

/**
 * Draws a planned map with pptxgenjs: each part a native freeform shape (custom geometry, so it
 * stays editable in PowerPoint), then the dots, then the names and the distance as text boxes
 * (`text`, write-deck's). The land shape's alt text is written by `describeMapShapes`.
 */
export function addMap(slide: PptxSlide, map: MapBox, shape: (s: ShapeBox) => void, text: (box: TextBox) => void): void {
  for (const part of map.shapes) addPath(slide, part);
  for (const dot of map.dots) shape(dot);
  for (const label of map.labels) text(label);
}

function addPath(slide: PptxSlide, part: PathShape): void {
  const all = part.paths.flat();
  if (!all.length) return;
  const x0 = Math.min(...all.map((p) => p[0]));
  const y0 = Math.min(...all.map((p) => p[1]));
  const x1 = Math.max(...all.map((p) => p[0]));
  const y1 = Math.max(...all.map((p) => p[1]));
  const points: NonNullable<CustomPoints> = [];
  for (const path of part.paths) {
    path.forEach(([x, y], i) => points.push({ x: x - x0, y: y - y0, moveTo: i === 0 }));
    if (part.closed) points.push({ close: true });
  }
  // pptxgenjs 4.0.1 draws custom geometry (ShapeType.custGeom, "custGeom") but its typings leave it out of the enum.
  slide.addShape('custGeom' as Parameters<PptxSlide['addShape']>[0], {
    x: x0,
    y: y0,
    w: Math.max(x1 - x0, 0.01),
    h: Math.max(y1 - y0, 0.01),
    points,
    objectName: part.name,
    ...(part.fill ? { fill: { color: part.fill } } : {}),
    line: part.line ? { color: part.line, width: part.lineWidth ?? 1 } : { color: part.fill ?? 'FFFFFF', width: 0 },
  });
}

/** Gives the parts of a slide's maps that have alt text their `descr` (pptxgenjs writes none for shapes). */
export function describeMapShapes(root: Element, maps: readonly MapBox[]): void {
  const alts = new Map(maps.flatMap((m) => m.shapes.filter((s) => s.alt).map((s) => [s.name, s.alt] as const)));
  if (!alts.size) return;
  const visit = (el: Element) => {
    if (el.name === 'p:cNvPr') {
      const alt = alts.get(String(el.attrs.name ?? ''));
      if (alt) el.attr('descr', alt);
    }
    for (const child of el.children) if (typeof child !== 'string') visit(child);
  };
  visit(root);
}
