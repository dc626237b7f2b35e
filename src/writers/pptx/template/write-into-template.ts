import path from 'node:path';
import type { Element } from 'ltx';
import type { DocumentMeta, SlideLayout } from '../../../model/document.js';
import type { DeckTemplate, TemplateLayout, TemplatePlaceholder, TextLook } from '../../../brand/deck-template/read-template.js';
import { contentsOf, subtitleOf, textArea, titleOf, within, type LayoutChoices } from '../../../brand/deck-template/match-layouts.js';
import { coreXml, parseWrittenPart, serializePart } from '../package-fixes.js';
import type { Rect } from '../deck-geometry.js';
import type { PlannedSlide, SlidePlan, TextBox } from '../slide-plan.js';
import { zipPackage } from '../zip-package.js';
import { chartFrameXml, chartPartXml, pathShapeXml, tableXml, type ChartLike, type DataSlide } from './data-xml.js';
import { esc, footerXml, nextId, notesMasterXml, notesXml, paletteFor, pictureXml, placeholderXml, resetIds, shapeXml, slideXml, textBoxXml } from './slide-xml.js';

/**
 * Writes a slide plan into an organisation's template: the template's parts (masters, layouts,
 * themes, pictures) stay as they are; its sample slides, and whatever only they used, go; the
 * plan's slides are added on the chosen layouts, with notes (and a notes master when the
 * template has none). Equal input gives equal bytes (entries dated `when`).
 */

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const T = {
  slide: `${REL}/slide`,
  layout: `${REL}/slideLayout`,
  notesSlide: `${REL}/notesSlide`,
  notesMaster: `${REL}/notesMaster`,
  theme: `${REL}/theme`,
  image: `${REL}/image`,
  chart: `${REL}/chart`,
  hyperlink: `${REL}/hyperlink`,
};
const CT = {
  main: 'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml',
  slide: 'application/vnd.openxmlformats-officedocument.presentationml.slide+xml',
  notesSlide: 'application/vnd.openxmlformats-officedocument.presentationml.notesSlide+xml',
  notesMaster: 'application/vnd.openxmlformats-officedocument.presentationml.notesMaster+xml',
  theme: 'application/vnd.openxmlformats-officedocument.theme+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  app: 'application/vnd.openxmlformats-officedocument.extended-properties+xml',
  core: 'application/vnd.openxmlformats-package.core-properties+xml',
};
const DOS_EPOCH = Date.UTC(1980, 0, 1);
const SECTIONS_EXT = '{521415D9-36F7-43E2-AB2F-B90AF26B5E84}';
/** Kinds whose slides carry the footer (the source) and the slide number. */
const LIGHT: ReadonlySet<SlideLayout> = new Set(['content', 'two-column', 'key-figures', 'timeline']);

const decoder = new TextDecoder();

function relsXml(rels: readonly { id: string; type: string; target: string; external?: boolean }[]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${esc(r.target)}"${r.external ? ' TargetMode="External"' : ''}/>`).join('') +
    '</Relationships>'
  );
}

const relsPart = (part: string) => `${path.posix.dirname(part)}/_rels/${path.posix.basename(part)}.rels`;
const relative = (from: string, to: string) => path.posix.relative(path.posix.dirname(from), to);

/** Outer box of a placeholder whose text area is `area`. */
function outerOf(ph: TemplatePlaceholder, area: Rect): Rect {
  return { x: area.x - ph.insets.l, y: area.y - ph.insets.t, w: area.w + ph.insets.l + ph.insets.r, h: area.h + ph.insets.t + ph.insets.b };
}

export interface WriteOptions {
  template: DeckTemplate;
  layouts: LayoutChoices;
  plan: SlidePlan;
  meta: DocumentMeta;
  when: Date;
}

