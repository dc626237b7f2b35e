/**
 * The one theme both renderers share: colours, type sizes and font roles.
 * Colours are hex RGB without `#` (the form pptxgenjs wants; pdfkit takes `#`+hex).
 */
export const theme = {
  colour: {
    ink: '1F2933',
    muted: '5B6770',
    accent: 'B3261E',
    accentSoft: 'F6E7E5',
    rule: 'D5DBE0',
    panel: 'F3F5F7',
    paper: 'FFFFFF',
    dark: '16324F',
  },
  /** Series and slice colours of charts, in order: the accent, the dark blue, then hues that stay apart from both. */
  chart: ['B3261E', '16324F', 'D4922A', '3F7F7F', '7A5C99', '8A9A5B', 'D9837A', '6B8DB5'],
  /** Type sizes in points. */
  size: {
    pdf: { title: 26, subtitle: 13, h1: 18, h2: 13.5, body: 10.5, small: 8.5, fact: 9.5 },
    deck: { title: 40, subtitle: 20, slideTitle: 30, body: 22, bodyMin: 18, footer: 10, figure: 48 },
    /** Deck floors and secondary sizes: titles shrink to `*Min` before they wrap; `titleFloor` is the last resort. */
    deckFit: { titleMin: 28, slideTitleMin: 24, titleFloor: 18, figureMin: 28, label: 18, labelMin: 14, event: 16, eventMin: 12, small: 16 },
  },
  /** Font names a deck asks for (a .pptx cannot carry fonts); measured with metric-compatible files. */
  font: { deck: { latin: 'Calibri', eastAsian: 'Microsoft YaHei' } },
  /** Line height as a multiple of the type size. */
  leading: { pdf: 1.42, deck: 1.15 },
} as const;

/** Hex colour with a leading `#`, as pdfkit wants it. */
export function hash(colour: string): string {
  return `#${colour}`;
}
