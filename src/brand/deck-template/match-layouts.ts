import { CaseStudyError, type Problem } from '../../errors.js';
import type { SlideLayout } from '../../model/document.js';
import type { DeckFrame, Rect } from '../../writers/pptx/deck-geometry.js';
import type { Box, DeckTemplate, TemplateLayout, TemplatePlaceholder } from './read-template.js';

/**
 * Chooses, for each kind of slide casebrief makes, the template layout it goes on: by the layout's
 * type and its placeholders (their types and where they are), names only as a hint, so a template
 * with layouts named in Italian ("Titolo e contenuto") or exported by LibreOffice (no types on its
 * content placeholders) is matched as well as PowerPoint's own. A layout map pins a kind by name.
 */

/** Every kind of slide the deck makes, in the order `template check` lists them. */
export const SLIDE_KINDS: readonly SlideLayout[] = ['title', 'anniversary', 'section', 'content', 'two-column', 'key-figures', 'timeline', 'closing'];

/** What a kind of slide needs from its layout. */
type Role = 'title' | 'section' | 'content' | 'two' | 'titleOnly';
const ROLE: Record<SlideLayout, Role> = {
  title: 'title',
  anniversary: 'title',
  section: 'section',
  closing: 'section',
  content: 'content',
  'two-column': 'two',
  'key-figures': 'titleOnly',
  timeline: 'titleOnly',
};
const ROLE_WORDS: Record<Role, string> = {
  title: 'title slide layout (a title and a subtitle)',
  section: 'section header layout',
  content: 'title and content layout',
  two: 'two-content layout',
  titleOnly: 'title-only layout',
};

/** Names in a few languages, a hint only (English, Italian, German, French, Spanish). */
const NAMES: Record<Role, RegExp> = {
  title: /^(title slide|titolo|diapositiva titolo|titelfolie|diapositive de titre|diapositiva de t[ií]tulo)\b/i,
  section: /(section|sezione|intestazione|abschnitt|en-t[eê]te|encabezado)/i,
  content: /(title,? (and )?content|titolo e contenuto|titel und inhalt|titre et contenu|t[ií]tulo y contenido)/i,
  two: /(two content|2 content|due contenuti|zwei inhalte|deux contenus|dos objetos)/i,
  titleOnly: /(title only|solo titolo|nur titel|titre seul|s[oó]lo el t[ií]tulo)/i,
};

export interface LayoutChoice {
  kind: SlideLayout;
  layout: TemplateLayout;
  /** Why, in plain words. */
  reason: string;
  /** True when a layout map named it. */
  pinned: boolean;
}

export interface LayoutChoices {
  choices: Record<SlideLayout, LayoutChoice>;
  /** What the template lacks, in plain words, and what casebrief does instead. */
  missing: string[];
}

/** A layout map entry: a layout's name for a kind, and where the map says so. */
export interface LayoutPin {
  kind: SlideLayout;
  name: string;
  file?: string;
  line?: number;
  col?: number;
}

const isTitle = (p: TemplatePlaceholder) => (p.type === 'title' || p.type === 'ctrTitle') && p.box !== undefined;
const isContent = (p: TemplatePlaceholder) => (p.type === 'body' || p.type === 'obj') && p.box !== undefined;
const isSubtitle = (p: TemplatePlaceholder) => p.type === 'subTitle' && p.box !== undefined;
const area = (b: Box) => b.w * b.h;

export function titleOf(layout: TemplateLayout): TemplatePlaceholder | undefined {
  return layout.placeholders.find(isTitle);
}

export function contentsOf(layout: TemplateLayout): TemplatePlaceholder[] {
  return layout.placeholders.filter(isContent).sort((a, b) => a.box!.x - b.box!.x || a.box!.y - b.box!.y);
}

export function subtitleOf(layout: TemplateLayout): TemplatePlaceholder | undefined {
  return layout.placeholders.find(isSubtitle);
}

