import type { ChartNode, ChartSeries, Inline, TableCell, TableNode } from '../model/document.js';
import type { MarkupElement } from './element-tree.js';
import type { Reader } from './reader.js';

const KINDS: readonly ChartNode['kind'][] = ['column', 'bar', 'line', 'pie'];

/** Reads inline content (the parser's own reader, passed in to keep one definition). */
export type InlineReader = (el: MarkupElement, r: Reader) => Inline[];

const plainText = (nodes: readonly Inline[]): string => nodes.map((n) => (n.type === 'text' ? n.value : plainText(n.children))).join('');

/** `<chart kind title alt unit>` with `<category>` labels and `<series name>` of `<value number>` elements. */
export function readChart(el: MarkupElement, r: Reader, inline: InlineReader): ChartNode {
  r.allow(el, ['kind', 'title', 'alt', 'unit']);
  const kind = r.attr(el, 'kind', true) as ChartNode['kind'];
  if (kind && !KINDS.includes(kind)) r.problem(el, `unknown chart kind "${kind}" (known: ${KINDS.join(', ')})`);
  const categories: string[] = [];
  const series: ChartSeries[] = [];
  for (const child of r.elements(el.children)) {
    if (child.name === 'category') {
      r.allow(child, []);
      categories.push(plainText(inline(child, r)));
    } else if (child.name === 'series') {
      r.allow(child, ['name']);
      const values = r.elements(child.children).flatMap((v) => {
        if (v.name !== 'value') return (r.unknown(v, '<value number="…">'), []);
        r.allow(v, ['number']);
        const raw = r.attr(v, 'number', true);
        const value = Number(raw);
        if (raw && (!Number.isFinite(value) || raw.trim() === '')) r.problem(v, `<value number="${raw}"> must be a number written with digits, e.g. 1500 or 12.5`);
        return [{ value, text: plainText(inline(v, r)) }];
      });
      series.push({ name: r.attr(child, 'name'), values });
    } else r.unknown(child, '<category> or <series> inside <chart>');
  }
  if (!series.length) r.problem(el, '<chart> needs at least one <series>');
  for (const s of series) {
    if (s.values.length !== categories.length)
      r.problem(el, `<series name="${s.name}"> has ${s.values.length} values for ${categories.length} <category> elements; give one value per category`);
  }
  if (kind === 'pie') {
    if (series.length > 1) r.problem(el, '<chart kind="pie"> shows one series; give one <series>, or use kind="column" for several');
    if (series.some((s) => s.values.some((v) => v.value < 0))) r.problem(el, '<chart kind="pie"> cannot show a negative value');
  }
  return { type: 'chart', kind, title: r.attr(el, 'title'), alt: r.attr(el, 'alt', true), unit: r.attr(el, 'unit'), categories, series };
}

/** `<table title>`: a first `<tr>` of `<th>` cells (the header), then `<tr>` rows of `<td>` cells, as many per row as header cells. */
export function readTable(el: MarkupElement, r: Reader, inline: InlineReader): TableNode {
  r.allow(el, ['title']);
  const rows: TableCell[][] = [];
  let columns: TableCell[] | undefined;
  for (const tr of r.elements(el.children)) {
    if (tr.name !== 'tr') {
      r.unknown(tr, '<tr> inside <table>');
      continue;
    }
    r.allow(tr, []);
    const want = columns === undefined ? 'th' : 'td';
    const cells = r.elements(tr.children).flatMap((c) => {
      if (c.name !== want) return (r.unknown(c, columns === undefined ? '<th> in the first <tr> of a <table> (its header)' : '<td> in a <tr> after the header'), []);
      r.allow(c, want === 'td' ? ['numeric'] : []);
      return [{ content: inline(c, r), numeric: want === 'td' && r.flag(c, 'numeric') }];
    });
    if (columns === undefined) columns = cells;
    else {
      if (cells.length !== columns.length)
        r.problem(tr, `a <tr> of <table title="${r.attr(el, 'title')}"> has ${cells.length} cells for ${columns.length} columns; give each row one <td> per <th>`);
      rows.push(cells);
    }
  }
  if (!columns?.length) r.problem(el, '<table> needs a first <tr> of <th> cells, its header');
  return { type: 'table', title: r.attr(el, 'title'), columns: columns ?? [], rows };
}
