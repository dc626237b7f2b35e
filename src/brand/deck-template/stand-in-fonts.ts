import { deckMeasureFontFiles, fontsourceFiles, pdfFontFile } from '../../fonts/font-files.js';
import type { DeckTemplate } from './read-template.js';
import { contentsOf, subtitleOf, titleOf, type LayoutChoices } from './match-layouts.js';
import type { MeasureFonts } from '../../writers/pptx/measure-text.js';

/**
 * A template names fonts a .pptx cannot carry; its text is measured with open fonts from npm
 * that have the same advance widths (metric-compatible). A font with none is measured with a
 * wide stand-in and a margin, so text fits whatever the computer that shows the deck draws.
 */

type Family = MeasureFonts['families'][number];

/** Margin on a font with no stand-in: Arimo's widths times this cover wide faces such as DejaVu Sans and Verdana. */
export const UNKNOWN_FONT_SCALE = 1.15;

const carlito = (): Family => ({ regular: deckMeasureFontFiles('latin'), bold: deckMeasureFontFiles('latin-bold'), scale: 1 });
const fontsource = (family: string) => (): Family => ({ regular: fontsourceFiles(family, false), bold: fontsourceFiles(family, true), scale: 1 });
const notoSans = (): Family => ({ regular: [pdfFontFile('latin')], bold: [pdfFontFile('latin-bold')], scale: 1 });

/** Font names (lower case) and the stand-in measured for them, with its name. */
const STAND_INS: Record<string, { name: string; family: () => Family }> = {
  calibri: { name: 'Carlito', family: carlito },
  carlito: { name: 'Carlito', family: carlito },
  arial: { name: 'Arimo', family: fontsource('arimo') },
  helvetica: { name: 'Arimo', family: fontsource('arimo') },
  'liberation sans': { name: 'Arimo', family: fontsource('arimo') },
  arimo: { name: 'Arimo', family: fontsource('arimo') },
  'times new roman': { name: 'Tinos', family: fontsource('tinos') },
  times: { name: 'Tinos', family: fontsource('tinos') },
  'liberation serif': { name: 'Tinos', family: fontsource('tinos') },
  tinos: { name: 'Tinos', family: fontsource('tinos') },
  cambria: { name: 'Caladea', family: fontsource('caladea') },
  caladea: { name: 'Caladea', family: fontsource('caladea') },
  'noto sans': { name: 'Noto Sans', family: notoSans },
};

export interface TemplateFonts {
  fonts: MeasureFonts;
  /** Each font of the template and what measures it. */
  measured: { font: string; standIn?: string }[];
  /** Fonts with no stand-in. */
  unknown: string[];
}

/** The measuring set for the fonts a template's chosen layouts use (theme references resolved). */
export function measureFontsFor(names: readonly string[]): TemplateFonts {
  const unique = [...new Set(names.map((n) => n.trim()).filter(Boolean))];
  const families: Family[] = [];
  const measured: TemplateFonts['measured'] = [];
  const unknown: string[] = [];
  const seen = new Set<string>();
  for (const font of unique) {
    const known = STAND_INS[font.toLowerCase()];
    if (known) {
      measured.push({ font, standIn: known.name });
      if (!seen.has(known.name)) {
        seen.add(known.name);
        families.push(known.family());
      }
    } else {
      measured.push({ font });
      unknown.push(font);
    }
  }
  if (unknown.length && !seen.has('wide')) families.push({ ...fontsource('arimo')(), scale: UNKNOWN_FONT_SCALE });
  if (!families.length) families.push(carlito());
  const key = `${measured.map((m) => m.standIn ?? `?${m.font}`).join('+')}`;
  return { fonts: { key, families }, measured, unknown };
}

/** The fonts a template's chosen layouts set their titles and text in, theme references (+mj-lt, +mn-lt) resolved. */
export function fontsOfTemplate(template: DeckTemplate, { choices }: LayoutChoices): string[] {
  const resolve = (face: string | undefined): string | undefined =>
    face === '+mj-lt' ? template.fonts.major : face === '+mn-lt' ? template.fonts.minor : face?.startsWith('+') ? undefined : face;
  const names: (string | undefined)[] = [];
  for (const choice of Object.values(choices)) {
    const layout = choice.layout;
    const master = template.masters[layout.master]!;
    const title = titleOf(layout);
    names.push(resolve(title?.look.typeface ?? master.titleLook.typeface) ?? template.fonts.major);
    for (const ph of [...contentsOf(layout), ...(subtitleOf(layout) ? [subtitleOf(layout)!] : [])])
      names.push(resolve(ph.look.typeface ?? master.bodyLook.typeface) ?? template.fonts.minor);
    if (!contentsOf(layout).length) names.push(resolve(master.bodyLook.typeface) ?? template.fonts.minor);
  }
  return [...new Set(names.filter((n): n is string => Boolean(n)))];
}

/** The measuring fonts of a template, and the margin taken for fonts without a stand-in. */
export function templateFonts(template: DeckTemplate, layouts: LayoutChoices): TemplateFonts & { scale: number } {
  return { ...measureFontsFor(fontsOfTemplate(template, layouts)), scale: UNKNOWN_FONT_SCALE };
}
