import { describe, expect, it } from 'vitest';
import { clearCaches } from '../../../src/fonts/process-caches.js';
import { parseCaseStudy } from '../../../src/load/load-case-study.js';
import { renderCaseStudy } from '../../../src/pipeline.js';
import { sampleText } from '../../helpers/case-study.js';

const OPTIONS = { formats: ['pptx'], lang: 'en', asOf: '2026-11-29', sourceDateEpoch: 0 } as const;
const FIRST = 'The partnership between Milan and Shanghai began 30 years ago';

async function deck(text: string): Promise<Buffer> {
  const { files } = await renderCaseStudy(parseCaseStudy(text, { file: 'case.yaml' }), OPTIONS);
  return Buffer.from(files[0]!.bytes);
}

describe('the fixed and compressed parts a process remembers between decks never change bytes', () => {
  it('a deck after a one-paragraph edit is byte for byte the deck rendered with the caches emptied', async () => {
    const text = sampleText();
    const edited = text.replace(FIRST, 'The partnership between Milan and Shanghai began 31 years ago');
    expect(edited).not.toBe(text);
    const before = await deck(text);
    const afterEdit = await deck(edited);
    const again = await deck(text);
    clearCaches();
    const editedCold = await deck(edited);
    clearCaches();
    const originalCold = await deck(text);
    expect(afterEdit.equals(before)).toBe(false);
    expect(afterEdit.equals(editedCold)).toBe(true);
    expect(again.equals(before)).toBe(true);
    expect(originalCold.equals(before)).toBe(true);
  });

  it('the edited words reach the deck (its notes carry every paragraph), so the remembered parts are not stale', async () => {
    const edited = sampleText().replace(FIRST, 'The partnership between Milan and Shanghai began 31 years ago');
    await deck(sampleText());
    const { default: JSZip } = await import('jszip');
    const zip = await JSZip.loadAsync(await deck(edited));
    const xml = (
      await Promise.all(
        Object.keys(zip.files)
          .filter((n) => /^ppt\/(slides|notesSlides)\/.*\.xml$/.test(n))
          .map((n) => zip.file(n)!.async('string')),
      )
    ).join('');
    expect(xml).toContain('began 31 years ago');
    expect(xml).not.toContain('began 30 years ago');
  });
});
