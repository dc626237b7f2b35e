import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderPptx } from '../../../src/writers/pptx/render-pptx.js';
import { chartsDemo } from '../charts-demo.js';

/**
 * The chart slides as LibreOffice draws them. check-pptx's overflow-box check counts only words
 * inside shapes that hold text, and a native chart's axis labels, values and legend are the chart
 * part's text, inside its graphic frame: it reports them as outside every box. This test makes the
 * same check with chart frames counted as boxes: every word LibreOffice draws on a chart slide lies
 * in the chart's frame or is text of the slide's own shapes (title, footer, number), and nothing
 * lies off the slide. soffice and pdftotext (Debian's libreoffice-impress and poppler-utils, which
 * .ci/run installs) missing fail it.
 */
const EMU_PER_PT = 12700;
/** Half a point: LibreOffice's word boxes and the frame's edge may differ by rounding. */
const SLACK = 0.5;

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
interface Word extends Box {
  text: string;
}

/** Word boxes per page of a PDF, in points, from pdftotext -bbox. */
function wordsByPage(pdf: string): Word[][] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return html
    .split('<page ')
    .slice(1)
    .map((page) =>
      [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
        x0: Number(m[1]),
        y0: Number(m[2]),
        x1: Number(m[3]),
        y1: Number(m[4]),
        text: m[5]!
          .replace(/&amp;/g, '&')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&quot;/g, '"')
          .replace(/&apos;/g, "'"),
      })),
    );
}

const inside = (w: Box, b: Box) => w.x0 >= b.x0 - SLACK && w.y0 >= b.y0 - SLACK && w.x1 <= b.x1 + SLACK && w.y1 <= b.y1 + SLACK;

describe.each(['en', 'zh'])('the chart slides as LibreOffice draws them (%s)', (lang) => {
  let pages: Word[][];
  let slides: { charts: Box[]; text: string }[];
  let size: { w: number; h: number };

  beforeAll(async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'casebrief-chart-render-'));
    const bytes = (await renderPptx(await chartsDemo('deck', lang), { sourceDateEpoch: 0 })).bytes;
    writeFileSync(path.join(dir, 'deck.pptx'), bytes);
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, path.join(dir, 'deck.pptx')], {
      stdio: 'ignore',
      timeout: 240_000,
    });
    pages = wordsByPage(path.join(dir, 'deck.pdf'));
    const zip = await JSZip.loadAsync(readFileSync(path.join(dir, 'deck.pptx')));
    const presentation = await zip.file('ppt/presentation.xml')!.async('string');
    const sz = /<p:sldSz cx="(\d+)" cy="(\d+)"/.exec(presentation)!;
    size = { w: Number(sz[1]) / EMU_PER_PT, h: Number(sz[2]) / EMU_PER_PT };
    const names = Object.keys(zip.files)
      .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
      .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)![1]) - Number(/(\d+)\.xml$/.exec(b)![1]));
    // Text of the masters and layouts (the footer, the slide number's field) shows on every slide.
    const furniture = await Promise.all(
      Object.keys(zip.files)
        .filter((n) => /^ppt\/slide(Layout|Master)s\/[^/]+\.xml$/.test(n))
        .map(async (n) => [...(await zip.file(n)!.async('string')).matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join(' ')),
    );
    slides = await Promise.all(
      names.map(async (name) => {
        const xml = await zip.file(name)!.async('string');
        const charts = [...xml.matchAll(/<p:graphicFrame>[\s\S]*?<\/p:graphicFrame>/g)]
          .map((m) => m[0])
          .filter((frame) => frame.includes('drawingml/2006/chart'))
          .map((frame) => {
            const [, x, y, cx, cy] = /<a:off x="(\d+)" y="(\d+)"\/><a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(frame)!.map(Number) as number[];
            return { x0: x! / EMU_PER_PT, y0: y! / EMU_PER_PT, x1: (x! + cx!) / EMU_PER_PT, y1: (y! + cy!) / EMU_PER_PT };
          });
        const text = [...[...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]), ...furniture].join(' ');
        return { charts, text };
      }),
    );
  }, 300_000);

  it('draws one page per slide, and has chart slides to look at', () => {
    expect(pages).toHaveLength(slides.length);
    expect(slides.filter((s) => s.charts.length).length).toBe(4);
  });

  it("keeps every chart label, value and legend inside its chart's frame, and every word on the slide", () => {
    const stray: string[] = [];
    slides.forEach((slide, i) => {
      if (!slide.charts.length) return;
      const words = pages[i]!;
      expect(words.length, `slide ${i + 1} has text`).toBeGreaterThan(5);
      for (const w of words) {
        if (!inside(w, { x0: 0, y0: 0, x1: size.w, y1: size.h })) stray.push(`slide ${i + 1}: "${w.text}" off the slide`);
        else if (!slide.charts.some((c) => inside(w, c)) && !slide.text.includes(w.text)) stray.push(`slide ${i + 1}: "${w.text}" at ${w.x0.toFixed(0)},${w.y0.toFixed(0)} pt`);
      }
    });
    expect(stray).toEqual([]);
  });
});
