// A Typst brief of casebrief's sample, for the benchmark: the same text from the same YAML, set in
// the same Noto fonts (from casebrief's node_modules), on A4, laid out like casebrief's brief
// (cover band, key facts, sections, key figures, timeline, source notes, running header and
// "Page n of m" footer) so that it takes the same number of pages. Typst compiles it; casebrief is
// not involved. `node bench/typst/brief.mjs` rewrites bench/typst/brief.typ from data/milan-shanghai.yaml.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const text = (value) => (typeof value === 'object' && value !== null ? (value.en ?? Object.values(value)[0] ?? '') : String(value ?? ''));
const clean = (value) => String(text(value)).replace(/\s+/g, ' ').trim();
/** Text as a Typst string literal, so that no character of it is read as markup. */
const str = (value) => `"${clean(value).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
const day = (d) => {
  const [y, m, dd] = String(d).split('-');
  if (dd) return `${Number(dd)} ${MONTHS[Number(m) - 1]} ${y}`;
  if (m) return `${MONTHS[Number(m) - 1]} ${y}`;
  return y;
};
const range = (e) => {
  if (!e.end) return day(e.date);
  const [a, b] = [String(e.date).split('-'), String(e.end).split('-')];
  if (a.length === 3 && b.length === 3 && a[0] === b[0] && a[1] === b[1]) return `${Number(a[2])} – ${Number(b[2])} ${MONTHS[Number(a[1]) - 1]} ${a[0]}`;
  return `${day(e.date)} – ${day(e.end)}`;
};

/** A point of the map's frame as a place in its box: per cent of the box's width and height. */
const at = (d, [x, y]) => `(${((x / d.width) * 100).toFixed(2)}%, ${((y / d.height) * 100).toFixed(2)}%)`;

/** Typst source of a map (bench/typst/map.mjs) across the text column, drawn as casebrief's brief draws it. */
function mapBlock(map) {
  const d = map.drawing;
  const ringArea = (r) =>
    r.reduce((a, [x, y], i) => {
      const [u, v] = r[(i + 1) % r.length];
      return a + x * v - u * y;
    }, 0);
  const line = (points, stroke) =>
    `  place(curve(stroke: ${stroke}, curve.move(${at(d, points[0])}), ${points
      .slice(1)
      .map((p) => `curve.line(${at(d, p)})`)
      .join(', ')}))`;
  const ring = (points, fill) => `  place(polygon(fill: ${fill}, stroke: 0.35pt + white, ${points.map((p) => at(d, p)).join(', ')}))`;
  const label = (text, x, y, dx, dy) =>
    `  place(dx: ${((x / d.width) * 100).toFixed(2)}%, dy: ${((y / d.height) * 100).toFixed(2)}%, move(dx: ${dx}pt, dy: ${dy}pt, box(fill: white, inset: (x: 3pt, y: 1.5pt), text(size: 9.5pt, fill: dark)[#${str(text)}])))`;
  return [
    '#v(10pt)',
    `#layout(size => box(width: size.width, height: size.width * ${(d.height / d.width).toFixed(4)}, fill: rgb("#F4F8FB"), stroke: 0.6pt + rgb("#D5DBE0"), clip: true, {`,
    ...d.graticule.filter((g) => g.length > 1).map((g) => line(g, '0.4pt + rgb("#E3EAF0")')),
    ...d.land.filter((r) => ringArea(r) >= 0).map((r) => ring(r, 'rgb("#D2DAE1")')),
    ...d.land.filter((r) => ringArea(r) < 0).map((r) => ring(r, 'rgb("#F4F8FB")')),
    line(d.route, '4pt + white'),
    line(d.route, '1.8pt + accent'),
    ...d.places.map(
      (p) =>
        `  place(dx: ${((p.x / d.width) * 100).toFixed(2)}%, dy: ${((p.y / d.height) * 100).toFixed(2)}%, move(dx: -3.6pt, dy: -3.6pt, circle(radius: 3.6pt, fill: accent, stroke: 1.2pt + white)))`,
    ),
    ...d.places.map((p, i) => label(map.names[i], p.x, p.y, p.side === 'left' ? -60 : 10, -6)),
    label(map.distance, d.middle.x, d.middle.y, 7, d.middle.side === 'above' ? -18 : 6),
    '}))',
    `#text(size: 8.5pt, fill: muted)[#${str(map.caption)}]`,
    '',
  ];
}

/**
 * Typst source of the brief of a case study (its YAML text), as of `asOf` (a Date), with the map of
 * `map` (bench/typst/map.mjs) under the key facts, where casebrief's brief has it, when given.
 */
export function typstBrief(yamlText, asOf = new Date(Date.UTC(2026, 8, 21)), map = undefined) {
  const cs = parse(yamlText);
  const start = String(cs.partnership?.start ?? '');
  const startYear = Number(start.slice(0, 4));
  const years = asOf.getUTCFullYear() - startYear;
  const nextRound = Math.ceil((years + 1) / 10) * 10;
  const cityLine = (c) => {
    const names = [clean(c.name), ...Object.values(c.names ?? {})].join(' · ');
    return `${names} — ${clean(c.country)}`;
  };
  const facts = [
    ['Partners', cs.cities.map((c) => `${clean(c.name)} (${clean(c.country)})`).join(' · ')],
    ['Partnership since', day(start)],
    ['Age', `${years} years on ${asOf.getUTCDate()} ${MONTHS[asOf.getUTCMonth()]} ${asOf.getUTCFullYear()}`],
    ['Next round anniversary', `${nextRound}th anniversary: ${day(`${startYear + nextRound}${start.slice(4)}`)}`],
    ['Instrument', cs.partnership?.instrument],
    ['Text written', cs.written],
    ['Source', cs.source],
    ['Collection', cs.collection],
  ].filter(([, v]) => v !== undefined);
  const out = [
    `// Generated by bench/typst/brief.mjs from ${cs.id}.yaml; id: ${cs.id}`,
    `#set document(title: ${str(cs.title)}, keywords: (${str(cs.id)},))`,
    '#let ink = rgb("#1F2933")',
    '#let muted = rgb("#5B6770")',
    '#let accent = rgb("#B3261E")',
    '#let dark = rgb("#16324F")',
    '#let panel = rgb("#F3F5F7")',
    '#set text(font: ("Noto Sans", "Noto Sans SC"), size: 10.5pt, fill: ink, lang: "en")',
    '#set par(leading: 0.62em, spacing: 1.1em)',
    '#set page(paper: "a4", margin: (top: 76pt, bottom: 70pt, left: 68pt, right: 68pt),',
    '  header: context { if here().page() > 1 { set text(size: 8pt, fill: muted); ' +
      `${str(`${clean(cs.title)} · Partnership brief`)}` +
      '; v(-6pt); line(length: 100%, stroke: 0.5pt + rgb("#D5DBE0")) } },',
    '  footer: context { if here().page() > 1 { set text(size: 8pt, fill: muted); align(right)[Page #here().page() of #counter(page).final().first()] } })',
    '#show heading.where(level: 1): it => block(above: 22pt, below: 8pt, sticky: true)[#block(width: 20pt, height: 2pt, fill: accent, below: 6pt) #text(size: 13.5pt, fill: dark, weight: "bold", it.body)]',
    '',
    '// Cover band, full width, at the top of the first page.',
    '#place(top + left, dx: -68pt, dy: -76pt, block(width: 595.28pt, height: 206pt, fill: dark, inset: (left: 68pt, right: 68pt, top: 56pt))[',
    `  #set text(fill: white)`,
    `  #text(size: 26pt, weight: "bold")[#${str(cs.title)}] \\`,
    ...cs.cities.map((c) => `  #text(size: 13pt)[#${str(cityLine(c))}] \\`),
    '  #v(12pt)',
    `  #text(size: 9.5pt, weight: "bold")[#${str(`Partnership since ${day(start)} · ${years} years`)}]`,
    '])',
    '#v(150pt)',
    '#block(fill: panel, inset: 12pt, width: 100%, stroke: (left: 3pt + accent))[',
    '  #text(size: 11.5pt, weight: "bold", fill: accent)[Key facts]',
    '  #set text(size: 8.5pt)',
    '  #grid(columns: (120pt, 1fr), row-gutter: 6.5pt,',
    ...facts.map(([k, v]) => `    text(fill: muted)[#${str(k)}], [#${str(v)}],`),
    '  )',
    ']',
    '',
    ...(map ? mapBlock(map) : []),
  ];
  for (const section of cs.sections ?? []) {
    out.push(`= #${str(section.heading)}`, '');
    for (const p of section.paragraphs ?? []) out.push(`#${str(p)}`, '');
  }
  if (cs.key_figures?.length) {
    out.push('= Key figures', '', `#grid(columns: (1fr,) * ${cs.key_figures.length}, column-gutter: 14pt,`);
    for (const f of cs.key_figures) {
      out.push(
        `  block(stroke: (top: 1pt + accent), inset: (top: 6pt))[#text(size: 24pt, weight: "bold", fill: accent)[#${str(f.value)}] \\ #text(size: 9.5pt)[#${str(f.label)}]],`,
      );
    }
    out.push(')', '');
  }
  if (cs.timeline?.length) {
    out.push('#pagebreak(weak: true)', '= Timeline', '', '#set text(size: 9.5pt)', '#grid(columns: (100pt, 14pt, 1fr), row-gutter: 12pt,');
    for (const e of cs.timeline)
      out.push(`  align(right, text(weight: "bold", fill: dark)[#${str(range(e))}]), align(center, circle(radius: 2.5pt, fill: accent)), [#${str(e.event)}],`);
    out.push(')', '');
  }
  out.push('#v(24pt)', '#line(length: 60pt, stroke: 0.8pt + rgb("#D5DBE0"))', '#set text(size: 8.5pt, fill: muted)');
  if (cs.source) out.push(`#${str(`Source: ${clean(cs.source)}.`)} \\`);
  if (cs.collection) out.push(`#${str(`This case study belongs to the file « ${clean(cs.collection)} ».`)} \\`);
  if (cs.written) out.push(`#${str(`The text of the case study speaks from ${cs.written}.`)}`);
  return `${out.join('\n')}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
  const yaml = readFileSync(path.join(repo, 'data', 'milan-shanghai.yaml'), 'utf8');
  const { typstMap } = await import('./map.mjs');
  writeFileSync(path.join(repo, 'bench', 'typst', 'brief.typ'), typstBrief(yaml, undefined, await typstMap(repo, yaml)));
}