/** How well a layout fits a role, with the reasons; below 1 it does not fit at all. */
function score(layout: TemplateLayout, role: Role, slide: DeckTemplate['slide']): { points: number; why: string[] } {
  const why: string[] = [];
  let points = 0;
  const title = titleOf(layout);
  if (!title) return { points: 0, why: ['it has no title placeholder'] };
  const contents = contentsOf(layout);
  const subtitle = subtitleOf(layout);
  const big = contents.filter((c) => area(c.box!) >= 0.2 * slide.w * slide.h);
  const add = (n: number, reason: string) => {
    points += n;
    why.push(reason);
  };
  const typed = (types: string[], words: string) => {
    if (layout.type && types.includes(layout.type)) add(8, `its type is "${layout.type}" (${words})`);
  };
  const named = () => {
    if (NAMES[role].test(layout.name)) add(2, `its name says so`);
  };
  switch (role) {
    case 'title':
      typed(['title'], 'a title slide');
      if (title.type === 'ctrTitle') add(4, 'it has a centred title placeholder');
      if (subtitle) add(5, 'it has a subtitle placeholder');
      if (big.length) points -= 3 * big.length;
      named();
      break;
    case 'section':
      typed(['secHead'], 'a section header');
      if (contents.length === 1 && !big.length && !subtitle) add(3, 'it has a title and one small text placeholder');
      if (big.length) points -= 4;
      named();
      break;
    case 'content':
      typed(['obj', 'tx'], 'title and content');
      if (contents.length === 1 && big.length === 1) add(6, `it has a title and one content placeholder of ${size(contents[0]!.box!)}`);
      if (subtitle || layout.type === 'title') points -= 6;
      if (contents.length > 1) points -= 3;
      named();
      break;
    case 'two': {
      typed(['twoObj', 'twoTxTwoObj'], 'two contents');
      const [a, b] = contents;
      if (contents.length === 2 && a && b && Math.abs(a.box!.y - b.box!.y) < 0.3 && a.box!.x + a.box!.w <= b.box!.x + 0.05)
        add(6, 'it has a title and two content placeholders side by side');
      else points -= 6;
      named();
      break;
    }
    case 'titleOnly':
      typed(['titleOnly'], 'title only');
      if (!contents.length && !subtitle) add(5, 'it has a title placeholder and no other text placeholder');
      else points -= 6;
      named();
      break;
  }
  return { points, why };
}

function size(b: Box): string {
  return `${b.w.toFixed(1)} × ${b.h.toFixed(1)} in`;
}

/** The best layout for a role (ties: the earlier master, the earlier layout), and why. */
function best(template: DeckTemplate, role: Role, master?: number): { layout: TemplateLayout; why: string[]; points: number } | undefined {
  let found: { layout: TemplateLayout; why: string[]; points: number } | undefined;
  for (const layout of template.layouts) {
    const s = score(layout, role, template.slide);
    const used = template.samples.some((sample) => sample.layout === layout.part);
    const points = s.points + (master !== undefined && layout.master === master ? 1.5 : 0) + (used ? 4 : 0);
    const why = used ? [...s.why, 'a sample slide of the template uses it'] : s.why;
    if (s.points >= 5 && (!found || points > found.points)) found = { layout, why, points };
  }
  return found;
}

/** Any layout with a title placeholder, preferring the fewest other placeholders. */
function anyTitled(template: DeckTemplate, master: number): TemplateLayout | undefined {
  const titled = template.layouts.filter((l) => titleOf(l));
  titled.sort((a, b) => Number(b.master === master) - Number(a.master === master) || contentsOf(a).length - contentsOf(b).length);
  return titled[0];
}

