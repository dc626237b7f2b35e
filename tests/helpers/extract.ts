import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';

/** Text of each page of a PDF, as pdf.js reads it (the way a reader's copy-and-paste does). */
export async function pdfPages(file: string | Uint8Array): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const data = typeof file === 'string' ? new Uint8Array(readFileSync(file)) : file.slice();
  const doc = await pdfjs.getDocument({ data, useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
  }
  await doc.destroy();
  return pages;
}

/** A PDF's text, lines joined by spaces: what a reader's search finds. */
export async function pdfTextOf(bytes: Uint8Array): Promise<string> {
  return (await pdfPages(bytes)).join('\n').replace(/\s+/g, ' ');
}

/** A deck's text, slides and speaker notes, lines joined by spaces. */
export async function pptxTextOf(bytes: Uint8Array): Promise<string> {
  return (await pptxSlides(bytes))
    .map((s) => `${s.slide}\n${s.notes}`)
    .join('\n')
    .replace(/\s+/g, ' ');
}

/** Text of a deck: per slide, what the slide shows and what its speaker notes say. */
export async function pptxSlides(file: string | Uint8Array): Promise<{ slide: string; notes: string }[]> {
  const zip = await JSZip.loadAsync(typeof file === 'string' ? readFileSync(file) : file);
  const number = (name: string) => Number(/(\d+)\.xml$/.exec(name)?.[1]);
  const slides = Object.keys(zip.files)
    .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .sort((a, b) => number(a) - number(b));
  const out: { slide: string; notes: string }[] = [];
  for (const name of slides) {
    const xml = await zip.file(name)!.async('string');
    const notesName = `ppt/notesSlides/notesSlide${number(name)}.xml`;
    const notesXml = (await zip.file(notesName)?.async('string')) ?? '';
    out.push({ slide: paragraphs(xml), notes: paragraphs(notesXml) });
  }
  return out;
}

/** The text of DrawingML paragraphs, one line each, with XML entities decoded. */
function paragraphs(xml: string): string {
  return [...xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map((p) => [...(p[1] ?? '').matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((t) => decode(t[1] ?? '')).join('')).join('\n');
}

function decode(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, e: string) =>
    e === 'lt'
      ? '<'
      : e === 'gt'
        ? '>'
        : e === 'amp'
          ? '&'
          : e === 'quot'
            ? '"'
            : e === 'apos'
              ? "'"
              : String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1))),
  );
}

/**
 * Text reduced for comparison across line breaks, as the project's checkers do:
 * no whitespace and no hyphens (a line break may add or split at one); every letter kept.
 */
export function skeleton(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u00ad\u2010\u2011\u0000-]+|\p{Default_Ignorable_Code_Point}/gu, '');
}

/**
 * The pages' text without running headers and footers, so that a paragraph
 * broken across pages reads as one. Like the checkers, a header or footer is a
 * first or last line that recurs on several pages once digits are set aside.
 */
export function withoutPageFurniture(pages: string[]): string[] {
  const fold = (line: string | undefined) => (line ?? '').replace(/\d+/g, '#').trim();
  const split = pages.map((p) => p.split('\n').filter((l) => l.trim() !== ''));
  const count = (pick: (lines: string[]) => string | undefined) => {
    const seen = new Map<string, number>();
    for (const lines of split) seen.set(fold(pick(lines)), (seen.get(fold(pick(lines))) ?? 0) + 1);
    return seen;
  };
  const tops = count((l) => l[0]);
  const bottoms = count((l) => l.at(-1));
  return split.map((lines) => {
    const body = [...lines];
    if ((tops.get(fold(body[0])) ?? 0) > 1) body.shift();
    if ((bottoms.get(fold(body.at(-1))) ?? 0) > 1) body.pop();
    return body.join('\n');
  });
}

/**
 * Text of each page as poppler's pdftotext reads it (what check-pdf uses). pdf.js
 * and poppler differ on a few glyph sequences (pdf.js reads "一." as "一("), so
 * the property tests take the reference reader.
 */
export function popplerPages(file: string): string[] {
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  return text.split('\f').slice(0, -1);
}