export async function writeIntoTemplate({ template, layouts, plan, meta, when }: WriteOptions): Promise<Uint8Array> {
  const parts = new Map<string, string | Uint8Array>(template.parts);
  const xml = (part: string): Element | undefined => {
    const data = parts.get(part);
    if (data === undefined) return undefined;
    return parseWrittenPart(part, typeof data === 'string' ? data : decoder.decode(data));
  };
  // The sample slides, their notes and comments go; what nothing else uses goes with them (below).
  for (const name of [...parts.keys()]) if (/^ppt\/(slides|notesSlides|comments)\//.test(name)) parts.delete(name);

  const pres = xml('ppt/presentation.xml')!;
  const presRels = xml('ppt/_rels/presentation.xml.rels')!;
  for (const r of presRels.getChildren('Relationship')) if (r.attrs.Type === T.slide) presRels.remove(r);
  const usedIds = new Set(presRels.getChildren('Relationship').map((r) => r.attrs.Id as string));
  let n = 0;
  const newRelId = () => {
    let id: string;
    do id = `rIdCb${++n}`;
    while (usedIds.has(id));
    usedIds.add(id);
    return id;
  };

  // A notes master: the template's, or one made for it (with a copy of its first master's theme).
  const ownNotesMaster = presRels.getChildren('Relationship').find((r) => r.attrs.Type === T.notesMaster)?.attrs.Target as string | undefined;
  let notesMaster = ownNotesMaster ? path.posix.normalize(path.posix.join('ppt', ownNotesMaster)) : undefined;
  if (notesMaster && !parts.has(notesMaster)) notesMaster = undefined;
  const addedTypes: Record<string, string> = {};
  if (!notesMaster) {
    notesMaster = 'ppt/notesMasters/notesMaster1.xml';
    const notesSz = pres.getChild('notesSz');
    parts.set(notesMaster, notesMasterXml({ cx: Number(notesSz?.attrs.cx ?? 6858000), cy: Number(notesSz?.attrs.cy ?? 9144000) }));
    const masterTheme = [...parts.keys()].filter((p) => /^ppt\/theme\/theme\d+\.xml$/.test(p)).sort();
    const themeNumber = Math.max(0, ...masterTheme.map((p) => Number(/(\d+)\.xml$/.exec(p)![1]))) + 1;
    const themePart = `ppt/theme/theme${themeNumber}.xml`;
    const firstMasterRels = xml(relsPart(template.masters[0]!.part));
    const firstTheme = firstMasterRels?.getChildren('Relationship').find((r) => r.attrs.Type === T.theme)?.attrs.Target as string | undefined;
    const source = firstTheme ? path.posix.normalize(path.posix.join(path.posix.dirname(template.masters[0]!.part), firstTheme)) : masterTheme[0];
    parts.set(themePart, parts.get(source!)!);
    parts.set(relsPart(notesMaster), relsXml([{ id: 'rId1', type: T.theme, target: relative(notesMaster, themePart) }]));
    addedTypes[`/${notesMaster}`] = CT.notesMaster;
    addedTypes[`/${themePart}`] = CT.theme;
    const id = newRelId();
    presRels.c('Relationship', { Id: id, Type: T.notesMaster, Target: relative('ppt/presentation.xml', notesMaster) });
    const list = pres.getChild('notesMasterIdLst') ?? insertAfter(pres, new (pres.constructor as typeof Element)('p:notesMasterIdLst'), ['sldMasterIdLst']);
    for (const c of list.getChildren('notesMasterId')) list.remove(c);
    list.c('p:notesMasterId', { 'r:id': id });
  }

  // The deck's slides.
  const sldIdLst =
    pres.getChild('sldIdLst') ?? insertAfter(pres, new (pres.constructor as typeof Element)('p:sldIdLst'), ['sldMasterIdLst', 'notesMasterIdLst', 'handoutMasterIdLst']);
  for (const c of [...sldIdLst.children]) if (typeof c !== 'string') sldIdLst.remove(c);
  let media = 0;
  let charts = 0;
  plan.slides.forEach((planned, i) => {
    const number = i + 1;
    const slidePart = `ppt/slides/slide${number}.xml`;
    const notesPart = `ppt/notesSlides/notesSlide${number}.xml`;
    // A slide of a chart or a table alone goes on the title-only layout, like key figures.
    const data = planned as PlannedSlide & DataSlide;
    const layout = layouts.choices[(data.charts?.length || data.tables?.length) && !planned.boxes.length ? 'key-figures' : planned.layout].layout;
    const rels: { id: string; type: string; target: string; external?: boolean }[] = [
      { id: 'rId1', type: T.layout, target: relative(slidePart, layout.part) },
      { id: 'rId2', type: T.notesSlide, target: relative(slidePart, notesPart) },
    ];
    const links = new Map<string, string>();
    const slideRels = {
      link(url: string): string {
        let id = links.get(url);
        if (!id) {
          id = `rId${rels.length + 1}`;
          links.set(url, id);
          rels.push({ id, type: T.hyperlink, target: url, external: true });
        }
        return id;
      },
    };
    const pictures = (planned.pictures ?? []).map((p) => {
      const name = `ppt/media/casebrief-image${++media}.${p.format === 'jpeg' ? 'jpeg' : 'png'}`;
      parts.set(name, p.data);
      const id = `rId${rels.length + 1}`;
      rels.push({ id, type: T.image, target: relative(slidePart, name) });
      return pictureXml(p, id);
    });
    // The office's own slides on this layout set a background over it (LibreOffice's templates do): so do these.
    const sample = template.samples.find((x) => x.layout === layout.part && x.background)?.background;
    let background = sample?.xml ?? '';
    for (const [rid, target] of Object.entries(sample?.images ?? {})) {
      const id = `rId${rels.length + 1}`;
      rels.push({ id, type: T.image, target: relative(slidePart, target) });
      background = background.split(`"${rid}"`).join(`"${id}"`);
    }
    const chartRels = new Map<ChartLike, string>();
    for (const chart of data.charts ?? []) {
      const name = `ppt/charts/casebrief-chart${++charts}.xml`;
      parts.set(name, chartPartXml(chart));
      addedTypes[`/${name}`] = CT.chart;
      const id = `rId${rels.length + 1}`;
      rels.push({ id, type: T.chart, target: relative(slidePart, name) });
      chartRels.set(chart, id);
    }
    parts.set(slidePart, slideXml(slideShapes(template, layout, planned, plan, slideRels, meta.lang, number, pictures, chartRels), background));
    parts.set(relsPart(slidePart), relsXml(rels));
    parts.set(notesPart, notesXml(planned.notes, meta.lang));
    parts.set(
      relsPart(notesPart),
      relsXml([
        { id: 'rId1', type: T.notesMaster, target: relative(notesPart, notesMaster!) },
        { id: 'rId2', type: T.slide, target: relative(notesPart, slidePart) },
      ]),
    );
    addedTypes[`/${slidePart}`] = CT.slide;
    addedTypes[`/${notesPart}`] = CT.notesSlide;
    const id = newRelId();
    presRels.c('Relationship', { Id: id, Type: T.slide, Target: relative('ppt/presentation.xml', slidePart) });
    sldIdLst.c('p:sldId', { id: String(256 + i), 'r:id': id });
  });
  // Custom shows and sections name the sample slides.
  const custShows = pres.getChild('custShowLst');
  if (custShows) pres.remove(custShows);
  const ext = pres.getChild('extLst');
  for (const e of ext?.getChildren('ext') ?? []) if (e.attrs.uri === SECTIONS_EXT) ext!.remove(e);
  if (ext && !ext.getChildren('ext').length) pres.remove(ext);
  parts.set('ppt/presentation.xml', serializePart(pres));
  parts.set('ppt/_rels/presentation.xml.rels', serializePart(presRels));
  parts.set('docProps/core.xml', coreXml(meta, when));
  parts.set('docProps/app.xml', appXml(meta, plan.slides.length));
  ensureRootRels(parts, xml);
  dropUnreachable(parts, xml);
  dropSampleSlideRels(parts, xml, template);
  parts.set('[Content_Types].xml', contentTypes(xml('[Content_Types].xml')!, new Set(parts.keys()), addedTypes));

  const date = new Date(Math.max(when.getTime(), DOS_EPOCH));
  const order = ['[Content_Types].xml', ...[...parts.keys()].filter((p) => p !== '[Content_Types].xml')];
  return zipPackage(
    order.map((name) => {
      const data = parts.get(name)!;
      return { name, data: typeof data === 'string' ? data : /\.(xml|rels)$/.test(name) ? decoder.decode(data) : data };
    }),
    date,
  );
}

/** The shapes of one slide: title and text in the layout's placeholders where they sit there, the rest drawn. */
function slideShapes(
  template: DeckTemplate,
  layout: TemplateLayout,
  planned: PlannedSlide,
  plan: SlidePlan,
  rels: { link(url: string): string },
  lang: string,
  number: number,
  pictures: string[],
  chartRels: ReadonlyMap<ChartLike, string>,
): string[] {
  resetIds();
  const master = template.masters[layout.master]!;
  const bulletChar = '•';
  const bodyFace = contentsOf(layout)[0]?.look.typeface ?? master.placeholders.find((p) => p.type === 'body')?.look.typeface ?? master.bodyLook.typeface ?? '+mn-lt';
  const out: string[] = [];
  // How the office's own slides on this layout set their text, over the layout's look.
  const onMaster = (x: DeckTemplate['samples'][number]) => template.layouts.find((l) => l.part === x.layout)?.master === layout.master;
  const looks = (template.samples.find((x) => x.layout === layout.part) ?? template.samples.find(onMaster))?.looks ?? {};
  const dressed = (ph: TemplatePlaceholder, look: TextLook | undefined): TemplatePlaceholder => (look ? { ...ph, look: { ...ph.look, ...look } } : ph);
  const title = dressed(titleOf(layout)!, looks.title);
  // The colour text on this layout's background takes: its own text's, else the office's slides', else its master's.
  const ink =
    contentsOf(layout)[0]?.look.colour ??
    looks.body?.colour ??
    subtitleOf(layout)?.look.colour ??
    master.placeholders.find((p) => p.type === 'body')?.look.colour ??
    master.bodyLook.colour ??
    onDark(layout.background ?? master.background);
  const palette = paletteFor(ink, title.look.colour ?? master.titleLook.colour);
  out.push(placeholderXml(title, planned.title, outerOf(title, planned.title), rels, bulletChar));
  const free = [...(subtitleOf(layout) ? [subtitleOf(layout)!] : []), ...contentsOf(layout)];
  const drawn: TextBox[] = [];
  for (const box of planned.boxes) {
    const at = free.findIndex((ph) => within(box, textArea(ph)));
    if (at >= 0 && (box.role === 'body' || box.role === 'aside' || box.role === 'subtitle' || box.role === 'small')) {
      const found = free.splice(at, 1)[0]!;
      const ph = found.type === 'subTitle' ? found : dressed(found, looks.body);
      out.push(placeholderXml(ph, box, outerOf(ph, box), rels, bulletChar));
    } else drawn.push(box);
  }
  for (const shape of planned.shapes) out.push(shapeXml(shape, palette));
  const data = planned as PlannedSlide & DataSlide;
  for (const map of data.maps ?? []) {
    for (const shape of map.shapes) out.push(pathShapeXml(shape, nextId()));
    for (const dot of map.dots) out.push(shapeXml(dot, palette));
    for (const label of map.labels) out.push(textBoxXml(label, bodyFace, rels, bulletChar, palette));
  }
  for (const table of data.tables ?? []) out.push(tableXml(table, nextId(), rels));
  for (const [chart, rel] of chartRels) out.push(chartFrameXml(chart, rel, nextId()));
  for (const box of drawn) out.push(textBoxXml(box, bodyFace, rels, bulletChar, palette));
  out.push(...pictures);
  if (LIGHT.has(planned.layout)) {
    const ftr = layout.placeholders.find((p) => p.type === 'ftr' && p.box);
    if (plan.footer) {
      if (ftr && textArea(ftr).w >= plan.footer.w - 0.01) out.push(footerXml(ftr, plan.footer, lang));
      else if (!ftr) out.push(textBoxXml(plan.footer, bodyFace, rels, bulletChar, palette));
    }
    const num = layout.placeholders.find((p) => p.type === 'sldNum' && p.box);
    if (num) out.push(footerXml(num, plan.footer, lang, number));
  }
  return out;
}

function insertAfter(parent: Element, child: Element, after: readonly string[]): Element {
  const kids = parent.children;
  let at = -1;
  kids.forEach((c, i) => {
    if (typeof c !== 'string' && after.includes(c.getName())) at = i;
  });
  child.parent = parent;
  kids.splice(at + 1, 0, child);
  return child;
}

function appXml(meta: DocumentMeta, slides: number): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    `<Company>${esc(meta.author)}</Company><Slides>${slides}</Slides><Notes>${slides}</Notes><Application>casebrief</Application></Properties>`
  );
}

