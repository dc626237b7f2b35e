import { theme } from '../../theme.js';

const size = theme.size.pdf;
const lead = theme.leading.pdf;

/** Type sizes, line heights and spacing of the brief, derived from the shared theme. */
export const type = {
  body: { size: size.body, leading: size.body * lead },
  small: { size: size.small, leading: size.small * lead },
  fact: { size: size.fact, leading: size.fact * 1.3 },
  factLabel: { size: size.small, leading: size.fact * 1.3 },
  h1: { size: size.h1, leading: size.h1 * 1.2 },
  h2: { size: size.h2, leading: size.h2 * 1.25 },
  h3: { size: size.body + 1, leading: (size.body + 1) * 1.3 },
  title: { size: size.title, leading: size.title * 1.15 },
  subtitle: { size: size.subtitle, leading: size.subtitle * 1.4 },
  figure: { size: 24, leading: 28 },
  furniture: { size: 8, leading: 10 },
} as const;

/** Vertical rhythm, in points. */
export const space = {
  paragraph: 7,
  small: 3,
  headingBefore: 22,
  headingAfter: 6,
  blockBefore: 14,
  blockAfter: 12,
} as const;
