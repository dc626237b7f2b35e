import { DOMParser, MIME_TYPE, XMLSerializer, type Document, type Element, type Node } from '@xmldom/xmldom';
import { theme } from '../../theme.js';
import type { DocumentMeta } from '../../model/document.js';
import { isEastAsian } from './measure-text.js';
import { EAST_ASIAN_LANG } from './text-runs.js';

/**
 * Fixes for the parts pptxgenjs 4.0.1 writes, as edits of parsed XML. Each takes a part's
 * document and edits it in place; `fixPackage` decides which part gets which.
 */

/** The namespaces of the elements we edit. */
export const NS = {
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  p: 'http://schemas.openxmlformats.org/presentationml/2006/main',
  types: 'http://schemas.openxmlformats.org/package/2006/content-types',
  rels: 'http://schemas.openxmlformats.org/package/2006/relationships',
} as const;

const ELEMENT_NODE = 1;
/** The slide number placeholder's index on pptxgenjs's notes master, which notes slides must name. */
const NOTES_SLIDE_NUMBER_IDX = '5';
const BULLET_CHAR = '\u25A0';

/** Parses a part; XML that does not parse is a defect of ours or of pptxgenjs, and throws. */
export function parsePart(name: string, xml: string): Document {
  const parser = new DOMParser({
    // No line and column on every node: nothing reads them, and tracking them costs.
    locator: false,
    onError: (level, message) => {
      // Warnings are recoveries xmldom makes (or a U+FFFD in the text); the serialized part is well-formed either way.
      if (level !== 'warning') throw new Error(`${name}: ${message}`);
    },
  });
  return parser.parseFromString(xml, MIME_TYPE.XML_APPLICATION);
}

/** A part's document as text again, its XML declaration included. */
export function serializePart(doc: Document): string {
  return new XMLSerializer().serializeToString(doc);
}

/** Elements named `local` in namespace `ns` under `root`, in document order, as a fixed list. */
function elements(root: Document | Element, ns: string, local: string): Element[] {
  return [...root.getElementsByTagNameNS(ns, local)];
}

/** The child elements of `parent` named `local` in namespace `ns`. */
function children(parent: Element, ns: string, local: string): Element[] {
  const out: Element[] = [];
  for (let n: Node | null = parent.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === ELEMENT_NODE && n.namespaceURI === ns && (n as Element).localName === local) out.push(n as Element);
  }
  return out;
}

/** A new element in `ns` with the given attributes, for `doc`. */
function element(doc: Document, ns: string, qualifiedName: string, attributes: Record<string, string> = {}, ...content: Element[]): Element {
  const el = doc.createElementNS(ns, qualifiedName);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  for (const child of content) el.appendChild(child);
  return el;
}

/** presentation.xml: the schema wants notesMasterIdLst right after sldMasterIdLst; pptxgenjs puts it after sldIdLst. */
export function fixPresentation(doc: Document): void {
  const root = doc.documentElement;
  if (!root) return;
  const [masters] = children(root, NS.p, 'sldMasterIdLst');
  const [notes] = children(root, NS.p, 'notesMasterIdLst');
  if (masters && notes) root.insertBefore(notes, masters.nextSibling);
}

