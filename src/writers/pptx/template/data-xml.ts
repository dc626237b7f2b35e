import { EMU } from '../../../brand/deck-template/read-template.js';
import type { ChartBox, MapBox, TableBox } from '../slide-plan.js';
import { esc, xfrm } from './slide-xml.js';

/**
 * Charts, tables and maps of a slide plan written into a template's slide: a native chart part
 * (its data in the chart's caches), a native table and freeform shapes, all in the theme's colours
 * (accent 1 to 6), so a theme change recolours them.
 */

/** What the writer reads of a planned chart: all of it but its colours (the theme's accents stand in). */
export type ChartLike = Omit<ChartBox, 'colours'>;
/** What the writer reads of a planned table. */
export type TableLike = TableBox;
/** What the writer reads of a planned map. */
export type MapLike = Pick<MapBox, 'shapes' | 'dots' | 'labels'>;

/** What a planned slide may carry besides text, shapes and pictures. */
export interface DataSlide {
  charts?: ChartLike[];
  tables?: TableLike[];
  maps?: MapLike[];
}

const emu = (inches: number) => Math.round(inches * EMU);
const accent = (i: number) => `<a:schemeClr val="accent${(i % 6) + 1}"/>`;
const C_NS = 'http://schemas.openxmlformats.org/drawingml/2006/chart';

/** The `<p:graphicFrame>` of a chart whose part the slide names `rel`. */
export function chartFrameXml(chart: ChartLike, rel: string, id: number): string {
  return (
    `<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="${id}" name="Chart ${id}" descr="${esc(chart.alt)}"/><p:cNvGraphicFramePr/><p:nvPr/></p:nvGraphicFramePr>` +
    `<p:xfrm><a:off x="${emu(chart.x)}" y="${emu(chart.y)}"/><a:ext cx="${emu(chart.w)}" cy="${emu(chart.h)}"/></p:xfrm>` +
    `<a:graphic><a:graphicData uri="${C_NS}"><c:chart xmlns:c="${C_NS}" r:id="${rel}"/></a:graphicData></a:graphic></p:graphicFrame>`
  );
}

function textProps(size: number, lang: string, bold = false, light = false): string {
  return `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${Math.round(size * 100)}"${bold ? ' b="1"' : ''}><a:solidFill><a:schemeClr val="${light ? 'bg1' : 'tx1'}"/></a:solidFill><a:latin typeface="+mn-lt"/></a:defRPr></a:pPr><a:endParaRPr lang="${esc(lang)}"/></a:p></c:txPr>`;
}

const column = (i: number) => String.fromCharCode(66 + (i % 25));

