import { describe, expect, it } from 'vitest';
import type { DeckDocument, Slide } from '../../../src/model/document.js';
import { planDeck } from '../../../src/writers/pptx/plan-deck.js';

const text = (value: string) => [{ type: 'text' as const, value }];
const slide = (title: string, body: string, notes: string[] = []): Slide => ({
  layout: 'content',
  title: text(title),
  subtitle: [],
  body: [{ type: 'paragraph', children: text(body), source: true, small: false }],
  aside: [],
  notes,
});
const deck = (slides: Slide[]): DeckDocument => ({
  type: 'deck',
  meta: { title: 'T', author: 'A', subject: 'S', keywords: [], lang: 'en' },
  labels: { pageOf: '{page}', continued: '(cont.)' },
  footer: 'Source',
  slides,
});

describe('characters the deck’s fonts do not have', () => {
  it('names each once, where it first occurs, and leaves default-ignorable characters alone', () => {
    const plan = planDeck(
      deck([
        slide(
          'Marks \u0600',
          'Annotated \uFFF9x\uFFFAy\uFFFB, a letter mark \u061C, a vowel separator \u180E, a flag \u{1F3F4}\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}.',
        ),
        slide('Again \u0600', 'End of ayah \u06DD and \uFFF9 again.', ['Notes with \u{10330}.']),
      ]),
    );
    const warnings = plan.warnings.filter((w) => w.code === 'W_PPTX_GLYPH_MISSING').map((w) => w.message);
    expect(warnings).toEqual([
      expect.stringMatching(/U\+0600 "\u0600" in the title of the slide "Marks/),
      expect.stringMatching(/U\+FFF9 "\uFFF9", U\+FFFA "\uFFFA", U\+FFFB "\uFFFB", U\+1F3F4 "\u{1F3F4}" in the text of the slide "Marks/u),
      expect.stringMatching(/U\+06DD "\u06DD" in the text of the slide "Again/),
      expect.stringMatching(/U\+10330 "\u{10330}" in the notes of the slide "Again/u),
    ]);
    expect(warnings.join()).not.toMatch(/U\+(061C|180E|E00)/);
  });

  it('has nothing to say of Latin, Greek, Cyrillic and Chinese text', () => {
    const plan = planDeck(deck([slide('Milano · 米兰', 'Αθήνα, Москва, Kraków, 上海。')]));
    expect(plan.warnings).toEqual([]);
  });
});
