import { loadPptxGenJS, type Pptx, type PptxSlide, type TextProps, type TextPropsOptions } from './pptxgen-library.js';
import type { DocumentMeta, SlideLayout } from '../../model/document.js';
import { theme } from '../../theme.js';
import { pptxParts, type PackageParts } from './package-parts.js';
import { BULLET_INDENT } from './fit-text.js';
import { defineMasters, masterName } from './define-masters.js';
import { addMap } from './plan-map-write.js';
import type { ChartBox, PlannedSlide, ShapeBox, SlidePlan, TableBox, TextBox } from './slide-plan.js';

const LAYOUTS: readonly SlideLayout[] = ['anniversary', 'title', 'section', 'content', 'two-column', 'key-figures', 'timeline', 'closing'];
/** A filled square bullet; a no-break space keeps the hanging indent of a bullet continued from the previous slide. */
const BULLET = '25A0';
const NO_BULLET = '00A0';

/**
 * pptxgenjs text runs for a box: one paragraph per plan paragraph, every run with its language.
 * Every run's options carry the same keys, `undefined` where unused (pptxgenjs reads that as
 * absent): it copies and tests options key by key per run, which is slow on objects of many shapes.
 */
export function textProps(box: TextBox): TextProps[] {
  const props: TextProps[] = [];
  box.paragraphs.forEach((p, i) => {
    p.runs.forEach((run, j) => {
      props.push({
        text: run.text,
        options: {
          align: box.align,
          lineSpacing: box.lineHeight,
          paraSpaceBefore: i > 0 && box.paraSpace ? box.paraSpace : undefined,
          bullet: p.indent ? { characterCode: p.bullet ? BULLET : NO_BULLET, indent: BULLET_INDENT } : undefined,
          fontFace: theme.font.deck.latin,
          fontSize: box.fontSize,
          color: box.color,
          lang: run.lang,
          bold: run.bold || box.bold ? true : undefined,
          italic: run.italic ? true : undefined,
          hyperlink: run.url ? { url: run.url } : undefined,
          breakLine: j === p.runs.length - 1 && i < box.paragraphs.length - 1 ? true : undefined,
        },
      });
    });
  });
  return props;
}

function boxOptions(box: TextBox): TextPropsOptions {
  return { x: box.x, y: box.y, w: box.w, h: box.h, margin: 0, valign: box.valign, align: box.align, fit: 'none', wrap: true };
}

function addShape(pptx: Pptx, slide: PptxSlide, shape: ShapeBox): void {
  const type = { rect: pptx.ShapeType.rect, roundRect: pptx.ShapeType.roundRect, ellipse: pptx.ShapeType.ellipse, line: pptx.ShapeType.line }[shape.kind];
  slide.addShape(type, {
    x: shape.x,
    y: shape.y,
    w: shape.w,
    h: shape.h,
    ...(shape.fill ? { fill: { color: shape.fill } } : {}),
    line: shape.line ? { color: shape.line, width: shape.lineWidth ?? 1 } : { color: shape.fill ?? theme.colour.rule, width: 0 },
  });
}

/** A native chart: its data goes into the chart part and an embedded workbook, which PowerPoint's "Edit data" opens. */
function addChart(slide: PptxSlide, chart: ChartBox): void {
  const type = ({ column: 'bar', bar: 'bar', line: 'line', pie: 'pie' } as const)[chart.kind];
  const data = chart.series.map((s) => ({ name: s.name, labels: chart.categories, values: s.values }));
  const text = { fontFace: theme.font.deck.latin, fontSize: chart.fontSize, color: theme.colour.ink };
  const pie = chart.kind === 'pie';
  const single = chart.series.length === 1;
  slide.addChart(type, data, {
    x: chart.x,
    y: chart.y,
    w: chart.w,
    h: chart.h,
    altText: chart.alt,
    lang: chart.lang,
    // One colour a series (a single series in one colour); a pie's slices each take one.
    chartColors: pie ? chart.colours : chart.colours.slice(0, chart.series.length),
    ...(chart.kind === 'bar' || chart.kind === 'column' ? { barDir: chart.kind === 'bar' ? 'bar' : 'col', barGapWidthPct: 60 } : {}),
    // Horizontal bars read top down in the source's order (pptxgenjs types only 'minMax' and 'autoZero').
    ...(chart.kind === 'bar' ? { catAxisOrientation: 'maxMin' as 'minMax', catAxisCrossesAt: 'max' as 'autoZero' } : {}),
    ...(chart.title
      ? { showTitle: true, title: chart.title, titleFontFace: text.fontFace, titleFontSize: chart.fontSize + 2, titleColor: theme.colour.dark }
      : { showTitle: false }),
    showLegend: pie || !single,
    legendPos: pie ? 'r' : 't',
    legendFontFace: text.fontFace,
    legendFontSize: text.fontSize,
    legendColor: text.color,
    showValue: !pie && (single || chart.kind !== 'line'),
    showPercent: pie,
    showLeaderLines: pie,
    dataLabelPosition: pie ? 'bestFit' : chart.kind === 'line' ? 't' : 'outEnd',
    dataLabelFontFace: text.fontFace,
    dataLabelFontSize: chart.fontSize - 2,
    dataLabelColor: pie ? theme.colour.paper : text.color,
    dataLabelFormatCode: pie ? '0%' : chart.numberFormat,
    ...(chart.kind === 'line' ? { lineSize: 3, lineDataSymbol: 'circle', lineDataSymbolSize: 9 } : {}),
    ...(pie
      ? { firstSliceAng: 0 }
      : {
          catAxisLabelFontFace: text.fontFace,
          catAxisLabelFontSize: text.fontSize,
          catAxisLabelColor: theme.colour.muted,
          catAxisLineColor: theme.colour.muted,
          valAxisLabelFontFace: text.fontFace,
          valAxisLabelFontSize: text.fontSize - 2,
          valAxisLabelColor: theme.colour.muted,
          valAxisLabelFormatCode: chart.numberFormat,
          valAxisLineShow: false,
          valGridLine: { color: theme.colour.rule, size: 0.75 },
          catGridLine: { style: 'none' },
          ...(chart.unit
            ? {
                showValAxisTitle: true,
                valAxisTitle: chart.unit,
                valAxisTitleFontFace: text.fontFace,
                valAxisTitleFontSize: text.fontSize - 2,
                valAxisTitleColor: theme.colour.muted,
              }
            : {}),
        }),
  });
}