/** Chooses a layout for every kind of slide; `pins` (from a layout map) win. Throws when no layout has a title placeholder. */
export function chooseLayouts(template: DeckTemplate, pins: readonly LayoutPin[] = []): LayoutChoices {
  const missing: string[] = [];
  const content = best(template, 'content');
  const master = content?.layout.master ?? 0;
  const fallback = anyTitled(template, master);
  if (!fallback) throw new Error('no layout of the template has a title placeholder');
  const found: Partial<Record<Role, { layout: TemplateLayout; reason: string }>> = {};
  const pick = (role: Role) => {
    const hit = best(template, role, master);
    if (hit) found[role] = { layout: hit.layout, reason: hit.why.join('; ') };
  };
  for (const role of ['content', 'title', 'section', 'two', 'titleOnly'] as const) pick(role);
  const resolve = (role: Role): { layout: TemplateLayout; reason: string } => {
    const own = found[role];
    if (own) return own;
    const instead: Role[] = { title: ['section', 'content'], section: ['title', 'content'], content: ['titleOnly'], two: ['content'], titleOnly: ['content'] }[role] as Role[];
    for (const other of instead) {
      const alt = found[other];
      if (alt) {
        const what =
          other === 'titleOnly'
            ? 'its free area below the title takes the text'
            : other === 'content' && role !== 'two'
              ? 'its content placeholder is left off and its area used'
              : 'its placeholders take the text';
        missing.push(`no ${ROLE_WORDS[role]}: "${alt.layout.name}" (a ${ROLE_WORDS[other]}) is used instead, ${what}`);
        return { layout: alt.layout, reason: `in place of a ${ROLE_WORDS[role]}, which the template lacks` };
      }
    }
    missing.push(`no ${ROLE_WORDS[role]}: "${fallback.name}" is used, the text placed in its free area`);
    return { layout: fallback, reason: `the layout with a title and the fewest other placeholders, as the template has no ${ROLE_WORDS[role]}` };
  };
  const problems: Problem[] = pins
    .filter((pin) => !layoutNamed(template, pin.name, master))
    .map((pin) => ({
      file: pin.file ?? 'the layout map',
      ...(pin.line !== undefined ? { line: pin.line, col: pin.col ?? 1 } : {}),
      message: `the template ${template.file} has no layout named "${pin.name}"; its layouts are: ${[...new Set(template.layouts.map((l) => `"${l.name}"`))].join(', ')}`,
    }));
  for (const pin of pins) {
    const layout = layoutNamed(template, pin.name, master);
    if (layout && !titleOf(layout))
      problems.push({
        file: pin.file ?? 'the layout map',
        ...(pin.line !== undefined ? { line: pin.line, col: pin.col ?? 1 } : {}),
        message: `the layout "${pin.name}" has no title placeholder, and every slide's title goes in one; name a layout with a title`,
      });
  }
  if (problems.length) throw new CaseStudyError('E_INPUT', problems);
  const choices = {} as Record<SlideLayout, LayoutChoice>;
  for (const kind of SLIDE_KINDS) {
    const pin = pins.find((p) => p.kind === kind);
    if (pin) {
      const layout = layoutNamed(template, pin.name, master)!;
      choices[kind] = { kind, layout, reason: 'the layout map names it', pinned: true };
      continue;
    }
    const r = resolve(ROLE[kind]);
    choices[kind] = { kind, layout: r.layout, reason: r.reason, pinned: false };
  }
  return { choices, missing: [...new Set(missing)] };
}

/** The layout of a name (case and spaces aside), preferring master `master`. */
export function layoutNamed(template: DeckTemplate, name: string, master = 0): TemplateLayout | undefined {
  const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();
  const all = template.layouts.filter((l) => norm(l.name) === norm(name));
  return all.find((l) => l.master === master) ?? all[0];
}

/** A placeholder's text area: its box less its insets. */
export function textArea(p: TemplatePlaceholder): Rect {
  const b = p.box!;
  return { x: b.x + p.insets.l, y: b.y + p.insets.t, w: Math.max(0.2, b.w - p.insets.l - p.insets.r), h: Math.max(0.2, b.h - p.insets.t - p.insets.b) };
}

const GAP = 0.15;
/** Columns set closer than this are read as one line (by people and by text extraction). */
const MIN_GUTTER = 0.45;

/** The top of a layout's footer placeholders (date, footer, slide number) in the lower half, if any. */
function footerTop(template: DeckTemplate, layout: TemplateLayout): number | undefined {
  const master = template.masters[layout.master]!;
  const own = layout.placeholders.filter((p) => (p.type === 'ftr' || p.type === 'dt' || p.type === 'sldNum') && p.box);
  const footers = (own.length ? own : master.placeholders.filter((p) => (p.type === 'ftr' || p.type === 'dt' || p.type === 'sldNum') && p.box)).filter(
    (p) => p.box!.y > template.slide.h / 2,
  );
  return footers.length ? Math.min(...footers.map((p) => p.box!.y)) : undefined;
}

/** Where text may go in a placeholder of a layout: its text area, ending above the footer (LibreOffice's layouts let the two overlap). */
export function placeholderArea(template: DeckTemplate, layout: TemplateLayout, ph: TemplatePlaceholder): Rect {
  const area = textArea(ph);
  const top = footerTop(template, layout);
  if (top === undefined || top <= area.y + 0.5 || area.y + area.h <= top - GAP) return area;
  return { ...area, h: top - GAP - area.y };
}

/**
 * The free area of a layout for drawn content: below its title, above its footer placeholders
 * (or the slide's last twelfth), as wide as the master's body placeholder or else the title.
 */
export function freeArea(template: DeckTemplate, layout: TemplateLayout): Rect {
  const title = titleOf(layout)!;
  const master = template.masters[layout.master]!;
  const t = textArea(title);
  const top = Math.min(title.box!.y + title.box!.h + GAP, template.slide.h * 0.6);
  const top2 = footerTop(template, layout);
  const bottom = top2 !== undefined ? top2 - GAP : template.slide.h * (11 / 12);
  const body = master.placeholders.find((p) => p.type === 'body' && p.box);
  const x = body ? textArea(body).x : t.x;
  const w = body ? textArea(body).w : t.w;
  return { x, y: top, w, h: Math.max(0.5, bottom - top) };
}

