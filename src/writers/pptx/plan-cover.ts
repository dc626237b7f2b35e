import { inlineText, type ImageNode, type MapNode, type Slide } from '../../model/document.js';
import { theme } from '../../theme.js';
import type { Rect } from './deck-geometry.js';
import { fitParagraph } from './fit-text.js';
import { flowBlocks, flowBox, planContent } from './plan-content.js';
import { fittedText, planTitle, shortText, warn, type PlanContext } from './plan-context.js';
import type { PictureBox, PlannedSlide, TextBox } from './slide-plan.js';
import { textRuns } from './text-runs.js';
import { planMap } from './plan-map.js';

const fit = theme.size.deckFit;

/** With a picture, title and subtitle keep to the left; the picture takes the right. */
const TEXT_SHARE = 0.58;

function narrowed(rect: Rect, share = TEXT_SHARE): Rect {
  return { ...rect, w: rect.w * share };
}

/** With a map, title and subtitle take the left half; the map, which is wide, the right. */
const MAP_TEXT_SHARE = 0.5;
/** The sizes a title slide's title is fitted at (plan-context's planTitle). */
const TITLE_FIT = { max: theme.size.deck.title, min: fit.titleMin, floor: fit.titleFloor };

/** The picture's column, cut in two: the picture above, the map below. */
function splitPictureArea(ctx: PlanContext): [Rect, Rect] {
  const area = ctx.frame.picture;
  const gap = 0.25;
  const h = (area.h - gap) / 2;
  return [
    { ...area, h },
    { ...area, y: area.y + h + gap, h },
  ];
}

/**
 * Whether a title slide's map goes below its title, in the picture's area: a template whose title
 * sits in a band at the top keeps the band whole, and the map takes the free area below it.
 */
function mapBelowTitle(ctx: PlanContext, layout: 'title' | 'section'): boolean {
  const title = ctx.frame.title[layout];
  return layout === 'title' && ctx.frame.picture.y >= title.y + title.h;
}

/** Where a title or section slide's map goes: right of the narrowed title, centred on it; or below a title in a band. */
function mapArea(ctx: PlanContext, layout: 'title' | 'section'): Rect {
  if (mapBelowTitle(ctx, layout)) return ctx.frame.picture;
  const title = ctx.frame.title[layout];
  const x = title.x + title.w * MAP_TEXT_SHARE + 0.45;
  return { x, y: title.y - 0.4, w: title.x + title.w - x, h: title.h + 1.4 };
}

/** The first picture of a slide, scaled into the picture area at its aspect ratio. */
function picture(image: ImageNode, ctx: PlanContext, PICTURE_AREA: Rect = ctx.frame.picture): PictureBox {
  const scale = Math.min(PICTURE_AREA.w / image.width, PICTURE_AREA.h / image.height);
  const w = image.width * scale;
  const h = image.height * scale;
  return { x: PICTURE_AREA.x + (PICTURE_AREA.w - w) / 2, y: PICTURE_AREA.y + (PICTURE_AREA.h - h) / 2, w, h, data: image.data, format: image.format, alt: image.alt };
}

function subtitleBox(slide: Slide, closing: boolean, ctx: PlanContext, narrow = false, share = TEXT_SHARE): TextBox[] {
  if (!slide.subtitle.length) return [];
  const base = closing ? ctx.frame.closingSubtitle : slide.layout === 'section' ? (ctx.frame.sectionSubtitle ?? ctx.frame.subtitle) : ctx.frame.subtitle;
  const rect = narrow ? narrowed(base, share) : base;
  const fitted = fitParagraph(textRuns(slide.subtitle, ctx.lang), rect, { max: theme.size.deck.subtitle, min: fit.small, floor: fit.labelMin });
  const whole = inlineText(slide.subtitle);
  return [fittedText(ctx, 'subtitle', rect, fitted, { color: theme.colour.accentSoft, align: 'left', valign: 'top' }, `the subtitle "${shortText(whole)}"`, whole)];
}

/**
 * Title and section slides: title and subtitle on a dark or accent ground.
 * Body text, which these layouts have no room for, follows on content slides.
 */
