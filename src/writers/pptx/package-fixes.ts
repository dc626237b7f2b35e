import { Element, parse, type ParserOptions } from 'ltx';
import LtxParser from 'ltx/src/parsers/ltx.js';
import SaxesAdapter from 'ltx/src/parsers/saxes.js';
import { theme } from '../../theme.js';
import type { DocumentMeta } from '../../model/document.js';
import { isEastAsian } from './measure-text.js';
import { EAST_ASIAN_LANG } from './text-runs.js';

/**
 * Fixes for the parts pptxgenjs 4.0.1 writes, as edits of parsed XML (an ltx element tree;
 * elements are matched by local name and namespace URI, whatever prefix a part uses). Each
 * takes a part's root element and edits it in place; `fixPackage` decides which part gets which.
 */

/** The namespaces of the elements we edit. */
export const NS = {
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  p: 'http://schemas.openxmlformats.org/presentationml/2006/main',
  types: 'http://schemas.openxmlformats.org/package/2006/content-types',
  rels: 'http://schemas.openxmlformats.org/package/2006/relationships',
} as const;

/** The declaration every part of a package starts with, as Office and pptxgenjs write it. */
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';
/** The slide number placeholder's index on pptxgenjs's notes master, which notes slides must name. */
const NOTES_SLIDE_NUMBER_IDX = '5';
const BULLET_CHAR = '\u25A0';
/** ltx's saxes adapter; @types/ltx describes the module as CommonJS, so its default export is typed as the module. */
const SAXES = SaxesAdapter as unknown as ParserOptions['Parser'];
const LTX = LtxParser as unknown as ParserOptions['Parser'];

/** Parses a part's text after its XML declaration (left to `serializePart`, which writes it back) with `Parser`; an error names the part. */
function parseWith(Parser: ParserOptions['Parser'], name: string, xml: string): Element {
  const body = xml.startsWith('<?xml') ? xml.slice(xml.indexOf('?>') + 2) : xml;
  try {
    return parse(body, { Parser });
  } catch (err) {
    throw new Error(`${name}: ${(err as Error).message}`, { cause: err });
  }
}

/** Parses a part with saxes (a conforming parser: XML that is not well-formed throws, naming the part). */
export const parsePart = (name: string, xml: string): Element => parseWith(SAXES, name, xml);

/**
 * Parses a part that casebrief itself had written (through pptxgenjs), or that `parsePart`
 * already read: ltx's own parser, three times as fast as saxes, which checks less. Such text
 * is well-formed by construction: pptxgenjs escapes the markup characters, and the loader lets
 * no character into a case study that XML cannot hold.
 */
export const parseWrittenPart = (name: string, xml: string): Element => parseWith(LTX, name, xml);

/** A part's root element as text again, after the XML declaration. */
export function serializePart(root: Element): string {
  return DECLARATION + root.toString();
}

/** Elements named `local` in namespace `ns` at or under `root`, in document order. */
function elements(root: Element, ns: string, local: string): Element[] {
  const out: Element[] = [];
  const visit = (el: Element): void => {
    if (el.is(local, ns)) out.push(el);
    for (const child of el.children) if (typeof child !== 'string') visit(child);
  };
  visit(root);
  return out;
}

/** The child elements of `parent` named `local` in namespace `ns`. */
function children(parent: Element, ns: string, local: string): Element[] {
  return parent.getChildren(local, ns);
}

/** A new element `local` in the namespace of `like`, with its prefix (so it is bound wherever `like` is). */
function sibling(like: Element, local: string, attrs: Record<string, string> = {}): Element {
  const colon = like.name.indexOf(':');
  return new Element(colon >= 0 ? `${like.name.slice(0, colon)}:${local}` : local, attrs);
}

/** Inserts `child` into `parent` at `index` of its children (text included). */
function insertAt(parent: Element, child: Element, index: number): void {
  parent.children.splice(index, 0, child);
  child.parent = parent;
}

/** presentation.xml: the schema wants notesMasterIdLst right after sldMasterIdLst; pptxgenjs puts it after sldIdLst. */
export function fixPresentation(root: Element): void {
  const [masters] = children(root, NS.p, 'sldMasterIdLst');
  const [notes] = children(root, NS.p, 'notesMasterIdLst');
  if (!masters || !notes) return;
  root.remove(notes);
  insertAt(root, notes, root.children.indexOf(masters) + 1);
}

