import { theme } from '../../theme.js';
import type { DocumentMeta } from '../../model/document.js';
import { isEastAsian } from './measure-text.js';
import { EAST_ASIAN_LANG } from './text-runs.js';

/**
 * Text fixes for the parts pptxgenjs 4.0.1 writes. Each takes a part's XML
 * and returns it fixed; the zip step decides which part gets which.
 */

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** presentation.xml: the schema wants notesMasterIdLst right after sldMasterIdLst, pptxgenjs puts it after sldIdLst. */
export function fixPresentation(xml: string): string {
  const list = /<p:notesMasterIdLst>[\s\S]*?<\/p:notesMasterIdLst>/.exec(xml)?.[0];
  if (!list) return xml;
  return xml.replace(list, '').replace('</p:sldMasterIdLst>', `</p:sldMasterIdLst>${list}`);
}

/** [Content_Types].xml: one Override per part, none for parts that are not in the package (#1444), plus any we add. */
export function fixContentTypes(xml: string, parts: ReadonlySet<string>, extra: Readonly<Record<string, string>> = {}): string {
  const seen = new Set<string>();
  let out = xml.replace(/\s*<Override PartName="([^"]+)"[^>]*\/>/g, (whole, name: string) => {
    if (seen.has(name) || !parts.has(name.replace(/^\//, ''))) return '';
    seen.add(name);
    return whole.trim();
  });
  const seenExt = new Set<string>();
  out = out.replace(/<Default Extension="([^"]+)"[^>]*\/>/g, (whole, ext: string) => (seenExt.has(ext.toLowerCase()) ? '' : (seenExt.add(ext.toLowerCase()), whole)));
  const added = Object.entries(extra)
    .filter(([name]) => !seen.has(name))
    .map(([name, type]) => `<Override PartName="${name}" ContentType="${type}"/>`)
    .join('');
  return out.replace('</Types>', `${added}</Types>`);
}

/**
 * Slides, layouts and masters: pptxgenjs names one font for every script and
 * repeats paragraph properties before each run of a paragraph (which the schema
 * rejects). Keep the first pPr of each paragraph, give the East Asian slot its
 * own font, colour the bullets and make shape ids unique.
 */
export function fixSlide(xml: string): string {
  let out = xml.replace(/<a:p>([\s\S]*?)<\/a:p>/g, (_whole, body: string) => {
    let first = true;
    const kept = body.replace(/<a:pPr\b(?:[^>]*?\/>|[^>]*>[\s\S]*?<\/a:pPr>)/g, (pPr) => (first ? ((first = false), pPr) : ''));
    return `<a:p>${kept}</a:p>`;
  });
  out = out.replace(/<a:ea typeface="[^"]*"/g, `<a:ea typeface="${theme.font.deck.eastAsian}"`);
  out = out.replace(/<a:buSzPct val="100000"\/><a:buChar char="&#x25A0;"\/>/g, `<a:buClr><a:srgbClr val="${theme.colour.accent}"/></a:buClr><a:buSzPct val="80000"/><a:buChar char="&#x25A0;"/>`);
  return uniqueShapeIds(out);
}

function uniqueShapeIds(xml: string): string {
  const used = new Set<number>();
  let next = 1;
  return xml.replace(/<p:cNvPr id="(\d+)"/g, (whole, id: string) => {
    const n = Number(id);
    if (!used.has(n)) return used.add(n), whole;
    while (used.has(next)) next++;
    used.add(next);
    return `<p:cNvPr id="${next}"`;
  });
}

/** Theme: Calibri for Latin and Microsoft YaHei for East Asian text in both the heading and body fonts. */
export function fixTheme(xml: string): string {
  return xml
    .replace(/(<a:(?:majorFont|minorFont)><a:latin typeface=")[^"]*(")/g, `$1${theme.font.deck.latin}$2`)
    .replace(/(<a:(?:majorFont|minorFont)><a:latin [^>]*\/>)<a:ea typeface="[^"]*"/g, `$1<a:ea typeface="${theme.font.deck.eastAsian}"`);
}

/** The notes body of a notes slide: one paragraph per note, each run in its language and font slot. */
export function notesParagraphs(notes: readonly string[], lang: string): string {
  if (!notes.length) return `<a:p><a:endParaRPr lang="${escapeXml(lang)}" dirty="0"/></a:p>`;
  return notes.map((note) => `<a:p>${scriptRuns(note, lang)}</a:p>`).join('');
}

function scriptRuns(text: string, lang: string): string {
  const runs: { ea: boolean; text: string }[] = [];
  for (const ch of text) {
    const ea = isEastAsian(ch.codePointAt(0) ?? 32) || (/[\s\p{P}\p{N}]/u.test(ch) && runs.at(-1)?.ea === true);
    const last = runs.at(-1);
    if (last && last.ea === ea) last.text += ch;
    else runs.push({ ea, text: ch });
  }
  return runs
    .map((r) => `<a:r><a:rPr lang="${escapeXml(r.ea ? EAST_ASIAN_LANG : lang)}" dirty="0"/><a:t>${escapeXml(r.text)}</a:t></a:r>`)
    .join('');
}

/** Replaces pptxgenjs's single-run notes body with our paragraphs. */
export function fixNotesSlide(xml: string, notes: readonly string[], lang: string): string {
  return xml
    .replace(/(<p:ph type="body" idx="1"\/><\/p:nvPr><\/p:nvSpPr><p:spPr\/><p:txBody><a:bodyPr\/><a:lstStyle\/>)[\s\S]*?(<\/p:txBody>)/, `$1${notesParagraphs(notes, lang)}$2`)
    .replace(/<p:ph type="sldNum" sz="quarter" idx="10"\/>/, '<p:ph type="sldNum" sz="quarter" idx="5"/>');
}

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