/** The package's root relationships name its core and app properties. */
function ensureRootRels(parts: Map<string, string | Uint8Array>, xml: (p: string) => Element | undefined): void {
  const root = xml('_rels/.rels')!;
  const types: Record<string, string> = {
    'docProps/core.xml': 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',
    'docProps/app.xml': `${REL}/extended-properties`,
  };
  const rels = root.getChildren('Relationship');
  for (const [target, type] of Object.entries(types)) {
    if (rels.some((r) => (r.attrs.Target as string).replace(/^\//, '') === target)) continue;
    let k = rels.length;
    while (rels.some((r) => r.attrs.Id === `rId${k}`)) k++;
    root.c('Relationship', { Id: `rId${k}`, Type: type, Target: target });
  }
  parts.set('_rels/.rels', serializePart(root));
}

/** Leaves out every part no relationship reaches from the package's root (what only the sample slides used). */
function dropUnreachable(parts: Map<string, string | Uint8Array>, xml: (p: string) => Element | undefined): void {
  const reached = new Set<string>();
  const visit = (part: string) => {
    if (reached.has(part) || !parts.has(part)) return;
    reached.add(part);
    const rels = relsPart(part);
    if (!parts.has(rels)) return;
    reached.add(rels);
    for (const r of xml(rels)?.getChildren('Relationship') ?? []) {
      if (r.attrs.TargetMode === 'External') continue;
      const target = r.attrs.Target as string;
      visit(target.startsWith('/') ? target.slice(1) : path.posix.normalize(path.posix.join(path.posix.dirname(part), target)));
    }
  };
  reached.add('_rels/.rels');
  for (const r of xml('_rels/.rels')?.getChildren('Relationship') ?? []) if (r.attrs.TargetMode !== 'External') visit((r.attrs.Target as string).replace(/^\//, ''));
  for (const name of [...parts.keys()]) if (name !== '[Content_Types].xml' && !reached.has(name)) parts.delete(name);
}

/**
 * Relationships of the template's kept parts to its sample slides (PowerPoint's viewProps.xml lists
 * slides in its outline view) go, and so do the lists that named them: the slides of those names now
 * are casebrief's.
 */
function dropSampleSlideRels(parts: Map<string, string | Uint8Array>, xml: (p: string) => Element | undefined, template: DeckTemplate): void {
  const own = [...template.parts.keys()].filter(
    (n) => n.endsWith('.rels') && n !== '_rels/.rels' && n !== 'ppt/_rels/presentation.xml.rels' && !/^ppt\/(slides|notesSlides)\//.test(n) && parts.has(n),
  );
  for (const name of own) {
    const root = xml(name);
    if (!root) continue;
    const owner = name.replace(/_rels\/([^/]+)\.rels$/, '$1');
    const samples = root.getChildren('Relationship').filter((r) => r.attrs.TargetMode !== 'External' && r.attrs.Type === T.slide);
    if (!samples.length) continue;
    for (const r of samples) root.remove(r);
    parts.set(name, serializePart(root));
    const part = xml(owner);
    if (!part) continue;
    const ids = new Set(samples.map((r) => r.attrs.Id as string));
    const strip = (el: Element): void => {
      for (const child of [...el.children]) {
        if (typeof child === 'string') continue;
        if (child.getName() === 'sldLst' || Object.entries(child.attrs).some(([k, v]) => k.endsWith(':id') && ids.has(v as string))) el.remove(child);
        else strip(child);
      }
    };
    strip(part);
    parts.set(owner, serializePart(part));
  }
}

function contentTypes(root: Element, names: ReadonlySet<string>, added: Readonly<Record<string, string>>): string {
  for (const o of root.getChildren('Override')) {
    const part = (o.attrs.PartName as string).slice(1);
    if (!names.has(part)) root.remove(o);
    else if (part === 'ppt/presentation.xml') o.attrs.ContentType = CT.main;
  }
  const overridden = new Set(root.getChildren('Override').map((o) => o.attrs.PartName as string));
  for (const [name, type] of Object.entries(added)) if (!overridden.has(name)) root.c('Override', { PartName: name, ContentType: type });
  if (!overridden.has('/docProps/app.xml')) root.c('Override', { PartName: '/docProps/app.xml', ContentType: CT.app });
  if (!overridden.has('/docProps/core.xml')) root.c('Override', { PartName: '/docProps/core.xml', ContentType: CT.core });
  const defaults = new Set(root.getChildren('Default').map((d) => (d.attrs.Extension as string).toLowerCase()));
  const need: Record<string, string> = { png: 'image/png', jpeg: 'image/jpeg', rels: 'application/vnd.openxmlformats-package.relationships+xml', xml: 'application/xml' };
  for (const [ext, type] of Object.entries(need)) {
    if (defaults.has(ext) || ![...names].some((n) => n.toLowerCase().endsWith(`.${ext}`))) continue;
    // Defaults come before overrides in the schema's order.
    const d = new (root.constructor as typeof Element)('Default', { Extension: ext, ContentType: type });
    d.parent = root;
    root.children.unshift(d);
  }
  return serializePart(root);
}

/** White for text on a dark solid background that sets no text colour of its own; else none (the theme's text colour). */
function onDark(background: string | undefined): string | undefined {
  if (!background) return undefined;
  const [r, g, b] = [0, 2, 4].map((i) => Number.parseInt(background.slice(i, i + 2), 16) / 255);
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b! < 0.4 ? 'FFFFFF' : undefined;
}
