import { hash, theme } from '../../theme.js';
import type { Brand } from '../render-options.js';
import type { LayoutContext, PageBrand } from './flow.js';
import type { ImageMark, PlanItem, RectMark } from './plan.js';
import { clampedLines, firstWords } from './text-rows.js';
import { plainRuns } from './styled-text.js';
import { type } from './typography.js';

/** The logo on the cover: on a white tile (a logo is drawn for light ground), at most this tall and wide. */
export const COVER_LOGO = { top: 24, height: 40, maxWidth: 170, pad: 7, after: 26 } as const;
/** The logo in the running header: at the right end of the header line, this tall at most. */
const HEADER_LOGO = { height: 16, maxWidth: 90, gap: 12, above: 12 } as const;
/** Room kept at the right of the footer line for the page number. */
const PAGE_NUMBER_ROOM = 96;

/** What of a brand the page layouts draw (the writer maps its colours afterwards, brand-palette.ts). */
export function pageBrand(brand: Brand | undefined): PageBrand | undefined {
  if (!brand || (!brand.logo && !brand.footer)) return undefined;
  return {
    ...(brand.logo ? { logo: { data: brand.logo.bytes, width: brand.logo.width, height: brand.logo.height, ...(brand.logo.vector ? { vector: brand.logo.vector } : {}) } } : {}),
    ...(brand.footer ? { footer: brand.footer } : {}),
  };
}

/** A logo scaled into a box of `height` and at most `maxWidth`, keeping its proportions. */
function fit(logo: NonNullable<PageBrand['logo']>, height: number, maxWidth: number): { w: number; h: number } {
  const w = Math.min(maxWidth, (height * logo.width) / logo.height);
  return { w, h: (w * logo.height) / logo.width };
}

/** The cover's logo on its tile, from the band's top (x: the text column's left edge), and the height it takes with the space under it. */
export function coverLogo(ctx: LayoutContext): { marks: (RectMark | ImageMark)[]; height: number } | undefined {
  const logo = ctx.brand?.logo;
  if (!logo) return undefined;
  const { pad, top } = COVER_LOGO;
  const { w, h } = fit(logo, COVER_LOGO.height, COVER_LOGO.maxWidth);
  const tile: RectMark = { kind: 'rect', x: ctx.x - pad, y: top, w: w + 2 * pad, h: h + 2 * pad, fill: hash(theme.colour.paper) };
  const image: ImageMark = { kind: 'image', x: ctx.x, y: top + pad, w, h, data: logo.data, ...(logo.vector ? { vector: logo.vector } : {}) };
  return { marks: [tile, image], height: top + h + 2 * pad + COVER_LOGO.after };
}

/** The running header's logo, right-aligned at `right`, its foot just under the header's baseline; and the width it takes from the header text. */
export function headerLogo(ctx: LayoutContext, right: number, baseline: number): { mark: ImageMark; width: number } | undefined {
  const logo = ctx.brand?.logo;
  if (!logo) return undefined;
  const { w, h } = fit(logo, HEADER_LOGO.height, HEADER_LOGO.maxWidth);
  const top = baseline - HEADER_LOGO.above + (HEADER_LOGO.height - h) / 2;
  return { mark: { kind: 'image', x: right - w, y: top, w, h, data: logo.data, ...(logo.vector ? { vector: logo.vector } : {}) }, width: w + HEADER_LOGO.gap };
}

/** The brand's footer line at the foot of a page, left of the page number (one line; a longer one is cut short, with a warning). */
export function footerLine(ctx: LayoutContext, left: number, width: number, baseline: number): PlanItem | undefined {
  const text = ctx.brand?.footer;
  if (!text) return undefined;
  const style = { ...type.furniture, colour: theme.colour.muted, x: left, width: width - PAGE_NUMBER_ROOM, where: 'footer line' };
  const lines = clampedLines(plainRuns(text), style, ctx, 1, `The theme's footer line "${firstWords(text)}"`);
  return { tag: 'artifact', artifact: 'Pagination', marks: lines.flatMap((line) => line.map((m) => ({ ...m, y: baseline }))) };
}