/** True when `inner` lies within `outer` (to a hundredth of an inch). */
export function within(inner: Rect, outer: Rect): boolean {
  const e = 0.01;
  return inner.x >= outer.x - e && inner.y >= outer.y - e && inner.x + inner.w <= outer.x + outer.w + e && inner.y + inner.h <= outer.y + outer.h + e;
}

/** The boxes of the deck's slides on the chosen layouts: what the planners fit text into. */
export function frameOf(template: DeckTemplate, { choices }: LayoutChoices): DeckFrame {
  const { slide } = template;
  const titleArea = (kind: SlideLayout) => textArea(titleOf(choices[kind].layout)!);
  const title = Object.fromEntries(SLIDE_KINDS.map((k) => [k, titleArea(k)])) as Record<SlideLayout, Rect>;
  const textBelow = (kind: SlideLayout): Rect => {
    const layout = choices[kind].layout;
    const ph = subtitleOf(layout) ?? contentsOf(layout)[0];
    return ph ? placeholderArea(template, layout, ph) : freeArea(template, layout);
  };
  const subtitle = textBelow('title');
  const sectionSubtitle = textBelow('section');
  const closingSubtitle = textBelow('closing');
  const closingLayout = choices.closing.layout;
  const closingFree = freeArea(template, closingLayout);
  const below = closingSubtitle.y + closingSubtitle.h + GAP;
  const closingSmall = { x: closingSubtitle.x, y: below, w: closingSubtitle.w, h: Math.max(0.3, closingFree.y + closingFree.h - below) };
  const contentLayout = choices.content.layout;
  const [one] = contentsOf(contentLayout);
  const body = one ? placeholderArea(template, contentLayout, one) : freeArea(template, contentLayout);
  const twoLayout = choices['two-column'].layout;
  const pair = contentsOf(twoLayout);
  const columns: [Rect, Rect] =
    pair.length === 2
      ? gutter(placeholderArea(template, twoLayout, pair[0]!), placeholderArea(template, twoLayout, pair[1]!))
      : [
          { ...body, w: (body.w - MIN_GUTTER) / 2 },
          { ...body, x: body.x + (body.w + MIN_GUTTER) / 2, w: (body.w - MIN_GUTTER) / 2 },
        ];
  const anniversarySub = { ...subtitle, h: subtitle.h * 0.4 };
  const anniversaryBody = { ...subtitle, y: subtitle.y + subtitle.h * 0.45, h: subtitle.h * 0.55 };
  const cover = title.title;
  // A picture (or map) on the title slide: at the right, below the title where there is room (the title keeps its band), else beside it.
  const coverFree = freeArea(template, choices.title.layout);
  const underTitle = cover.y + cover.h + GAP;
  const bottom = Math.max(subtitle.y + subtitle.h, coverFree.y + coverFree.h);
  const picture =
    bottom - underTitle >= 1.5
      ? { x: cover.x + cover.w * 0.62, y: underTitle, w: cover.w * 0.38, h: bottom - underTitle }
      : { x: cover.x + cover.w * 0.62, y: cover.y, w: cover.w * 0.38, h: Math.max(bottom, cover.y + cover.h) - cover.y };
  const master = template.masters[contentLayout.master]!;
  const ftr = contentLayout.placeholders.find((p) => p.type === 'ftr' && p.box) ?? master.placeholders.find((p) => p.type === 'ftr' && p.box);
  const footer = ftr ? textArea(ftr) : { x: body.x, y: slide.h - 0.45, w: body.w * 0.8, h: 0.3 };
  const titleSize = titleOf(contentLayout)?.look.size ?? master.titleLook.size;
  const bodySize = one?.look.size ?? master.bodyLook.size;
  return {
    slide,
    title,
    subtitle,
    sectionSubtitle,
    closingSubtitle,
    anniversarySubtitle: anniversarySub,
    anniversaryBody,
    closingSmall,
    body,
    columns,
    figures: freeArea(template, choices['key-figures'].layout),
    picture,
    footer,
    ...(titleSize ? { titleMax: titleSize } : {}),
    ...(bodySize ? { bodyMax: bodySize } : {}),
  };
}

/** Two columns at least `MIN_GUTTER` apart: each gives up half of what is missing. */
function gutter(left: Rect, right: Rect): [Rect, Rect] {
  const gap = right.x - (left.x + left.w);
  if (gap >= MIN_GUTTER) return [left, right];
  const half = (MIN_GUTTER - gap) / 2;
  return [
    { ...left, w: left.w - half },
    { ...right, x: right.x + half, w: right.w - half },
  ];
}
