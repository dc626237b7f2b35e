import { inlineText, type Block, type DeckDocument, type Inline, type PackDocument, type Slide } from '../model/document.js';

/**
 * One deck for a whole pack: a title slide with the pack's cover; for each case study a divider
 * made of its own title slide (its place in the pack before its subtitle, its notes kept), its
 * slides, and its closing slide's sources and links under the pack's `chapterSources` title; then
 * one closing slide for the whole pack, the last case study's closing title over the pack's title.
 * Every word comes from the templates: the pack's cover and labels, and each case study's deck.
 */
export function combineDecks(pack: PackDocument, decks: readonly DeckDocument[]): DeckDocument {
  const cover = pack.cover;
  const opening: Slide = { ...blank('title', cover.title), subtitle: joined([...cover.subtitle, cover.tagline]) };
  const slides = [opening];
  let closingTitle: Inline[] | undefined;
  decks.forEach((deck, i) => {
    const first = deck.slides[0];
    const titleSlide = first?.layout === 'title' ? first : undefined;
    const last = deck.slides.at(-1);
    const closing = last?.layout === 'closing' && last !== first ? last : undefined;
    const middle = deck.slides.slice(titleSlide ? 1 : 0, closing ? -1 : undefined);
    const place: Inline[] = [{ type: 'text', value: pack.labels.chapterOf.replaceAll('{n}', String(i + 1)).replaceAll('{count}', String(decks.length)) }];
    slides.push({
      ...blank('section', titleSlide?.title ?? [{ type: 'text', value: deck.meta.title }]),
      subtitle: joined([place, titleSlide?.subtitle ?? []]),
      // A picture belongs to the case study's own deck; the divider keeps the words.
      body: (titleSlide?.body ?? []).filter((b) => b.type !== 'image'),
      notes: titleSlide?.notes ?? [],
    });
    slides.push(...middle);
    if (closing) {
      closingTitle = closing.title;
      const words = closing.body.filter((b) => b.type !== 'image');
      if (words.length && pack.labels.chapterSources) {
        slides.push({ ...blank('content', [{ type: 'text', value: pack.labels.chapterSources }]), body: words, notes: closing.notes });
      } else {
        // No title for them: what the closing slide said goes into the notes of the chapter's last slide.
        const host = slides.at(-1)!;
        slides[slides.length - 1] = { ...host, notes: [...host.notes, ...words.flatMap(blockText), ...closing.notes] };
      }
    }
  });
  if (closingTitle) slides.push({ ...blank('closing', closingTitle), subtitle: cover.title });
  return {
    type: 'deck',
    meta: pack.meta,
    labels: { pageOf: pack.labels.pageOf, continued: pack.labels.continued },
    // Each case study's own source stays in its divider's notes and on its sources slide.
    footer: pack.meta.title,
    slides,
  };
}

function blank(layout: Slide['layout'], title: Inline[]): Slide {
  return { layout, title, subtitle: [], body: [], aside: [], notes: [] };
}

/** The words of a block, one note each, for blocks moved into speaker notes. */
function blockText(block: Block): string[] {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return [inlineText(block.children)];
    case 'list':
      return block.items.map((item) => inlineText(item));
    default:
      return [];
  }
}

// Lines as one subtitle line, in order, separated by a middle dot.
function joined(lines: Inline[][]): Inline[] {
  return lines.filter((l) => l.length).flatMap((line, i) => (i === 0 ? line : [{ type: 'text' as const, value: ' · ' }, ...line]));
}