/** A chart part: the chart's data in its caches (categories and values as the plan has them), coloured by the theme's accents. */
export function chartPartXml(chart: ChartLike): string {
  const n = chart.categories.length;
  const pie = chart.kind === 'pie';
  const cat = `<c:cat><c:strRef><c:f>Sheet1!$A$2:$A$${n + 1}</c:f><c:strCache><c:ptCount val="${n}"/>${chart.categories.map((c, i) => `<c:pt idx="${i}"><c:v>${esc(c)}</c:v></c:pt>`).join('')}</c:strCache></c:strRef></c:cat>`;
  // Values on bars and single lines; several lines' values would fall on one another.
  const values = !pie && (chart.series.length === 1 || chart.kind !== 'line');
  const labels = (position: string) =>
    `<c:dLbls><c:numFmt formatCode="${esc(pie ? '0%' : chart.numberFormat)}" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>${textProps(chart.fontSize - 2, chart.lang, false, pie)}${position}<c:showLegendKey val="0"/><c:showVal val="${values ? 1 : 0}"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="${pie ? 1 : 0}"/><c:showBubbleSize val="0"/>${pie ? '<c:showLeaderLines val="1"/>' : ''}</c:dLbls>`;
  const series = chart.series
    .map((s, k) => {
      const col = column(k);
      const tx = `<c:tx><c:strRef><c:f>Sheet1!$${col}$1</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>${esc(s.name)}</c:v></c:pt></c:strCache></c:strRef></c:tx>`;
      const val = `<c:val><c:numRef><c:f>Sheet1!$${col}$2:$${col}$${n + 1}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${n}"/>${s.values.map((v, i) => `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`).join('')}</c:numCache></c:numRef></c:val>`;
      const head = `<c:idx val="${k}"/><c:order val="${k}"/>${tx}`;
      if (pie)
        return `<c:ser>${head}${chart.categories.map((_, i) => `<c:dPt><c:idx val="${i}"/><c:bubble3D val="0"/><c:spPr><a:solidFill>${accent(i)}</a:solidFill><a:ln><a:solidFill><a:schemeClr val="bg1"/></a:solidFill></a:ln></c:spPr></c:dPt>`).join('')}${labels('<c:dLblPos val="bestFit"/>')}${cat}${val}</c:ser>`;
      if (chart.kind === 'line')
        return `<c:ser>${head}<c:spPr><a:ln w="38100"><a:solidFill>${accent(k)}</a:solidFill></a:ln></c:spPr><c:marker><c:symbol val="circle"/><c:size val="9"/><c:spPr><a:solidFill>${accent(k)}</a:solidFill></c:spPr></c:marker>${labels('<c:dLblPos val="t"/>')}${cat}${val}<c:smooth val="0"/></c:ser>`;
      return `<c:ser>${head}<c:spPr><a:solidFill>${accent(k)}</a:solidFill></c:spPr><c:invertIfNegative val="0"/>${labels('<c:dLblPos val="outEnd"/>')}${cat}${val}</c:ser>`;
    })
    .join('');
  const axes = `<c:axId val="500000001"/><c:axId val="500000002"/>`;
  let plot: string;
  if (pie) plot = `<c:pieChart><c:varyColors val="1"/>${series}<c:firstSliceAng val="0"/></c:pieChart>`;
  else if (chart.kind === 'line') plot = `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/>${axes}</c:lineChart>`;
  else
    plot = `<c:barChart><c:barDir val="${chart.kind === 'bar' ? 'bar' : 'col'}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}<c:gapWidth val="60"/>${axes}</c:barChart>`;
  const bar = chart.kind === 'bar';
  const line = '<c:spPr><a:ln w="9525"><a:solidFill><a:schemeClr val="tx1"><a:lumMod val="50000"/><a:lumOff val="50000"/></a:schemeClr></a:solidFill></a:ln></c:spPr>';
  const unit = chart.unit
    ? `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${Math.round((chart.fontSize - 2) * 100)}" b="0"/></a:pPr><a:r><a:rPr lang="${esc(chart.lang)}" sz="${Math.round((chart.fontSize - 2) * 100)}" b="0"/><a:t>${esc(chart.unit)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`
    : '';
  const catAx = `<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="${bar ? 'maxMin' : 'minMax'}"/></c:scaling><c:delete val="0"/><c:axPos val="${bar ? 'l' : 'b'}"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${line}${textProps(chart.fontSize, chart.lang)}<c:crossAx val="500000002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const valAx = `<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${bar ? 't' : 'l'}"/><c:majorGridlines><c:spPr><a:ln w="9525"><a:solidFill><a:schemeClr val="tx1"><a:lumMod val="15000"/><a:lumOff val="85000"/></a:schemeClr></a:solidFill></a:ln></c:spPr></c:majorGridlines>${unit}<c:numFmt formatCode="${esc(chart.numberFormat)}" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:spPr><a:ln><a:noFill/></a:ln></c:spPr>${textProps(chart.fontSize - 2, chart.lang)}<c:crossAx val="500000001"/><c:crosses val="${bar ? 'max' : 'autoZero'}"/><c:crossBetween val="between"/></c:valAx>`;
  const title = chart.title
    ? `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${Math.round((chart.fontSize + 2) * 100)}" b="1"/></a:pPr><a:r><a:rPr lang="${esc(chart.lang)}" sz="${Math.round((chart.fontSize + 2) * 100)}" b="1"/><a:t>${esc(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>`
    : '<c:autoTitleDeleted val="1"/>';
  const legend = pie || chart.series.length > 1 ? `<c:legend><c:legendPos val="${pie ? 'r' : 't'}"/><c:overlay val="0"/>${textProps(chart.fontSize, chart.lang)}</c:legend>` : '';
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<c:chartSpace xmlns:c="${C_NS}" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    `<c:lang val="${esc(chart.lang)}"/><c:roundedCorners val="0"/><c:chart>${title}<c:plotArea><c:layout/>${plot}${pie ? '' : catAx + valAx}</c:plotArea>${legend}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>${textProps(chart.fontSize, chart.lang)}</c:chartSpace>`
  );
}