/** A native table: the header row in the dark colour with light bold text, then banded rows with a rule between. */
function addTable(slide: PptxSlide, table: TableBox): void {
  const rows = table.rows.map((row, r) =>
    row.map((cell) => ({
      text: cell.runs.map((run) => ({
        text: run.text,
        options: {
          lang: run.lang,
          lineSpacing: table.lineHeight,
          bold: run.bold || r === 0 ? true : undefined,
          italic: run.italic ? true : undefined,
          hyperlink: run.url ? { url: run.url } : undefined,
        },
      })),
      options: {
        align: cell.align,
        valign: 'middle' as const,
        fill: { color: r === 0 ? theme.colour.dark : r % 2 === 0 ? theme.colour.panel : theme.colour.paper },
        color: r === 0 ? theme.colour.paper : theme.colour.ink,
      },
    })),
  );
  slide.addTable(rows, {
    x: table.x,
    y: table.y,
    w: table.w,
    colW: table.colW,
    rowH: table.rowH,
    margin: table.margin,
    fontFace: theme.font.deck.latin,
    fontSize: table.fontSize,
    border: { type: 'solid', pt: 0.75, color: theme.colour.rule },
    autoPage: false,
  });
}

function addSlide(pptx: Pptx, planned: PlannedSlide): void {
  const slide = pptx.addSlide({ masterName: masterName(planned.layout) });
  slide.addText(textProps(planned.title), { placeholder: 'title', ...boxOptions(planned.title) });
  for (const shape of planned.shapes) addShape(pptx, slide, shape);
  for (const map of planned.maps ?? [])
    addMap(
      slide,
      map,
      (shape) => addShape(pptx, slide, shape),
      (box) => slide.addText(textProps(box), boxOptions(box)),
    );
  for (const box of planned.boxes) slide.addText(textProps(box), boxOptions(box));
  for (const chart of planned.charts ?? []) addChart(slide, chart);
  for (const table of planned.tables ?? []) addTable(slide, table);
  for (const p of planned.pictures ?? [])
    slide.addImage({
      data: `image/${p.format};base64,${Buffer.from(p.data.buffer, p.data.byteOffset, p.data.byteLength).toString('base64')}`,
      x: p.x,
      y: p.y,
      w: p.w,
      h: p.h,
      altText: p.alt,
    });
  // pptxgenjs writes notes as one run; the package fixer rewrites them one paragraph each from the plan.
  if (planned.notes.length) slide.addNotes(planned.notes.join('\n'));
}

/**
 * Draws a plan with pptxgenjs and returns the package's parts as pptxgenjs makes them
 * (with its known defects, fixed by `fixPackage`, which also zips them).
 */
export async function writeDeck(plan: SlidePlan, meta: DocumentMeta): Promise<PackageParts> {
  const PptxGenJS = await loadPptxGenJS();
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = meta.title;
  pptx.author = meta.author;
  pptx.subject = meta.subject;
  pptx.company = meta.author;
  pptx.theme = { headFontFace: theme.font.deck.latin, bodyFontFace: theme.font.deck.latin };
  defineMasters(pptx, LAYOUTS, plan.footer, meta.lang);
  for (const planned of plan.slides) addSlide(pptx, planned);
  return pptxParts(pptx);
}