export function planCover(slide: Slide, from: number, ctx: PlanContext): PlannedSlide[] {
  const layout = slide.layout === 'section' ? 'section' : 'title';
  const image = slide.body.find((b): b is ImageNode => b.type === 'image');
  // A map takes the right half; beside a picture, the two share the picture's column, one above the other.
  const mapNode = slide.body.find((b): b is MapNode => b.type === 'map');
  const [pictureArea, mapAreaBeside] = image && mapNode ? splitPictureArea(ctx) : [ctx.frame.picture, undefined];
  // A title too long for the left half keeps the whole width: the map's caption then follows as text.
  const below = mapBelowTitle(ctx, layout);
  const roomForMap = image !== undefined || below || !fitParagraph(textRuns(slide.title, ctx.lang), narrowed(ctx.frame.title[layout], MAP_TEXT_SHARE), TITLE_FIT, true).truncated;
  if (mapNode && !roomForMap)
    warn(ctx, 'W_PPTX_MAP_SKIPPED', `the title "${shortText(inlineText(slide.title))}" needs the whole width of its slide: the map is left out, and its caption follows as text`);
  const map = mapNode && roomForMap ? planMap(mapNode, mapAreaBeside ?? mapArea(ctx, layout), 0, ctx, layout === 'title' ? 'dark' : 'accent') : undefined;
  const body = slide.body.filter((b) => b !== image && !(map && b === mapNode));
  // Beside the map the text takes half the width; with the map below a title band, the subtitle keeps clear of its column.
  const share = map && !image && !below ? MAP_TEXT_SHARE : TEXT_SHARE;
  const title = image || (map && !below) ? planTitle(slide, layout, false, ctx, undefined, narrowed(ctx.frame.title[layout], share)) : planTitle(slide, layout, false, ctx);
  const cover: PlannedSlide = { layout, title, boxes: subtitleBox(slide, false, ctx, Boolean(image || map), share), shapes: [], notes: [], from, continued: false };
  if (image) cover.pictures = [picture(image, ctx, pictureArea)];
  if (map) cover.maps = [map];
  return body.length ? [cover, ...planContent(slide, from, ctx, body, true)] : [cover];
}

/** The closing slide: thanks, the partner cities and the source in small print; small print too long for it moves to content slides. */
export function planClosing(slide: Slide, from: number, ctx: PlanContext): PlannedSlide[] {
  const CLOSING_SMALL_BOX = ctx.frame.closingSmall;
  const flow = flowBlocks(slide.body, CLOSING_SMALL_BOX, ctx, { max: fit.small, min: fit.labelMin });
  const fits = flow.pages.length === 1;
  const closing: PlannedSlide = {
    layout: 'closing',
    title: planTitle(slide, 'closing', false, ctx),
    boxes: [...subtitleBox(slide, true, ctx), ...(fits && flow.pages[0]!.length ? [flowBox('small', CLOSING_SMALL_BOX, flow, 0, theme.colour.rule)] : [])],
    shapes: [],
    notes: [],
    from,
    continued: false,
  };
  return fits ? [closing] : [closing, ...planContent(slide, from, ctx, slide.body, true)];
}

/**
 * The anniversary opening, a slide to project: the ordinal as large as it fits (its title), what it
 * is the anniversary of (its subtitle), then its paragraphs (the two cities, the day) below.
 * Anything else in its body, and a picture, are left to the title slide that follows.
 */
export function planAnniversary(slide: Slide, from: number, ctx: PlanContext): PlannedSlide[] {
  const { anniversaryBody: ANNIVERSARY_BODY_BOX, anniversarySubtitle: ANNIVERSARY_SUBTITLE_BOX } = ctx.frame;
  const rect = ctx.frame.title.anniversary;
  const big = fitParagraph(textRuns(slide.title, ctx.lang), rect, { max: 160, min: 72, floor: fit.titleFloor }, true);
  const title = inlineText(slide.title);
  const boxes: TextBox[] = [
    fittedText(
      ctx,
      'title',
      rect,
      big,
      { color: theme.colour.paper, bold: true, align: 'left', valign: 'bottom' },
      `the title of the anniversary slide "${shortText(title)}"`,
      title,
    ),
  ];
  if (slide.subtitle.length) {
    const sub = fitParagraph(textRuns(slide.subtitle, ctx.lang), ANNIVERSARY_SUBTITLE_BOX, { max: 36, min: 24, floor: fit.labelMin });
    const whole = inlineText(slide.subtitle);
    boxes.push(
      fittedText(ctx, 'subtitle', ANNIVERSARY_SUBTITLE_BOX, sub, { color: theme.colour.accentSoft, align: 'left', valign: 'top' }, `the subtitle "${shortText(whole)}"`, whole),
    );
  }
  const lines = slide.body.flatMap((b) => (b.type === 'paragraph' ? [b.children] : []));
  const rest = slide.body.filter((b) => b.type !== 'paragraph' && b.type !== 'image');
  if (lines.length) {
    const flow = flowBlocks(
      lines.map((children) => ({ type: 'paragraph', children, source: false, small: false })),
      ANNIVERSARY_BODY_BOX,
      ctx,
      { max: 28, min: fit.labelMin },
    );
    const body = flowBox('body', ANNIVERSARY_BODY_BOX, flow, 0, theme.colour.paper);
    if (flow.pages.length > 1) {
      // The lines that do not fit are kept, whole, in the notes.
      const whole = lines.map(inlineText).join('\n');
      warn(
        ctx,
        'W_PPTX_TEXT_CUT',
        `the lines of the anniversary slide ("${shortText(whole)}") do not fit below its title: the slide shows the first of them, and its speaker notes have them all`,
      );
      ctx.cut.set(body, whole);
    }
    boxes.push(body);
  }
  const opening: PlannedSlide = { layout: 'anniversary', title: boxes[0]!, boxes: boxes.slice(1), shapes: [], notes: [], from, continued: false };
  return rest.length ? [opening, ...planContent(slide, from, ctx, rest, true)] : [opening];
}
