import type { DeckDocument, Inline, PackDocument, Slide } from '../model/document.js';

/**
 * One deck for a whole pack: a title slide with the pack's cover, then for each case study a
 * divider (the `section` layout, titled like the case study's own title slide) and its slides.
 * Every word comes from the templates: the pack's cover and labels, and each case study's deck.
 */
export function combineDecks(pack: PackDocument, decks: readonly DeckDocument[]): DeckDocument {
  const cover = pack.cover;
  const opening: Slide = { ...blank('title', cover.title), subtitle: joined([...cover.subtitle, cover.tagline]) };
  const slides = [opening];
  decks.forEach((deck, i) => {
    const title = deck.slides[0]?.title ?? [{ type: 'text', value: deck.meta.title }];
    const place = pack.labels.chapterOf.replaceAll('{n}', String(i + 1)).replaceAll('{count}', String(decks.length));
    slides.push({ ...blank('section', title), subtitle: [{ type: 'text', value: place }] }, ...deck.slides);
  });
  return {
    type: 'deck',
    meta: pack.meta,
    labels: { pageOf: pack.labels.pageOf, continued: pack.labels.continued },
    // Each case study's own source stays on its title slide's notes and its closing slide.
    footer: pack.meta.title,
    slides,
  };
}

function blank(layout: Slide['layout'], title: Inline[]): Slide {
  return { layout, title, subtitle: [], body: [], aside: [], notes: [] };
}

// Lines of the cover as one subtitle line, in order, separated by a middle dot.
function joined(lines: Inline[][]): Inline[] {
  return lines.filter((l) => l.length).flatMap((line, i) => (i === 0 ? line : [{ type: 'text' as const, value: ' · ' }, ...line]));
}
