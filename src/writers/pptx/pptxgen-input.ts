import type { Warning } from '../../model/document.js';
import { theme } from '../../theme.js';
import type { PictureBox, PlannedSlide, ShapeBox, SlidePlan, TextBox } from './slide-plan.js';

/**
 * pptxgenjs 4.0.1 prints (console.warn / console.error) instead of failing when it is given
 * input it cannot use, and then writes something else. Of what casebrief calls, that is:
 * - a colour that is not six hex digits (or a scheme colour name): it warns and draws black;
 * - a picture without `data` or whose data URL has no `base64,`: it prints an error and
 *   leaves the picture out.
 * (Its other prints concern options casebrief never passes: table auto-paging, chart grid lines, shadows,
 * sections, custom layouts, `bullet.code`, hyperlinks without a target.) The plan is checked
 * here, before pptxgenjs sees it, and each such case becomes a warning of ours.
 */

const HEX_COLOUR = /^[0-9A-Fa-f]{6}$/;

/** A copy of `plan` that pptxgenjs takes without printing, and what had to change. */
export function pptxgenInput(plan: SlidePlan): { plan: SlidePlan; warnings: Warning[] } {
  const warnings: Warning[] = [];
  const colour = (value: string, what: string): string => {
    if (HEX_COLOUR.test(value)) return value;
    warnings.push({ code: 'W_PPTX_COLOUR', message: `the colour "${value}" of ${what} is not six hex digits; ${theme.colour.ink} is used` });
    return theme.colour.ink;
  };
  const box = (b: TextBox): TextBox => (HEX_COLOUR.test(b.color) ? b : { ...b, color: colour(b.color, `a ${b.role} text`) });
  const shape = (s: ShapeBox): ShapeBox => ({
    ...s,
    ...(s.fill !== undefined ? { fill: colour(s.fill, `a ${s.kind} fill`) } : {}),
    ...(s.line !== undefined ? { line: colour(s.line, `a ${s.kind} line`) } : {}),
  });
  const pictures = (list: readonly PictureBox[], n: number): PictureBox[] =>
    list.filter((p) => {
      if (p.data.byteLength > 0) return true;
      warnings.push({ code: 'W_PPTX_IMAGE_EMPTY', message: `a picture on slide ${n} has no bytes and is left out` });
      return false;
    });
  const slide = (s: PlannedSlide, i: number): PlannedSlide => ({
    ...s,
    title: box(s.title),
    boxes: s.boxes.map(box),
    shapes: s.shapes.map(shape),
    ...(s.pictures ? { pictures: pictures(s.pictures, i + 1) } : {}),
    // pptxgenjs writes a chart's colours as given: one that is not hex would make the chart part invalid.
    ...(s.charts ? { charts: s.charts.map((c) => ({ ...c, colours: c.colours.map((x) => colour(x, 'a chart series')) })) } : {}),
  });
  const checked: SlidePlan = { ...plan, slides: plan.slides.map(slide), ...(plan.footer ? { footer: box(plan.footer) } : {}) };
  return { plan: checked, warnings };
}
