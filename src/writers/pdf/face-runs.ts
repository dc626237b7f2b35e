import type { FaceRole } from '../../fonts/font-files.js';
import type { PdfFace } from './font-set.js';
import type { Warning } from '../../model/document.js';
import type { Measurer } from './measure.js';
import { codePointName, isCjk, isInvisible } from './scripts.js';
import type { StyledRun } from './styled-text.js';

/** A run of text set in one face. */
export interface FaceRun {
  text: string;
  face: PdfFace;
  /** Language to tag, when it differs from the document's. */
  lang?: string;
  link?: string;
}

/** What face assignment needs to know about the document. */
export interface FaceContext {
  measurer: Measurer;
  /** Document language; runs in it need no Span. */
  docLang: string;
  /** The document contains CJK, so the CJK face is open and may stand in for missing glyphs. */
  cjkOpen: boolean;
  /** Where the text is, for warnings (block kind and first words). */
  where: string;
  warnings: Warning[];
}

// Quotes take the CJK face next to CJK text, where Chinese typesetting sets them full width.
const SHARED_QUOTES = new Set(['“', '”', '‘', '’']);

/**
 * Splits styled runs by script into face runs; a character no face covers is reported, never hidden.
 * Each face run is a slice of its styled run's text (and runs that end up alike are joined): a
 * brief has ~7,000 characters, and building runs a character at a time made this the largest
 * allocator of a build.
 */
export function faceRuns(runs: readonly StyledRun[], ctx: FaceContext): FaceRun[] {
  const out: FaceRun[] = [];
  const reported = new Set<number>();
  for (const run of runs) {
    const text = run.text;
    let start = 0;
    let face: PdfFace | undefined;
    let lang: string | undefined;
    let prev: number | undefined;
    for (let i = 0; i < text.length; ) {
      const cp = text.codePointAt(i)!;
      const width = cp > 0xffff ? 2 : 1;
      const next = i + width < text.length ? text.codePointAt(i + width) : undefined;
      const role = chooseFace(width === 1 ? text[i]! : text.slice(i, i + 2), cp, prev, next, run, ctx, reported);
      if (role !== face) {
        if (face !== undefined) addRun(out, text.slice(start, i), face, lang, run.link);
        start = i;
        face = role;
        lang = runLang(run, role, ctx.docLang);
      }
      prev = cp;
      i += width;
    }
    if (face !== undefined) addRun(out, text.slice(start), face, lang, run.link);
  }
  return out;
}

/** Adds a run, or joins it to the last one when that has the same face, language and link. */
function addRun(out: FaceRun[], text: string, face: PdfFace, lang: string | undefined, link: string | undefined): void {
  const last = out[out.length - 1];
  if (last && last.face === face && last.lang === lang && last.link === link) last.text += text;
  else out.push({ text, face, ...(lang ? { lang } : {}), ...(link ? { link } : {}) });
}

function chooseFace(ch: string, cp: number, prev: number | undefined, next: number | undefined, run: StyledRun, ctx: FaceContext, reported: Set<number>): PdfFace {
  const latin: FaceRole = run.bold ? 'latin-bold' : run.italic ? 'latin-italic' : 'latin';
  const cjk: FaceRole = run.bold ? 'cjk-bold' : 'cjk';
  const nearCjk = SHARED_QUOTES.has(ch) && ctx.cjkOpen && ((prev !== undefined && isCjk(prev)) || (next !== undefined && isCjk(next)));
  const preferred = isCjk(cp) || nearCjk ? cjk : latin;
  const brand = ctx.measurer.brand;
  // A brand's face goes first, where it has the glyph; casebrief's own fonts stand behind it.
  const branded = brand && (preferred === latin && run.bold && run.italic ? brand['latin-bold-italic'] : brand[preferred]);
  if (branded && (isInvisible(ch) || ctx.measurer.covers(branded, cp))) return branded;
  if (isInvisible(ch) || ctx.measurer.covers(preferred, cp)) return preferred;
  const other = preferred === cjk ? latin : ctx.cjkOpen ? cjk : undefined;
  const brandedOther = other && brand?.[other];
  if (brandedOther && ctx.measurer.covers(brandedOther, cp)) return brandedOther;
  if (other && ctx.measurer.covers(other, cp)) return other;
  if (!reported.has(cp)) {
    reported.add(cp);
    ctx.warnings.push({
      code: 'pdf-missing-glyph',
      message: `No embedded font has a glyph for ${codePointName(cp)} "${ch}" in ${ctx.where}; it shows as an empty box.`,
    });
  }
  return preferred;
}

function runLang(run: StyledRun, role: PdfFace, docLang: string): string | undefined {
  const base = (tag: string) => tag.toLowerCase().split('-')[0];
  const lang = run.lang ?? (role.startsWith('cjk') || role.startsWith('brand-cjk') ? 'zh' : undefined);
  return lang && base(lang) !== base(docLang) ? lang : undefined;
}
