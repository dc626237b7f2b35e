import { contrast, mix, readable } from '../../brand/colour.js';
import type { Warning } from '../../model/document.js';
import { theme } from '../../theme.js';
import type { Brand } from '../render-options.js';
import type { LayoutPlan, Mark } from './plan.js';

/**
 * A brand's colours in the brief. The layouts draw in casebrief's own palette (theme.ts); a brand
 * maps each of its colours, by role, to the brand's: primary for the dark ground and headings,
 * accent for rules, bars and figures (its light tints for soft fills and panels), text for the
 * running text (muted text and rules derived from it). Text keeps its contrast: a colour set as
 * text is darkened (or lightened on a dark ground) until it reaches WCAG AA (4.5:1) on its ground;
 * a brand's own text colour is kept as given, with a warning when it is too faint on paper.
 */

const house = theme.colour;
/** The cover's subtitle and tagline tints, set on the dark ground (cover-text.ts). */
const COVER_SUBTITLE = 'E4E9EE';
const COVER_TAGLINE = 'F3C9C4';
/** WCAG 2 AA for body text. */
const AA = 4.5;

/** House colour (`#` + hex, as marks carry it) → the brand's, for text marks and for shapes. */
export interface Palette {
  text: Map<string, string>;
  shape: Map<string, string>;
}

/** The palette a brand's colours give, and what to warn about them; undefined when the brand sets no colour. */
export function brandPalette(brand: Brand): { palette: Palette; warnings: Warning[] } | undefined {
  const given = brand.colours;
  if (!given.primary && !given.accent && !given.text) return undefined;
  const paper = house.paper;
  // A brand of one colour uses it for both roles.
  const primary = given.primary ?? house.dark;
  const accent = given.accent ?? given.primary ?? house.accent;
  const ink = given.text ?? house.ink;
  const panel = given.accent || given.primary ? mix(accent, paper, 0.94) : house.panel;
  const soft = given.accent || given.primary ? mix(accent, paper, 0.88) : house.accentSoft;
  const rule = given.primary ? mix(primary, paper, 0.8) : house.rule;
  const muted = readable(given.text ? mix(ink, paper, 0.3) : house.muted, panel, AA);
  const shape: Record<string, string> = { dark: primary, accent, accentSoft: soft, panel, rule, ink, muted };
  const text: Record<string, string> = {
    dark: readable(primary, paper, AA),
    accent: readable(accent, panel, AA),
    ink,
    muted,
    // Set on the primary ground of the cover.
    paper: readable(paper, primary, AA),
  };
  const coverText: Record<string, string> = {
    [COVER_SUBTITLE]: readable(mix(primary, paper, 0.9), primary, AA),
    [COVER_TAGLINE]: readable(mix(accent, paper, 0.75), primary, AA),
  };
  const palette: Palette = { text: new Map(), shape: new Map() };
  for (const [role, colour] of Object.entries(shape)) palette.shape.set(`#${house[role as keyof typeof house]}`, `#${colour}`);
  for (const [role, colour] of Object.entries(text)) palette.text.set(`#${house[role as keyof typeof house]}`, `#${colour}`);
  for (const [from, to] of Object.entries(coverText)) palette.text.set(`#${from}`, `#${to}`);
  const warnings: Warning[] = [];
  const warn = (message: string) => warnings.push({ code: 'W_BRAND_CONTRAST', message, file: brand.source });
  const ratio = (a: string, b: string) => contrast(a, b).toFixed(1);
  if (given.text && contrast(ink, paper) < AA)
    warn(`the text colour #${ink} is too faint on white paper (contrast ${ratio(ink, paper)}:1, WCAG asks at least 4.5:1); choose a darker text colour`);
  if (text.dark !== primary) warn(`headings in the primary colour #${primary} would be faint on white (${ratio(primary, paper)}:1); they are set in #${text.dark}`);
  if (text.accent !== accent) warn(`text in the accent colour #${accent} would be faint on white (${ratio(accent, panel)}:1); links and key figures are set in #${text.accent}`);
  if (text.paper !== paper) warn(`white text would be faint on the primary colour #${primary} (${ratio(paper, primary)}:1); the cover's title is set in #${text.paper}`);
  return { palette, warnings };
}

/** The plan with its colours mapped through the palette (marks of other colours, and pictures, as they are). */
export function recolourPlan(plan: LayoutPlan, palette: Palette): LayoutPlan {
  const shape = (c: string) => palette.shape.get(c.toUpperCase()) ?? c;
  const recolour = (m: Mark): Mark => {
    if (m.kind === 'text') return { ...m, colour: palette.text.get(m.colour.toUpperCase()) ?? m.colour };
    if (m.kind === 'image') return m;
    // Shapes of every kind (rules, bars, dots, chart paths): their fill, stroke and line colours.
    const painted = { ...m } as Mark & { fill?: string; stroke?: string; colour?: string };
    if (painted.fill) painted.fill = shape(painted.fill);
    if (painted.stroke) painted.stroke = shape(painted.stroke);
    if (painted.colour) painted.colour = shape(painted.colour);
    return painted;
  };
  return { ...plan, pages: plan.pages.map((page) => ({ ...page, items: page.items.map((item) => ({ ...item, marks: item.marks.map(recolour) })) })) };
}
