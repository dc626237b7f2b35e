import { existsSync, readFileSync } from 'node:fs';
import { fontsourceFiles } from '../fonts/font-files.js';
import type { Brand, BrandFaces, DeckTemplateOption } from '../writers/render-options.js';
import { contrast } from './colour.js';
import { openDeckTemplate } from './deck-template/deck-template-option.js';
import type { DeckTemplate } from './deck-template/read-template.js';
import { sfntFromWoff } from './woff.js';

/**
 * The brief in a deck template's look, when no theme file is given: the colours of its theme
 * (a:clrScheme) and its body font (a:fontScheme, minor Latin) where an open font from npm stands in
 * for it with the same widths (Carlito for Calibri, Arimo for Arial, Tinos for Times New Roman,
 * Caladea for Cambria). A font with no stand-in leaves the brief in casebrief's own Noto Sans.
 */

/** Font names (lower case) → the @fontsource package family of their metric-compatible stand-in. */
const STAND_INS: Record<string, string> = {
  calibri: 'carlito',
  carlito: 'carlito',
  arial: 'arimo',
  helvetica: 'arimo',
  'liberation sans': 'arimo',
  arimo: 'arimo',
  'times new roman': 'tinos',
  times: 'tinos',
  'liberation serif': 'tinos',
  tinos: 'tinos',
  cambria: 'caladea',
  caladea: 'caladea',
};

/** The brand a template's theme gives the brief: primary, accent and text colours, and its body font's stand-in. */
export function brandOfTemplate(template: DeckTemplate): Brand {
  const c = template.colours;
  // Dark 2 is where templates keep their dark brand colour; when it is faint on white, the first accent leads.
  const primary = c.dk2 && contrast(c.dk2, 'FFFFFF') >= 3 ? c.dk2 : c.accent1;
  const accent = c.accent1 && c.accent1 !== primary ? c.accent1 : c.accent2;
  const text = c.dk1 && contrast(c.dk1, 'FFFFFF') >= 4.5 ? c.dk1 : undefined;
  const colours: Brand['colours'] = { ...(primary ? { primary } : {}), ...(accent ? { accent } : {}), ...(text ? { text } : {}) };
  const latin = standInFaces(template.fonts.minor ?? template.fonts.major);
  return { colours, fonts: latin ? { latin } : {}, source: template.file };
}

/** The stand-in's faces (the Latin subset of each, unpacked from WOFF), or undefined for a font without one. */
export function standInFaces(font: string | undefined): BrandFaces | undefined {
  const family = font && STAND_INS[font.trim().toLowerCase()];
  if (!family) return undefined;
  const face = (bold: boolean, italic: boolean) => {
    const file = fontsourceFiles(family, bold, ['latin'])[0];
    const named = file && italic ? file.replace(/-normal\.woff$/, '-italic.woff') : file;
    return named && existsSync(named) ? { bytes: sfntFromWoff(readFileSync(named)), file: named } : undefined;
  };
  const regular = face(false, false);
  if (!regular) return undefined;
  const [bold, italic, boldItalic] = [face(true, false), face(false, true), face(true, true)];
  return { regular, ...(bold ? { bold } : {}), ...(italic ? { italic } : {}), ...(boldItalic ? { boldItalic } : {}) };
}

/** The brand of the deck template a render was given (read once per template's bytes). */
export async function templateBrand(option: DeckTemplateOption): Promise<Brand> {
  const template = await openDeckTemplate(option.bytes, option.file ?? 'the deck template');
  return brandOfTemplate(template);
}