/** A native table: the header row in the first accent with light bold text, then rows banded in a tint of it. */
export function tableXml(table: TableLike, id: number, rels: { link(url: string): string }): string {
  const [mt, mr, mb, ml] = table.margin.map(emu) as [number, number, number, number];
  const edge = (tag: string) => `<a:${tag} w="9525"><a:solidFill><a:schemeClr val="tx1"><a:lumMod val="25000"/><a:lumOff val="75000"/></a:schemeClr></a:solidFill></a:${tag}>`;
  const rows = table.rows
    .map((row, r) => {
      const cells = row
        .map((cell) => {
          const runs = cell.runs
            .map((run) => {
              const bold = run.bold || r === 0 ? ' b="1"' : '';
              const italic = run.italic ? ' i="1"' : '';
              const colour = r === 0 ? '<a:solidFill><a:schemeClr val="bg1"/></a:solidFill>' : '<a:solidFill><a:schemeClr val="tx1"/></a:solidFill>';
              const link = run.url ? `<a:hlinkClick r:id="${rels.link(run.url)}"/>` : '';
              return `<a:r><a:rPr lang="${esc(run.lang)}" sz="${Math.round(table.fontSize * 100)}"${bold}${italic} dirty="0">${colour}<a:latin typeface="+mn-lt"/>${link}</a:rPr><a:t>${esc(run.text)}</a:t></a:r>`;
            })
            .join('');
          const fill =
            r === 0
              ? '<a:schemeClr val="accent1"/>'
              : r % 2 === 0
                ? '<a:schemeClr val="accent1"><a:lumMod val="10000"/><a:lumOff val="90000"/></a:schemeClr>'
                : '<a:schemeClr val="bg1"/>';
          return (
            `<a:tc><a:txBody><a:bodyPr/><a:lstStyle/><a:p><a:pPr algn="${cell.align === 'right' ? 'r' : 'l'}"><a:lnSpc><a:spcPts val="${Math.round(table.lineHeight * 100)}"/></a:lnSpc></a:pPr>${runs}<a:endParaRPr lang="${esc(cell.runs[0]?.lang ?? 'en')}" sz="${Math.round(table.fontSize * 100)}"/></a:p></a:txBody>` +
            `<a:tcPr marL="${ml}" marR="${mr}" marT="${mt}" marB="${mb}" anchor="ctr">${edge('lnL')}${edge('lnR')}${edge('lnT')}${edge('lnB')}<a:solidFill>${fill}</a:solidFill></a:tcPr></a:tc>`
          );
        })
        .join('');
      return `<a:tr h="${emu(table.rowH[r] ?? 0.4)}">${cells}</a:tr>`;
    })
    .join('');
  const height = table.rowH.reduce((a, b) => a + b, 0);
  return (
    `<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="${id}" name="Table ${id}"/><p:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr/></p:nvGraphicFramePr>` +
    `<p:xfrm><a:off x="${emu(table.x)}" y="${emu(table.y)}"/><a:ext cx="${emu(table.w)}" cy="${emu(height)}"/></p:xfrm>` +
    `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/table"><a:tbl><a:tblPr firstRow="1" bandRow="1"/><a:tblGrid>${table.colW.map((w) => `<a:gridCol w="${emu(w)}"/>`).join('')}</a:tblGrid>${rows}</a:tbl></a:graphicData></a:graphic></p:graphicFrame>`
  );
}

/** A map's land, sea and route as freeform shapes, in their own colours (they show places, not the brand). */
export function pathShapeXml(shape: MapLike['shapes'][number], id: number): string {
  const points = shape.paths.flat();
  if (!points.length) return '';
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const box = { x: Math.min(...xs), y: Math.min(...ys), w: Math.max(...xs) - Math.min(...xs), h: Math.max(...ys) - Math.min(...ys) };
  const w = Math.max(1, emu(box.w));
  const h = Math.max(1, emu(box.h));
  const pt = (p: readonly [number, number]) => `<a:pt x="${emu(p[0] - box.x)}" y="${emu(p[1] - box.y)}"/>`;
  const paths = shape.paths
    .filter((p) => p.length > 1)
    .map(
      (p) =>
        `<a:path w="${w}" h="${h}"${shape.fill ? '' : ' fill="none"'}><a:moveTo>${pt(p[0]!)}</a:moveTo>${p
          .slice(1)
          .map((q) => `<a:lnTo>${pt(q)}</a:lnTo>`)
          .join('')}${shape.closed ? '<a:close/>' : ''}</a:path>`,
    )
    .join('');
  const fill = shape.fill ? `<a:solidFill><a:srgbClr val="${esc(shape.fill)}"/></a:solidFill>` : '<a:noFill/>';
  const line = shape.line
    ? `<a:ln w="${Math.round((shape.lineWidth ?? 1) * 12700)}"><a:solidFill><a:srgbClr val="${esc(shape.line)}"/></a:solidFill></a:ln>`
    : '<a:ln><a:noFill/></a:ln>';
  return (
    `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="${esc(shape.name)}"${shape.alt ? ` descr="${esc(shape.alt)}"` : ''}/><p:cNvSpPr/><p:nvPr/></p:nvSpPr>` +
    `<p:spPr>${xfrm({ ...box, w: box.w, h: box.h })}<a:custGeom><a:avLst/><a:gdLst/><a:ahLst/><a:cxnLst/><a:rect l="0" t="0" r="r" b="b"/><a:pathLst>${paths}</a:pathLst></a:custGeom>${fill}${line}</p:spPr></p:sp>`
  );
}
