import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Element } from 'ltx';
import { NS, parsePart } from '../../writers/pptx/package-fixes.js';
import { unzipPackage } from '../../writers/pptx/zip-package.js';

/**
 * Reads an organisation's PowerPoint template (.potx or .pptx) from its bytes: slide size,
 * masters, layouts and their placeholders (geometry inherited from the master where a layout
 * leaves it out), theme colours and fonts. Reads no file; what is wrong is a `DeckTemplateError`.
 */

/** Inches, from the slide's top left corner. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** How text in a placeholder looks when the template says so (size in points, colour as hex). */
export interface TextLook {
  typeface?: string;
  size?: number;
  bold?: boolean;
  colour?: string;
}

/** One placeholder of a layout or master. */
export interface TemplatePlaceholder {
  /** The `type` of its `<p:ph>`, `obj` when it has none (the default). */
  type: string;
  idx?: string;
  /** The shape's name in the layout. */
  name: string;
  /** Its box, from the layout or else from the master's placeholder of the same kind. */
  box?: Box;
  /** Text insets, inches. */
  insets: { l: number; t: number; r: number; b: number };
  look: TextLook;
}

export interface TemplateLayout {
  /** Part name, e.g. `ppt/slideLayouts/slideLayout2.xml`. */
  part: string;
  name: string;
  /** The layout's `type` attribute (title, obj, secHead, titleOnly, twoObj, …), if any. */
  type?: string;
  /** Index of its master in `DeckTemplate.masters`. */
  master: number;
  placeholders: TemplatePlaceholder[];
  /** Pictures drawn on the layout itself (logos). */
  pictures: number;
  /** Its own solid background colour (hex), if it sets one. */
  background?: string;
}

export interface TemplateMaster {
  part: string;
  name: string;
  layouts: TemplateLayout[];
  placeholders: TemplatePlaceholder[];
  pictures: number;
  /** The master's solid background colour (hex), if it has one. */
  background?: string;
  /** The master's title and body text styles (its txStyles), first level. */
  titleLook: TextLook;
  bodyLook: TextLook;
}

export interface DeckTemplate {
  /** File name it was read from, for messages. */
  file: string;
  kind: 'template' | 'presentation';
  slide: { w: number; h: number };
  masters: TemplateMaster[];
  /** Every layout of every master, in master order. */
  layouts: TemplateLayout[];
  /** The theme's fonts (latin) and colours (hex by scheme name: dk1, lt1, accent1, …). */
  fonts: { major?: string; minor?: string };
  colours: Record<string, string>;
  /** How many slides the template holds (sample slides, left out of a deck). */
  sampleSlides: number;
  /** The layouts its sample slides use, in order, with a background a sample slide sets over its layout's. */
  samples: SampleSlide[];
  /** Every part of the package, as bytes. */
  parts: Map<string, Uint8Array>;
}

/** What a sample slide of the template says about how the office uses it. */
export interface SampleSlide {
  layout: string;
  /** The slide's own `<p:bg>` (as XML, standard prefixes) and the parts its pictures are in, by relationship id. */
  background?: { xml: string; images: Record<string, string> };
  /** How its title and text look where the slide sets that itself (over the layout's). */
  looks: { title?: TextLook; body?: TextLook };
}

/** A template that cannot be used, with how to fix it. */
export class DeckTemplateError extends Error {
  readonly file: string;
  readonly hint: string;
  constructor(file: string, message: string, hint: string) {
    super(`${file}: ${message}; ${hint}`);
    this.name = 'DeckTemplateError';
    this.file = file;
    this.hint = hint;
  }
}

export const EMU = 914400;
const MAIN_TYPES: Record<string, DeckTemplate['kind']> = {
  'application/vnd.openxmlformats-officedocument.presentationml.template.main+xml': 'template',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml': 'presentation',
  'application/vnd.openxmlformats-officedocument.presentationml.slideshow.main+xml': 'presentation',
};
const MACRO_TYPE = /macroEnabled/;
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const OFFICE_DOCUMENT = `${REL}/officeDocument`;

/** Templates read in this process, by their bytes' hash and name: a batch reads the same file for every case study. */
const cache = new Map<string, Promise<DeckTemplate>>();
const CACHE_LIMIT = 8;