/** [Content_Types].xml: one Override per part, none for parts that are not in the package (#1444), one Default per extension, plus any we add. */
export function fixContentTypes(doc: Document, parts: ReadonlySet<string>, extra: Readonly<Record<string, string>> = {}): void {
  const root = doc.documentElement;
  if (!root) return;
  const seen = new Set<string>();
  for (const override of children(root, NS.types, 'Override')) {
    const name = override.getAttribute('PartName') ?? '';
    if (seen.has(name) || !parts.has(name.replace(/^\//, ''))) root.removeChild(override);
    else seen.add(name);
  }
  const extensions = new Set<string>();
  for (const fallback of children(root, NS.types, 'Default')) {
    const ext = (fallback.getAttribute('Extension') ?? '').toLowerCase();
    if (extensions.has(ext)) root.removeChild(fallback);
    else extensions.add(ext);
  }
  for (const [name, type] of Object.entries(extra)) {
    if (!seen.has(name)) root.appendChild(element(doc, NS.types, 'Override', { PartName: name, ContentType: type }));
  }
}

/**
 * Slides, layouts and masters: pptxgenjs names one font for every script and repeats the
 * paragraph properties before each run of a paragraph (which the schema rejects). Keep the
 * first pPr of each paragraph, give the East Asian slot its own font (theme references such
 * as `+mn-ea` stay: the theme names it), colour the square bullets and make shape ids unique.
 */
export function fixSlide(doc: Document): void {
  for (const p of elements(doc, NS.a, 'p')) {
    for (const extra of children(p, NS.a, 'pPr').slice(1)) p.removeChild(extra);
  }
  for (const ea of elements(doc, NS.a, 'ea')) {
    if (!ea.getAttribute('typeface')?.startsWith('+')) ea.setAttribute('typeface', theme.font.deck.eastAsian);
  }
  for (const bullet of elements(doc, NS.a, 'buChar')) {
    if (bullet.getAttribute('char') === BULLET_CHAR) colourBullet(doc, bullet);
  }
  uniqueShapeIds(doc);
}

/** A square bullet in the accent colour at 80 % of the text size (pptxgenjs writes it at 100 %, in the text colour). */
function colourBullet(doc: Document, bullet: Element): void {
  const pPr = bullet.parentNode as Element | null;
  if (!pPr || children(pPr, NS.a, 'buClr').length) return;
  const [size] = children(pPr, NS.a, 'buSzPct');
  // Schema order: buClr, then the bullet size, then the font and the character.
  const colour = element(doc, NS.a, 'a:buClr', {}, element(doc, NS.a, 'a:srgbClr', { val: theme.colour.accent }));
  pPr.insertBefore(colour, size ?? bullet);
  if (size) size.setAttribute('val', '80000');
  else pPr.insertBefore(element(doc, NS.a, 'a:buSzPct', { val: '80000' }), bullet);
}

/** Shape ids unique in the part: the first of each id keeps it, later ones take the lowest free number. */
function uniqueShapeIds(doc: Document): void {
  const used = new Set<number>();
  let next = 1;
  for (const shape of elements(doc, NS.p, 'cNvPr')) {
    const id = Number(shape.getAttribute('id'));
    if (!used.has(id)) {
      used.add(id);
      continue;
    }
    while (used.has(next)) next++;
    used.add(next);
    shape.setAttribute('id', String(next));
  }
}

/** Theme: the deck's Latin and East Asian fonts in both the heading and body fonts. */
export function fixTheme(doc: Document): void {
  for (const fonts of [...elements(doc, NS.a, 'majorFont'), ...elements(doc, NS.a, 'minorFont')]) {
    children(fonts, NS.a, 'latin')[0]?.setAttribute('typeface', theme.font.deck.latin);
    children(fonts, NS.a, 'ea')[0]?.setAttribute('typeface', theme.font.deck.eastAsian);
  }
}

/** The notes body of a notes slide: one paragraph per note, each run in its language (and so font slot). */
function notesParagraphs(doc: Document, notes: readonly string[], lang: string): Element[] {
  if (!notes.length) return [element(doc, NS.a, 'a:p', {}, element(doc, NS.a, 'a:endParaRPr', { lang, dirty: '0' }))];
  return notes.map((note) =>
    element(
      doc,
      NS.a,
      'a:p',
      {},
      ...scriptRuns(note).map((run) => {
        const text = element(doc, NS.a, 'a:t');
        text.appendChild(doc.createTextNode(run.text));
        return element(doc, NS.a, 'a:r', {}, element(doc, NS.a, 'a:rPr', { lang: run.ea ? EAST_ASIAN_LANG : lang, dirty: '0' }), text);
      }),
    ),
  );
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
export function fixNotesSlide(doc: Document, notes: readonly string[], lang: string): void {
  for (const ph of elements(doc, NS.p, 'ph')) {
    const type = ph.getAttribute('type');
    if (type === 'sldNum') ph.setAttribute('idx', NOTES_SLIDE_NUMBER_IDX);
    if (type !== 'body') continue;
    // p:ph sits in p:nvPr, in p:nvSpPr, in the p:sp whose p:txBody holds the notes.
    const shape = ph.parentNode?.parentNode?.parentNode as Element | null | undefined;
    const [body] = shape ? children(shape, NS.p, 'txBody') : [];
    if (!body) continue;
    for (const p of children(body, NS.a, 'p')) body.removeChild(p);
    for (const p of notesParagraphs(doc, notes, lang)) body.appendChild(p);
  }
}

/** A relationships part: every relationship to `from` goes to `to` instead. */
export function retarget(doc: Document, from: string, to: string): void {
  for (const rel of elements(doc, NS.rels, 'Relationship')) {
    if (rel.getAttribute('Target') === from) rel.setAttribute('Target', to);
  }
}

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** docProps/core.xml with the document's metadata and a fixed time. */
export function coreXml(meta: DocumentMeta, when: Date): string {
  const stamp = when.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
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
