import { readFile } from 'node:fs/promises';
import { CaseStudyError } from '../../errors.js';
import type { SlideLayout } from '../../model/document.js';
import { parseLayoutMap } from './layout-map.js';
import { chooseLayouts, contentsOf, SLIDE_KINDS } from './match-layouts.js';
import { DeckTemplateError, readDeckTemplate } from './read-template.js';
import { templateFonts } from './stand-in-fonts.js';

/** What `casebrief template check` reports about a deck template, as data. */
export interface DeckTemplateReport {
  file: string;
  /** False when no deck can be built in it; `problem` says why and how to fix it. */
  usable: boolean;
  problem?: string;
  kind?: 'template' | 'presentation';
  /** Inches, and the shape's usual name (16:9, 4:3, 16:10) when it has one. */
  slideSize?: { w: number; h: number; ratio?: string };
  masters?: { name: string; layouts: { name: string; type?: string; placeholders: string[] }[]; pictures: number }[];
  /** The layout each kind of slide goes on, and why. */
  choices?: { kind: SlideLayout; what: string; layout: string; master: string; reason: string; pinned: boolean }[];
  fonts?: { font: string; standIn?: string }[];
  /** What the template lacks, and what casebrief does instead. */
  missing?: string[];
  sampleSlides?: number;
}

/** What each kind of slide is, in plain words. */
export const SLIDE_KIND_WORDS: Record<SlideLayout, string> = {
  title: 'title slide',
  anniversary: 'anniversary opening',
  section: 'section dividers',
  content: 'text slides',
  'two-column': 'two-column slides',
  'key-figures': 'key figures',
  timeline: 'timeline',
  closing: 'closing slide',
};

const RATIOS: [string, number][] = [
  ['16:9', 16 / 9],
  ['4:3', 4 / 3],
  ['16:10', 16 / 10],
  ['A4', 297 / 210],
];

/**
 * Checks a deck template (a path or its bytes) as a build would read it: slide size, masters and
 * layouts, the layout chosen for each kind of slide and why, the fonts and their stand-ins, and
 * what is missing. A template no deck can be built in comes back `usable: false` with the reason;
 * a layout map (`layoutMap`, a path) with a mistake throws `CaseStudyError` (file:line:col).
 */
export async function checkDeckTemplate(template: string | Uint8Array, options: { file?: string; layoutMap?: string } = {}): Promise<DeckTemplateReport> {
  const file = options.file ?? (typeof template === 'string' ? template : 'the deck template');
  let bytes: Uint8Array;
  if (typeof template === 'string') {
    try {
      bytes = new Uint8Array(await readFile(template));
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      return {
        file,
        usable: false,
        problem: `${file}: cannot be read (${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a folder, not a file' : (err as Error).message}); check the path`,
      };
    }
  } else bytes = template;
  const pins = options.layoutMap === undefined ? [] : parseLayoutMap(await readMap(options.layoutMap), options.layoutMap);
  let deck: Awaited<ReturnType<typeof readDeckTemplate>>;
  try {
    deck = await readDeckTemplate(bytes, file);
  } catch (err) {
    if (err instanceof DeckTemplateError) return { file, usable: false, problem: err.message };
    throw err;
  }
  if (!deck.layouts.some((l) => l.placeholders.some((p) => (p.type === 'title' || p.type === 'ctrTitle') && p.box)))
    return {
      file,
      usable: false,
      problem: `${file}: none of its ${deck.layouts.length} layouts has a title placeholder; add a title placeholder to its layouts in the slide master view`,
    };
  const layouts = chooseLayouts(deck, pins);
  const missing = [...layouts.missing];
  const content = layouts.choices.content.layout;
  if (!content.placeholders.some((p) => p.type === 'ftr') && !deck.masters[content.master]!.placeholders.some((p) => p.type === 'ftr'))
    missing.push('no footer placeholder: the source line is drawn as a small text box at the bottom of text slides');
  if (!content.placeholders.some((p) => p.type === 'sldNum')) missing.push(`no slide number placeholder on "${content.name}": the slides are not numbered`);
  if (!contentsOf(content).length) missing.push(`no body placeholder on "${content.name}": text goes in its free area below the title, as text boxes`);
  const fonts = templateFonts(deck, layouts);
  for (const font of fonts.unknown)
    missing.push(`no stand-in for the font "${font}": text is measured with Arimo and ${Math.round((fonts.scale - 1) * 100)}% to spare, so it fits but may look loose`);
  const { w, h } = deck.slide;
  const ratio = RATIOS.find(([, r]) => Math.abs(w / h - r) < 0.01)?.[0];
  return {
    file,
    usable: true,
    kind: deck.kind,
    slideSize: { w, h, ...(ratio ? { ratio } : {}) },
    masters: deck.masters.map((m) => ({
      name: m.name,
      pictures: m.pictures,
      layouts: m.layouts.map((l) => ({ name: l.name, ...(l.type ? { type: l.type } : {}), placeholders: l.placeholders.map((p) => p.type) })),
    })),
    choices: SLIDE_KINDS.map((kind) => {
      const c = layouts.choices[kind];
      return { kind, what: SLIDE_KIND_WORDS[kind], layout: c.layout.name, master: deck.masters[c.layout.master]!.name, reason: c.reason, pinned: c.pinned };
    }),
    fonts: fonts.measured,
    missing,
    sampleSlides: deck.sampleSlides,
  };
}

async function readMap(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new CaseStudyError('E_INPUT', [
      { file, message: `the layout map cannot be read (${code === 'ENOENT' ? 'no such file' : (err as Error).message}); check the path given to --layout-map` },
    ]);
  }
}