/** [Content_Types].xml: one Override per part, none for parts that are not in the package (#1444), one Default per extension, plus any we add. */
export function fixContentTypes(root: Element, parts: ReadonlySet<string>, extra: Readonly<Record<string, string>> = {}): void {
  const seen = new Set<string>();
  for (const override of children(root, NS.types, 'Override')) {
    const name = String(override.attrs.PartName ?? '');
    if (seen.has(name) || !parts.has(name.replace(/^\//, ''))) root.remove(override);
    else seen.add(name);
  }
  const extensions = new Set<string>();
  for (const fallback of children(root, NS.types, 'Default')) {
    const ext = String(fallback.attrs.Extension ?? '').toLowerCase();
    if (extensions.has(ext)) root.remove(fallback);
    else extensions.add(ext);
  }
  for (const [name, type] of Object.entries(extra)) {
    if (!seen.has(name)) root.cnode(sibling(root, 'Override', { PartName: name, ContentType: type }));
  }
}

/**
 * Slides, layouts and masters: pptxgenjs names one font for every script and repeats the
 * paragraph properties before each run of a paragraph (which the schema rejects). Keep the
 * first pPr of each paragraph, give the East Asian slot its own font (theme references such
 * as `+mn-ea` stay: the theme names it), colour the square bullets and make shape ids unique.
 */
export function fixSlide(root: Element): void {
  for (const p of elements(root, NS.a, 'p')) {
    for (const extra of children(p, NS.a, 'pPr').slice(1)) p.remove(extra);
  }
  for (const ea of elements(root, NS.a, 'ea')) {
    if (!String(ea.attrs.typeface ?? '').startsWith('+')) ea.attr('typeface', theme.font.deck.eastAsian);
  }
  for (const bullet of elements(root, NS.a, 'buChar')) {
    if (bullet.attrs.char === BULLET_CHAR) colourBullet(bullet);
  }
  uniqueShapeIds(root);
}

/** A square bullet in the accent colour at 80 % of the text size (pptxgenjs writes it at 100 %, in the text colour). */
function colourBullet(bullet: Element): void {
  const pPr = bullet.parent;
  if (!pPr || children(pPr, NS.a, 'buClr').length) return;
  const [size] = children(pPr, NS.a, 'buSzPct');
  // Schema order: buClr, then the bullet size, then the font and the character.
  const colour = sibling(bullet, 'buClr');
  colour.cnode(sibling(bullet, 'srgbClr', { val: theme.colour.accent }));
  insertAt(pPr, colour, pPr.children.indexOf(size ?? bullet));
  if (size) size.attr('val', '80000');
  else insertAt(pPr, sibling(bullet, 'buSzPct', { val: '80000' }), pPr.children.indexOf(bullet));
}

/** Shape ids unique in the part: the first of each id keeps it, later ones take the lowest free number. */
function uniqueShapeIds(root: Element): void {
  const used = new Set<number>();
  let next = 1;
  for (const shape of elements(root, NS.p, 'cNvPr')) {
    const id = Number(shape.attrs.id);
    if (!used.has(id)) {
      used.add(id);
      continue;
    }
    while (used.has(next)) next++;
    used.add(next);
    shape.attr('id', String(next));
  }
}

/** Theme: the deck's Latin and East Asian fonts in both the heading and body fonts. */
export function fixTheme(root: Element): void {
  for (const fonts of [...elements(root, NS.a, 'majorFont'), ...elements(root, NS.a, 'minorFont')]) {
    children(fonts, NS.a, 'latin')[0]?.attr('typeface', theme.font.deck.latin);
    children(fonts, NS.a, 'ea')[0]?.attr('typeface', theme.font.deck.eastAsian);
  }
}

/** The notes body of a notes slide: one paragraph per note, each run in its language (and so font slot). */
function notesParagraphs(like: Element, notes: readonly string[], lang: string): Element[] {
  if (!notes.length) {
    const p = sibling(like, 'p');
    p.cnode(sibling(like, 'endParaRPr', { lang, dirty: '0' }));
    return [p];
  }
  return notes.map((note) => {
    const p = sibling(like, 'p');
    for (const run of scriptRuns(note)) {
      const r = p.cnode(sibling(like, 'r'));
      r.cnode(sibling(like, 'rPr', { lang: run.ea ? EAST_ASIAN_LANG : lang, dirty: '0' }));
      r.cnode(sibling(like, 't')).t(run.text);
    }
    return p;
  });
}

/** Splits a note where it changes between East Asian and other script; spaces, punctuation and digits stay with East Asian text. */
function scriptRuns(text: string): { ea: boolean; text: string }[] {
  const runs: { ea: boolean; text: string }[] = [];
  for (const ch of text) {
    const ea = isEastAsian(ch.codePointAt(0) ?? 32) || (/[\s\p{P}\p{N}]/u.test(ch) && runs.at(-1)?.ea === true);
    const last = runs.at(-1);
    if (last && last.ea === ea) last.text += ch;
    else runs.push({ ea, text: ch });
  }
  return runs;
}

/**
 * A notes slide: pptxgenjs's single-run notes body replaced by our paragraphs, and its slide
 * number placeholder pointed at the notes master's.
 */
export function fixNotesSlide(root: Element, notes: readonly string[], lang: string): void {
  for (const ph of elements(root, NS.p, 'ph')) {
    const type = ph.attrs.type;
    if (type === 'sldNum') ph.attr('idx', NOTES_SLIDE_NUMBER_IDX);
    if (type !== 'body') continue;
    // p:ph sits in p:nvPr, in p:nvSpPr, in the p:sp whose p:txBody holds the notes.
    const shape = ph.parent?.parent?.parent;
    const [body] = shape ? children(shape, NS.p, 'txBody') : [];
    if (!body) continue;
    const old = children(body, NS.a, 'p');
    for (const p of old) body.remove(p);
    // New DrawingML elements take the prefix of the body's own (bodyPr), bound in every notes slide.
    const like = children(body, NS.a, 'bodyPr')[0] ?? old[0];
    if (!like) continue;
    for (const p of notesParagraphs(like, notes, lang)) body.cnode(p);
  }
}

/** A relationships part: every relationship to `from` goes to `to` instead. */
export function retarget(root: Element, from: string, to: string): void {
  for (const rel of children(root, NS.rels, 'Relationship')) {
    if (rel.attrs.Target === from) rel.attr('Target', to);
  }
}

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** docProps/core.xml with the document's metadata and a fixed time. */
export function coreXml(meta: DocumentMeta, when: Date): string {
  const stamp = when.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return (
    DECLARATION +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(meta.title)}</dc:title>` +
    `<dc:subject>${escapeXml(meta.subject)}</dc:subject>` +
    `<dc:creator>${escapeXml(meta.author)}</dc:creator>` +
    `<cp:keywords>${escapeXml(meta.keywords.join('; '))}</cp:keywords>` +
    `<dc:language>${escapeXml(meta.lang)}</dc:language>` +
    `<cp:lastModifiedBy>${escapeXml(meta.author)}</cp:lastModifiedBy>` +
    '<cp:revision>1</cp:revision>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}