/** Reads a template once per content (a batch or a watch reuses it). */
export function readDeckTemplate(bytes: Uint8Array, file = 'the deck template'): Promise<DeckTemplate> {
  const key = `${createHash('sha256').update(bytes).digest('hex')}\0${file}`;
  let known = cache.get(key);
  if (!known) {
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
    known = read(bytes, file);
    cache.set(key, known);
    // A template that failed is read again next time (the error is cheap to make again).
    known.catch(() => cache.delete(key));
  }
  return known;
}

const SAVE_AS = 'open it in PowerPoint or LibreOffice Impress and save it as a PowerPoint template (.potx) or presentation (.pptx)';

async function read(bytes: Uint8Array, file: string): Promise<DeckTemplate> {
  const name = path.basename(file);
  const fail = (message: string, hint = SAVE_AS) => new DeckTemplateError(file, message, hint);
  if (bytes.length >= 8 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
    throw fail(
      'is an OLE compound file: a presentation protected with a password (encrypted), or an old binary PowerPoint file (.ppt/.pot)',
      'remove the password (File › Info › Protect Presentation) or save it as a .potx or .pptx',
    );
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw fail('is not a PowerPoint template: a .potx or .pptx file is a zip package, and this is not one');
  let parts: Map<string, Uint8Array>;
  try {
    parts = unzipPackage(bytes);
  } catch (err) {
    throw fail(`cannot be read as a zip package (${(err as Error).message})`);
  }
  const text = (part: string): string | undefined => {
    const data = parts.get(part);
    return data ? new TextDecoder().decode(data) : undefined;
  };
  const xml = (part: string): Element | undefined => {
    const source = text(part);
    if (source === undefined) return undefined;
    try {
      return parsePart(part, source);
    } catch (err) {
      throw fail(`its part ${part} is not well-formed XML (${(err as Error).message})`);
    }
  };
  const types = xml('[Content_Types].xml');
  if (!types) throw fail(`has no [Content_Types].xml: it is a zip file, but not an Office document (${name})`);
  const rootRels = xml('_rels/.rels');
  const mainTarget = rootRels?.getChildren('Relationship').find((r) => r.attrs.Type === OFFICE_DOCUMENT)?.attrs.Target as string | undefined;
  if (!mainTarget) throw fail('names no main document part (_rels/.rels): it is not an Office document');
  const main = mainTarget.replace(/^\//, '');
  const mainType = types.getChildren('Override').find((o) => o.attrs.PartName === `/${main}`)?.attrs.ContentType as string | undefined;
  if (mainType && MACRO_TYPE.test(mainType))
    throw fail('is a macro-enabled template (.potm/.pptm): casebrief does not carry macros', 'save it as a PowerPoint template (.potx) without macros');
  const kind = mainType ? MAIN_TYPES[mainType] : undefined;
  if (!kind)
    throw fail(`is an Office document but not a presentation (its main part is ${mainType ?? 'of no known type'})`, 'give a PowerPoint template (.potx) or presentation (.pptx)');
  if (main !== 'ppt/presentation.xml') throw fail(`keeps its presentation in ${main}, not ppt/presentation.xml`, SAVE_AS);
  const pres = xml(main)!;
  const presRels = relsOf(main, xml);
  const size = pres.getChild('sldSz');
  const slide = { w: Number(size?.attrs.cx ?? 12192000) / EMU, h: Number(size?.attrs.cy ?? 6858000) / EMU };
  const masterIds = pres.getChild('sldMasterIdLst')?.getChildren('sldMasterId') ?? [];
  const sampleIds = pres.getChild('sldIdLst')?.getChildren('sldId') ?? [];
  const sampleSlides = sampleIds.length;
  const samples: SampleSlide[] = [];
  for (const id of sampleIds) {
    const part = presRels.get(id.attrs['r:id'] as string);
    const root = part ? xml(part) : undefined;
    if (!part || !root) continue;
    const rels = relsOf(part, xml);
    const layout = [...rels.values()].find((t) => /slideLayouts\/[^/]+\.xml$/.test(t));
    if (!layout) continue;
    const bg = root.getChild('cSld')?.getChild('bg');
    const standard = root.attrs['xmlns:a'] === NS.a && root.attrs['xmlns:p'] === NS.p && root.attrs['xmlns:r'] === REL;
    let background: SampleSlide['background'];
    if (bg && standard) {
      const images: Record<string, string> = {};
      const text = bg.toString();
      for (const [, rid] of text.matchAll(/r:(?:embed|link|id)="([^"]+)"/g)) if (rels.has(rid!)) images[rid!] = rels.get(rid!)!;
      background = { xml: text, images };
    }
    const looks: SampleSlide['looks'] = {};
    for (const sp of root.getChild('cSld')?.getChild('spTree')?.getChildren('sp') ?? []) {
      const ph = sp.getChild('nvSpPr')?.getChild('nvPr')?.getChild('ph');
      if (!ph) continue;
      const type = (ph.attrs.type as string | undefined) ?? 'obj';
      const first = sp.getChild('txBody')?.getChildren('p')[0];
      const look = lookOf(first?.getChild('r')?.getChild('rPr') ?? first?.getChild('endParaRPr'));
      if (type === 'title' || type === 'ctrTitle') looks.title ??= look;
      else if (type === 'body' || type === 'obj' || type === 'subTitle') looks.body ??= look;
    }
    samples.push({ layout, ...(background ? { background } : {}), looks });
  }
  const masters: TemplateMaster[] = [];
  let theme: Element | undefined;
  for (const id of masterIds) {
    const part = presRels.get(id.attrs['r:id'] as string);
    const root = part ? xml(part) : undefined;
    if (!part || !root) continue;
    const rels = relsOf(part, xml);
    const themePart = [...rels.entries()].find(([, target]) => /\/theme\/[^/]+\.xml$/.test(target))?.[1];
    if (!theme && themePart) theme = xml(themePart);
    const txStyles = root.getChild('txStyles');
    const master: TemplateMaster = {
      part,
      name: root.getChild('cSld')?.attrs.name || `master ${masters.length + 1}`,
      layouts: [],
      placeholders: placeholders(root, []),
      pictures: countPictures(root),
      ...solidBackground(root),
      titleLook: lookOf(txStyles?.getChild('titleStyle')?.getChild('lvl1pPr')?.getChild('defRPr')),
      bodyLook: lookOf(txStyles?.getChild('bodyStyle')?.getChild('lvl1pPr')?.getChild('defRPr')),
    };
    const layoutIds = root.getChild('sldLayoutIdLst')?.getChildren('sldLayoutId') ?? [];
    for (const lid of layoutIds) {
      const lpart = rels.get(lid.attrs['r:id'] as string);
      const lroot = lpart ? xml(lpart) : undefined;
      if (!lpart || !lroot) continue;
      master.layouts.push({
        part: lpart,
        name: lroot.getChild('cSld')?.attrs.name ?? path.basename(lpart, '.xml'),
        type: lroot.attrs.type as string | undefined,
        master: masters.length,
        placeholders: placeholders(lroot, master.placeholders),
        pictures: countPictures(lroot),
        ...solidBackground(lroot),
      });
    }
    masters.push(master);
  }
  if (!masters.length) throw fail('has no slide master', SAVE_AS);
  const layouts = masters.flatMap((m) => m.layouts);
  if (!layouts.length) throw fail('has no slide layouts: a deck needs at least one layout with a title', 'add layouts in the slide master view and save it again');
  const fontScheme = theme?.getChild('themeElements')?.getChild('fontScheme');
  const fonts = {
    major: fontScheme?.getChild('majorFont')?.getChild('latin')?.attrs.typeface as string | undefined,
    minor: fontScheme?.getChild('minorFont')?.getChild('latin')?.attrs.typeface as string | undefined,
  };
  const colours: Record<string, string> = {};
  for (const c of theme?.getChild('themeElements')?.getChild('clrScheme')?.children ?? []) {
    if (typeof c === 'string') continue;
    const value = c.getChild('srgbClr')?.attrs.val ?? c.getChild('sysClr')?.attrs.lastClr;
    if (typeof value === 'string') colours[c.getName()] = value.toUpperCase();
  }
  return { file, kind, slide, masters, layouts, fonts, colours, sampleSlides, samples, parts };
}

/** A part's relationships: id → target part name (internal targets only). */
export function relsOf(part: string, xml: (part: string) => Element | undefined): Map<string, string> {
  const dir = path.posix.dirname(part);
  const rels = xml(`${dir}/_rels/${path.posix.basename(part)}.rels`);
  const out = new Map<string, string>();
  for (const r of rels?.getChildren('Relationship') ?? []) {
    if (r.attrs.TargetMode === 'External') continue;
    const target = r.attrs.Target as string;
    out.set(r.attrs.Id as string, target.startsWith('/') ? target.slice(1) : path.posix.normalize(path.posix.join(dir, target)));
  }
  return out;
}

function countPictures(root: Element): number {
  let n = 0;
  const visit = (el: Element) => {
    if (el.is('pic', NS.p)) n++;
    if (el.is('blipFill', NS.p) || el.is('blipFill', NS.a)) n += el.parent?.parent?.is('bgPr', NS.p) ? 1 : 0;
    for (const c of el.children) if (typeof c !== 'string') visit(c);
  };
  visit(root);
  return n;
}

/** The `<p:sp>` placeholders of a layout or master, completed from the master's (`inherit`). */
function placeholders(root: Element, inherit: readonly TemplatePlaceholder[]): TemplatePlaceholder[] {
  const tree = root.getChild('cSld')?.getChild('spTree');
  const out: TemplatePlaceholder[] = [];
  for (const sp of tree?.getChildren('sp') ?? []) {
    const nv = sp.getChild('nvSpPr');
    const ph = nv?.getChild('nvPr')?.getChild('ph');
    if (!ph) continue;
    const type = (ph.attrs.type as string | undefined) ?? 'obj';
    const idx = ph.attrs.idx as string | undefined;
    const parent = inherit.find((p) => p.type === type && idx !== undefined && p.idx === idx) ?? inherit.find((p) => sameKind(p.type, type));
    const xfrm = sp.getChild('spPr')?.getChild('xfrm');
    const off = xfrm?.getChild('off');
    const ext = xfrm?.getChild('ext');
    const box = off && ext ? { x: Number(off.attrs.x) / EMU, y: Number(off.attrs.y) / EMU, w: Number(ext.attrs.cx) / EMU, h: Number(ext.attrs.cy) / EMU } : parent?.box;
    const bodyPr = sp.getChild('txBody')?.getChild('bodyPr');
    const inset = (attr: string, fallback: number) => (bodyPr?.attrs[attr] !== undefined ? Number(bodyPr.attrs[attr]) / EMU : fallback);
    const base = parent?.insets ?? { l: 0.1, t: 0.05, r: 0.1, b: 0.05 };
    const txBody = sp.getChild('txBody');
    const firstRun = txBody?.getChildren('p')[0];
    const look = {
      ...parent?.look,
      ...lookOf(firstRun?.getChild('endParaRPr') ?? firstRun?.getChild('r')?.getChild('rPr')),
      ...lookOf(txBody?.getChild('lstStyle')?.getChild('lvl1pPr')?.getChild('defRPr')),
    };
    out.push({
      type,
      ...(idx !== undefined ? { idx } : {}),
      name: nv?.getChild('cNvPr')?.attrs.name ?? type,
      ...(box ? { box } : {}),
      insets: { l: inset('lIns', base.l), t: inset('tIns', base.t), r: inset('rIns', base.r), b: inset('bIns', base.b) },
      look,
    });
  }
  return out;
}

/** Title-like, body-like or the same type: what a layout placeholder inherits from the master's. */
function sameKind(a: string, b: string): boolean {
  const kind = (t: string) => (t === 'ctrTitle' || t === 'title' ? 'title' : t === 'subTitle' || t === 'body' || t === 'obj' ? 'body' : t);
  return kind(a) === kind(b);
}

function lookOf(rPr: Element | undefined): TextLook {
  if (!rPr) return {};
  const look: TextLook = {};
  const typeface = rPr.getChild('latin')?.attrs.typeface as string | undefined;
  if (typeface) look.typeface = typeface;
  if (rPr.attrs.sz !== undefined) look.size = Number(rPr.attrs.sz) / 100;
  if (rPr.attrs.b !== undefined) look.bold = rPr.attrs.b === '1' || rPr.attrs.b === 'true';
  const colour = rPr.getChild('solidFill')?.getChild('srgbClr')?.attrs.val as string | undefined;
  if (colour) look.colour = colour.toUpperCase();
  return look;
}

/** A slide, layout or master's own background when it is one solid colour given as hex. */
function solidBackground(root: Element): { background?: string } {
  const colour = root.getChild('cSld')?.getChild('bg')?.getChild('bgPr')?.getChild('solidFill')?.getChild('srgbClr')?.attrs.val as string | undefined;
  return colour ? { background: colour.toUpperCase() } : {};
}
