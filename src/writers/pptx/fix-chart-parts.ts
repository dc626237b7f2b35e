import { Element } from 'ltx';
import { theme } from '../../theme.js';

/**
 * Fixes for the chart parts pptxgenjs 4.0.1 writes (ppt/charts/chartN.xml), as edits of parsed
 * XML: it puts a series' data points after its labels, gives 2-D charts a third axis id, writes
 * `invertIfNegative` into line series and leaves out a line chart's `grouping`, all of which the
 * schema (dml-chart.xsd) refuses; and it names no East Asian font for the chart's text.
 */

const C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';

/** The schema's order of the children of each element we reorder (CT_BarSer, CT_LineSer, CT_PieSer and the charts). */
const ORDER: Record<string, readonly string[]> = {
  barSer: ['idx', 'order', 'tx', 'spPr', 'invertIfNegative', 'pictureOptions', 'dPt', 'dLbls', 'trendline', 'errBars', 'cat', 'val', 'shape', 'extLst'],
  lineSer: ['idx', 'order', 'tx', 'spPr', 'marker', 'dPt', 'dLbls', 'trendline', 'errBars', 'cat', 'val', 'smooth', 'extLst'],
  pieSer: ['idx', 'order', 'tx', 'spPr', 'explosion', 'dPt', 'dLbls', 'cat', 'val', 'extLst'],
  barChart: ['barDir', 'grouping', 'varyColors', 'ser', 'dLbls', 'gapWidth', 'overlap', 'serLines', 'axId', 'extLst'],
  lineChart: ['grouping', 'varyColors', 'ser', 'dLbls', 'dropLines', 'hiLowLines', 'upDownBars', 'marker', 'smooth', 'axId', 'extLst'],
  pieChart: ['varyColors', 'ser', 'dLbls', 'firstSliceAng', 'extLst'],
};

const local = (el: Element): string => el.name.slice(el.name.indexOf(':') + 1);
const childElements = (el: Element): Element[] => el.children.filter((c): c is Element => typeof c !== 'string');

/** Puts an element's children in the schema's order (stable within one name); text between them is dropped. */
function reorder(el: Element, order: readonly string[]): void {
  const rank = (child: Element) => {
    const at = order.indexOf(local(child));
    return at < 0 ? order.length : at;
  };
  el.children = childElements(el)
    .map((child, i) => ({ child, i }))
    .sort((a, b) => rank(a.child) - rank(b.child) || a.i - b.i)
    .map(({ child }) => child);
}

/** A new element `local` with the prefix `like` has. */
function like(el: Element, name: string, attrs: Record<string, string>): Element {
  const colon = el.name.indexOf(':');
  return new Element(colon >= 0 ? `${el.name.slice(0, colon)}:${name}` : name, attrs);
}

function walk(el: Element, visit: (el: Element) => void): void {
  visit(el);
  for (const child of childElements(el)) walk(child, visit);
}

/** A chart part: children in the schema's order, two axes for 2-D charts, and the East Asian font beside the Latin one. */
export function fixChart(root: Element): void {
  walk(root, (el) => {
    if (el.getNS() === A && local(el) === 'latin' && el.parent && !el.parent.getChild('ea', A)) {
      const ea = like(el, 'ea', { typeface: theme.font.deck.eastAsian });
      const parent = el.parent;
      parent.children.splice(parent.children.indexOf(el) + 1, 0, ea);
      ea.parent = parent;
    }
    if (el.getNS() !== C) return;
    const name = local(el);
    if (name !== 'barChart' && name !== 'lineChart' && name !== 'pieChart') return;
    for (const ser of el.getChildren('ser', C)) {
      if (name === 'lineChart') for (const extra of ser.getChildren('invertIfNegative', C)) ser.remove(extra);
      reorder(ser, ORDER[name.replace('Chart', 'Ser')]!);
    }
    if (name === 'lineChart' && !el.getChild('grouping', C)) el.children.unshift(Object.assign(like(el, 'grouping', { val: 'standard' }), { parent: el }));
    for (const axis of el.getChildren('axId', C).slice(2)) el.remove(axis);
    reorder(el, ORDER[name]!);
  });
}
