import type { PlaceholderProps, Pptx, SlideMasterProps } from './pptxgen-library.js';
import type { SlideLayout } from '../../model/document.js';
import { theme } from '../../theme.js';
import { DARK_LAYOUTS } from './plan-context.js';
import { EDGE_STRIP, FOOTER_RULE, NUMBER_BOX, TITLE_BOX, TITLE_RULE } from './deck-geometry.js';
import type { TextBox } from './slide-plan.js';

type MasterObject = NonNullable<SlideMasterProps['objects']>[number];

const LATIN = theme.font.deck.latin;
/** The background colour of each layout, for the masters and for anything that draws the plan (the studio's thumbnails). */
export const LAYOUT_BACKGROUND: Record<SlideLayout, string> = {
  anniversary: theme.colour.dark,
  title: theme.colour.dark,
  section: theme.colour.accent,
  closing: theme.colour.dark,
  content: theme.colour.paper,
  'two-column': theme.colour.paper,
  'key-figures': theme.colour.paper,
  timeline: theme.colour.paper,
};

/** The master name a planned slide uses: one master per layout. */
export const masterName = (layout: SlideLayout): string => `casebrief-${layout}`;

function titlePlaceholder(layout: SlideLayout): MasterObject {
  const dark = DARK_LAYOUTS.has(layout);
  return {
    placeholder: {
      options: {
        name: 'title',
        type: 'title',
        ...TITLE_BOX[layout],
        margin: 0,
        fontFace: LATIN,
        bold: true,
        color: dark ? theme.colour.paper : theme.colour.dark,
        valign: 'bottom',
      } as PlaceholderProps,
      text: '',
    },
  };
}

/** Decoration of the light layouts: edge strip, rule under the title, footer rule, footer text. */
function lightObjects(footer: TextBox | undefined, lang: string): MasterObject[] {
  const objects: MasterObject[] = [
    { rect: { ...EDGE_STRIP, fill: { color: theme.colour.accent }, line: { color: theme.colour.accent, width: 0 } } },
    { rect: { ...TITLE_RULE, fill: { color: theme.colour.accent }, line: { color: theme.colour.accent, width: 0 } } },
    { line: { ...FOOTER_RULE, line: { color: theme.colour.rule, width: 0.75 } } },
  ];
  if (footer) {
    const text = footer.paragraphs.map((p) => p.runs.map((r) => r.text).join('')).join(' ');
    objects.push({
      text: {
        text,
        options: {
          x: footer.x,
          y: footer.y,
          w: footer.w,
          h: footer.h,
          margin: 0,
          fontFace: LATIN,
          fontSize: footer.fontSize,
          color: footer.color,
          valign: 'middle',
          lang,
          fit: 'none',
        },
      },
    });
  }
  return objects;
}

/** Decoration of the dark layouts: an accent bar between the (bottom-anchored) title and the subtitle. */
function darkObjects(layout: SlideLayout): MasterObject[] {
  const bar = layout === 'section' ? theme.colour.paper : theme.colour.accent;
  const y = TITLE_BOX[layout].y + TITLE_BOX[layout].h + 0.12;
  return [{ rect: { x: TITLE_BOX[layout].x, y, w: 1.4, h: 0.09, fill: { color: bar }, line: { color: bar, width: 0 } } }];
}

/**
 * Defines the deck's masters, once each: every layout gets its background,
 * decoration and title placeholder; light layouts add the footer (the source)
 * and the slide number.
 */
export function defineMasters(pptx: Pptx, layouts: readonly SlideLayout[], footer: TextBox | undefined, lang: string): void {
  for (const layout of layouts) {
    const dark = DARK_LAYOUTS.has(layout);
    pptx.defineSlideMaster({
      title: masterName(layout),
      background: { color: LAYOUT_BACKGROUND[layout] },
      objects: [...(dark ? darkObjects(layout) : lightObjects(footer, lang)), titlePlaceholder(layout)],
      ...(dark
        ? {}
        : { slideNumber: { ...NUMBER_BOX, fontFace: LATIN, fontSize: theme.size.deck.footer, color: theme.colour.muted, align: 'right', valign: 'middle', margin: 0 } }),
    } as SlideMasterProps);
  }
}
