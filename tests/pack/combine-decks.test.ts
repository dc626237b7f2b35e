import { describe, expect, it } from 'vitest';
import { inlineText } from '../../src/model/document.js';
import { combineDecks } from '../../src/pack/combine-decks.js';
import { fixturePack, PACK_FILES } from '../writers/pdf/packs.js';
import type { DeckDocument } from '../../src/model/document.js';
import { loadCaseStudy } from '../../src/load/load-case-study.js';
import { documentFor, localizedStudy, settingsFrom } from '../../src/pipeline.js';

/** A case study's own deck document, as a build composes it. */
async function deckOf(file: string): Promise<DeckDocument> {
  const settings = await settingsFrom({ formats: ['pptx'], lang: 'en', asOf: '2026-11-29' });
  const { data, images } = localizedStudy(await loadCaseStudy(file), 'en');
  return documentFor('deck', data, settings, images) as DeckDocument;
}

describe('combineDecks', async () => {
  const { pack } = await fixturePack('en', true);
  const decks = await Promise.all(PACK_FILES.map(async (file) => deckOf(file)));
  const before = JSON.stringify(decks);
  const deck = combineDecks(pack, decks);

  it('opens with the pack’s title slide, its cover lines as the subtitle', () => {
    expect(deck.slides[0]!.layout).toBe('title');
    expect(inlineText(deck.slides[0]!.title)).toBe('Mission to Shanghai, May 2027');
    expect(inlineText(deck.slides[0]!.subtitle)).toBe('Briefing pack · 4 city partnerships · As of 29 November 2026');
  });

  it('makes each case study’s title slide its divider, then its slides, then its sources; one closing slide for the pack', () => {
    let at = 1;
    decks.forEach((d, i) => {
      const divider = deck.slides[at]!;
      expect(divider.layout).toBe('section');
      expect(divider.title).toEqual(d.slides[0]!.title);
      expect(inlineText(divider.subtitle)).toBe([`Partnership ${i + 1} of 4`, inlineText(d.slides[0]!.subtitle)].filter(Boolean).join(' · '));
      expect(divider.notes).toEqual(d.slides[0]!.notes);
      const middle = d.slides.slice(1, -1);
      expect(deck.slides.slice(at + 1, at + 1 + middle.length)).toEqual(middle);
      const sources = deck.slides[at + 1 + middle.length]!;
      expect(inlineText(sources.title)).toBe('Sources and links');
      expect(sources.body).toEqual(d.slides.at(-1)!.body.filter((b) => b.type !== 'image'));
      at += 2 + middle.length;
    });
    const closing = deck.slides.slice(at);
    expect(closing.map((s) => [s.layout, inlineText(s.title), inlineText(s.subtitle)])).toEqual([['closing', 'Thank you', 'Mission to Shanghai, May 2027']]);
    // One title slide and one "Thank you" in the whole deck.
    expect(deck.slides.filter((s) => s.layout === 'title')).toHaveLength(1);
    expect(deck.slides.filter((s) => inlineText(s.title) === 'Thank you')).toHaveLength(1);
  });

  it('takes the pack’s metadata and leaves the decks it was given as they were', () => {
    expect(deck.meta).toEqual(pack.meta);
    expect(JSON.stringify(decks)).toBe(before);
  });
});
