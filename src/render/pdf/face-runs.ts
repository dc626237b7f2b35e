import type { FaceRole } from '../../fonts/font-files.js';
import type { Warning } from '../../model/document.js';
import type { Measurer } from './measure.js';
import { codePointName, isCjk, isInvisible } from './scripts.js';
import type { StyledRun } from './styled-text.js';

/** A run of text set in one face. */
export interface FaceRun {
  text: string;
  face: FaceRole;
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

/** Splits styled runs by script into face runs; a character no face covers is reported, never hidden. */
export function faceRuns(runs: readonly StyledRun[], ctx: FaceContext): FaceRun[] {
  const out: FaceRun[] = [];
  const reported = new Set<number>();
  for (const run of runs) {
    const chars = [...run.text];
    chars.forEach((ch, i) => {
      const cp = ch.codePointAt(0)!;
      const role = chooseFace(ch, cp, chars[i - 1], chars[i + 1], run, ctx, reported);
      const lang = runLang(run, role, ctx.docLang);
      const last = out[out.length - 1];
      if (last && last.face === role && last.lang === lang && last.link === run.link) last.text += ch;
      else out.push({ text: ch, face: role, ...(lang ? { lang } : {}), ...(run.link ? { link: run.link } : {}) });
    });
  }
  return out;
}

function chooseFace(
  ch: string, cp: number, prev: string | undefined, next: string | undefined,
  run: StyledRun, ctx: FaceContext, reported: Set<number>,
): FaceRole {
  const latin: FaceRole = run.bold ? 'latin-bold' : run.italic ? 'latin-italic' : 'latin';
  const cjk: FaceRole = run.bold ? 'cjk-bold' : 'cjk';
  const nearCjk = SHARED_QUOTES.has(ch) && ctx.cjkOpen && [prev, next].some((c) => c !== undefined && isCjk(c.codePointAt(0)!));
  const preferred = isCjk(cp) || nearCjk ? cjk : latin;
  if (isInvisible(ch) || ctx.measurer.covers(preferred, cp)) return preferred;
  const other = preferred === cjk ? latin : ctx.cjkOpen ? cjk : undefined;
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

function runLang(run: StyledRun, role: FaceRole, docLang: string): string | undefined {
  const base = (tag: string) => tag.toLowerCase().split('-')[0];
  const lang = run.lang ?? (role.startsWith('cjk') ? 'zh' : undefined);
  return lang && base(lang) !== base(docLang) ? lang : undefined;
}
