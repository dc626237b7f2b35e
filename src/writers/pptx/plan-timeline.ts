import { inlineText, type Slide, type TimelineEvent, type TimelineNode } from '../../model/document.js';
import { theme } from '../../theme.js';
import { fitParagraph, type Fitted } from './fit-text.js';
import { balancedGroups } from './plan-key-figures.js';
import { planContent } from './plan-content.js';
import { fittedText, planTitle, shortText, type PlanContext } from './plan-context.js';
import type { PlannedSlide, ShapeBox, TextBox } from './slide-plan.js';
import { plainRuns, textRuns } from './text-runs.js';

const MAX_PER_SLIDE = 6;
const DOT = 0.24;
const DATE_H = 0.4;
const fit = theme.size.deckFit;

interface Placed {
  boxes: TextBox[];
  shapes: ShapeBox[];
  fits: boolean;
}

/**
 * Lays out one slide of events along a horizontal axis, labels alternating
 * above and below so that each may be nearly two slots wide; every label on
 * the slide takes the same size, the largest at which all of them fit.
 */
function placeEvents(events: readonly TimelineEvent[], ctx: PlanContext): Placed {
  const FIGURE_AREA = ctx.frame.figures;
  const AXIS_Y = FIGURE_AREA.y + FIGURE_AREA.h / 2;
  const slot = FIGURE_AREA.w / events.length;
  const left = FIGURE_AREA.x;
  const right = FIGURE_AREA.x + FIGURE_AREA.w;
  const layout = events.map((event, i) => {
    const cx = left + slot * (i + 0.5);
    const up = i % 2 === 0;
    // A label may reach halfway to the next slot on its own side (two slots away), never past the area's edges.
    const reach = events.length > 1 ? slot - 0.12 : FIGURE_AREA.w / 2;
    const x = Math.max(cx - reach, left);
    const w = Math.min(cx + reach, right) - x;
    const align: TextBox['align'] = cx - reach < left - 0.01 ? 'left' : cx + reach > right + 0.01 ? 'right' : 'center';
    const date = up ? { x, y: AXIS_Y - DOT / 2 - 0.1 - DATE_H, w, h: DATE_H } : { x, y: AXIS_Y + DOT / 2 + 0.1, w, h: DATE_H };
    const label = up
      ? { x, y: FIGURE_AREA.y, w, h: date.y - FIGURE_AREA.y - 0.05 }
      : { x, y: date.y + DATE_H + 0.05, w, h: FIGURE_AREA.y + FIGURE_AREA.h - (date.y + DATE_H + 0.05) };
    return { event, cx, up, align, date, label };
  });
  let labels: Fitted[] = [];
  let size = fit.event;
  for (; size >= fit.eventMin; size--) {
    labels = layout.map((l) => fitParagraph(textRuns(l.event.label, ctx.lang), l.label, { max: size, min: size, floor: size }));
    if (labels.every((f) => !f.truncated)) break;
  }
  const shapes: ShapeBox[] = [{ kind: 'line', x: FIGURE_AREA.x, y: AXIS_Y, w: FIGURE_AREA.w, h: 0, line: theme.colour.dark, lineWidth: 2 }];
  const boxes: TextBox[] = [];
  layout.forEach((l, i) => {
    shapes.push({ kind: 'ellipse', x: l.cx - DOT / 2, y: AXIS_Y - DOT / 2, w: DOT, h: DOT, fill: theme.colour.accent, line: theme.colour.paper, lineWidth: 1.5 });
    const date = fitParagraph(plainRuns(l.event.date, ctx.lang), l.date, { max: fit.event, min: fit.eventMin, floor: 10 }, true);
    const whole = `${l.event.date}: ${inlineText(l.event.label)}`;
    boxes.push(
      fittedText(
        ctx,
        'event-date',
        l.date,
        date,
        { color: theme.colour.accent, bold: true, align: l.align, valign: l.up ? 'bottom' : 'top' },
        `the date "${shortText(l.event.date)}" of a timeline event`,
        whole,
      ),
    );
    boxes.push(
      fittedText(
        ctx,
        'event-label',
        l.label,
        labels[i]!,
        { color: theme.colour.ink, align: l.align, valign: l.up ? 'bottom' : 'top' },
        `the timeline event of ${shortText(l.event.date)}`,
        whole,
      ),
    );
  });
  return { boxes, shapes, fits: labels.every((f) => !f.truncated) };
}

/**
 * Groups events so that every group's labels fit, in order, splitting a group that does not fit
 * into smaller ones; a label too long even alone on a slide is cut short there (and warned about).
 */
function groupEvents(events: readonly TimelineEvent[], ctx: PlanContext, max = MAX_PER_SLIDE): Placed[] {
  if (max === 1) return events.map((event) => placeEvents([event], ctx));
  // Trial layouts say nothing: only the one kept may warn.
  const trial = { ...ctx, warnings: [], cut: new WeakMap() };
  return balancedGroups(events, max).flatMap((group) => (placeEvents(group, trial).fits ? [placeEvents(group, ctx)] : groupEvents(group, ctx, max - 1)));
}

/** The timeline slide(s): axis, dots, dates and labels, all native shapes and text. */
export function planTimeline(slide: Slide, from: number, ctx: PlanContext): PlannedSlide[] {
  const node = slide.body.find((b): b is TimelineNode => b.type === 'timeline');
  const others = slide.body.filter((b) => b !== node);
  const slides: PlannedSlide[] = (node ? groupEvents(node.events, ctx) : []).map((placed, k) => ({
    layout: 'timeline',
    title: planTitle(slide, 'timeline', k > 0, ctx),
    boxes: placed.boxes,
    shapes: placed.shapes,
    notes: [],
    from,
    continued: k > 0,
  }));
  return others.length || !slides.length ? [...slides, ...planContent(slide, from, ctx, others, slides.length > 0)] : slides;
}
