import { createHash } from 'node:crypto';
import type { Element } from 'ltx';
import { Lru } from '../../fonts/lru.js';
import { onClearCaches } from '../../fonts/process-caches.js';
import type { DocumentMeta } from '../../model/document.js';
import { coreXml, fixContentTypes, fixNotesSlide, fixPresentation, fixSlide, fixTheme, parseWrittenPart, retarget, serializePart } from './package-fixes.js';
import type { SlidePlan } from './slide-plan.js';
import { fixChart } from './fix-chart-parts.js';
import { fixWorkbooks, renumberCharts } from './fix-chart-package.js';
import { isXmlPart, xmlText, type PackageParts } from './package-parts.js';
import { zipPackage } from './zip-package.js';
import { describeMapShapes } from './plan-map-write.js';

const THEME_TYPE = 'application/vnd.openxmlformats-officedocument.theme+xml';
/** Zip entries cannot be dated before 1980 (DOS time). */
const DOS_EPOCH = Date.UTC(1980, 0, 1);
const SLIDE_LIKE = /^ppt\/(?:slides|slideLayouts|slideMasters)\/[^/]+\.xml$/;
const THEME = /^ppt\/theme\/[^/]+\.xml$/;
const NOTES_SLIDE = /^ppt\/notesSlides\/notesSlide(\d+)\.xml$/;
const SLIDE_PART = /^ppt\/slides\/slide(\d+)\.xml$/;
const CHART = /^ppt\/charts\/chart\d+\.xml$/;

/**
 * Fixed parts remembered between decks, by what a fix depends on: its kind and arguments, and
 * the part as pptxgenjs wrote it. Every deck of a template shares its layouts, masters and
 * themes, and a deck rendered again after an edit shares most of its slides with the one before:
 * those are neither decoded nor parsed again. Bounded by count (about three decks' parts), since
 * a slide with a map is the one large part of a deck. Keys are SHA-1 digests, so no part's text
 * is kept twice.
 */
const fixedParts = new Lru<string, Uint8Array>(128);
onClearCaches(() => fixedParts.clear());

/**
 * Parses part `name`, lets `fix` edit it and puts it back, as UTF-8; a part that is missing or
 * not XML is left alone. `inputs` names the fix and every argument it takes besides the part
 * (fixes read nothing else), which lets an equal part with equal inputs take the remembered
 * result. (A part's digest is the same whether it is held as text or as its UTF-8 bytes.)
 */
function edit(parts: PackageParts, name: string, inputs: string, fix: (root: Element) => void): void {
  const data = parts.get(name);
  if (data === undefined || !isXmlPart(name)) return;
  const key = createHash('sha1').update(inputs).update('\0').update(data).digest('base64');
  let fixed = fixedParts.get(key);
  if (fixed === undefined) {
    const root = parseWrittenPart(name, xmlText(data));
    fix(root);
    fixed = Buffer.from(serializePart(root), 'utf8');
    fixedParts.set(key, fixed);
  }
  parts.set(name, fixed);
}

/** The notes master gets a theme of its own: PowerPoint expects one per master and repairs the shared one away (#1443, #1449). */
function giveNotesMasterItsTheme(parts: PackageParts): void {
  const theme = parts.get('ppt/theme/theme1.xml');
  const rels = 'ppt/notesMasters/_rels/notesMaster1.xml.rels';
  if (theme === undefined || !parts.has(rels)) return;
  parts.set('ppt/theme/theme2.xml', theme);
  edit(parts, rels, 'retarget theme1 theme2', (root) => retarget(root, '../theme/theme1.xml', '../theme/theme2.xml'));
}

/**
 * Fixes the parts pptxgenjs made (its known defects), writes our notes and core properties,
 * and zips the package with fixed entry dates, so that equal input gives equal bytes.
 * The parts are edited in place.
 */
export async function fixPackage(parts: PackageParts, plan: SlidePlan, meta: DocumentMeta, when: Date): Promise<Uint8Array> {
  renumberCharts(parts);
  for (const name of parts.keys()) {
    const slide = SLIDE_PART.exec(name);
    const maps = slide ? plan.slides[Number(slide[1]) - 1]?.maps : undefined;
    // A slide with a map is parsed once for both edits: its outlines make it the deck's largest part.
    if (maps)
      edit(parts, name, `slide with maps ${JSON.stringify(maps.flatMap((m) => m.shapes.map((s) => [s.name, s.alt])))}`, (root) => {
        fixSlide(root);
        describeMapShapes(root, maps);
      });
    else if (SLIDE_LIKE.test(name)) edit(parts, name, 'slide', fixSlide);
    else if (THEME.test(name)) edit(parts, name, 'theme', fixTheme);
    else if (CHART.test(name)) edit(parts, name, 'chart', fixChart);
    const notes = NOTES_SLIDE.exec(name);
    if (notes) {
      const texts = plan.slides[Number(notes[1]) - 1]?.notes ?? [];
      edit(parts, name, `notes ${meta.lang} ${JSON.stringify(texts)}`, (root) => fixNotesSlide(root, texts, meta.lang));
    }
  }
  // After the themes are fixed: the copy is of the fixed theme.
  giveNotesMasterItsTheme(parts);
  edit(parts, 'ppt/presentation.xml', 'presentation', fixPresentation);
  parts.set('docProps/core.xml', coreXml(meta, when));
  const names = new Set(parts.keys());
  const extra = { '/ppt/theme/theme2.xml': THEME_TYPE };
  edit(parts, '[Content_Types].xml', `types ${JSON.stringify([...names, extra])}`, (root) => fixContentTypes(root, names, extra));

  const date = new Date(Math.max(when.getTime(), DOS_EPOCH));
  fixWorkbooks(parts, date);
  // [Content_Types].xml first, as Office writes it; then the parts in pptxgenjs's order.
  const order = ['[Content_Types].xml', ...[...parts.keys()].filter((n) => n !== '[Content_Types].xml')];
  return zipPackage(
    order.filter((name) => parts.has(name)).map((name) => ({ name, data: parts.get(name)! })),
    date,
  );
}
