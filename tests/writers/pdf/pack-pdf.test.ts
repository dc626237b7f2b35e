import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlineText, type BriefDocument } from '../../../src/model/document.js';
import { renderPackPdf } from '../../../src/writers/pdf/render-pack.js';
import { fixturePack, PACK_TITLE, readPack } from './packs.js';
import { skeleton } from './pdf-text.js';

const CHECK = '/work/shared/tools/check-pdf';
const EPOCH = 1_764_374_400;

const titleOf = (brief: BriefDocument) => {
  const cover = brief.blocks.find((b) => b.type === 'cover');
  return cover?.type === 'cover' ? inlineText(cover.title) : '';
};
const sectionsOf = (brief: BriefDocument) => brief.blocks.flatMap((b) => (b.type === 'heading' && b.level === 2 ? [inlineText(b.children)] : []));

describe('a briefing pack of Milan–Shanghai and three test partnerships', async () => {
  const { pack } = await fixturePack();
  const result = await renderPackPdf(pack, { sourceDateEpoch: EPOCH });
  const read = await readPack(result.bytes);
  const titles = pack.chapters.map(titleOf);
  const starts = titles.map((_, i) => read.links.find((l) => l.link.dest === `chapter-${i + 1}`)?.link.target ?? -1);

  it('opens with a cover holding the title and the date', () => {
    expect(skeleton(read.pages[0]!)).toContain(skeleton(PACK_TITLE));
    expect(read.pages[0]).toContain('As of 29 November 2026');
    expect(read.pages[0]).toContain('4 city partnerships');
  });

  it('lists every chapter in the contents, each printing the page its link goes to', () => {
    const contents = read.rows[1]!;
    expect(contents.flat()).toContain('Contents');
    titles.forEach((title, i) => {
      const row = contents.find((r) => r.includes(title));
      expect(row, title).toBeDefined();
      const links = read.links.filter((l) => l.page === 2 && l.link.dest === `chapter-${i + 1}`);
      expect(links.length).toBeGreaterThanOrEqual(2);
      for (const l of links) expect(l.link.target).toBe(starts[i]);
      expect(row!.at(-1)).toBe(String(starts[i]));
    });
  });

  it('starts each chapter where its link goes: the chapter cover, with no running header', () => {
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(starts[0]).toBe(3);
    starts.forEach((start, i) => {
      const page = read.pages[start - 1]!;
      expect(page.split('\n')[0], titles[i]).toBe(titles[i]);
      expect(page).not.toContain(pack.chapters[i]!.header);
      // The page before ends the previous chapter (or the contents) and is not this chapter's.
      expect(read.pages[start - 2]).not.toContain(pack.chapters[i]!.header);
    });
  });

  it('heads every later page of a chapter with that chapter, and numbers pages over the whole pack', () => {
    const total = read.pages.length;
    read.pages.forEach((page, n) => {
      if (n === 0) return expect(page).not.toMatch(/Page \d+ of/);
      expect(page).toContain(`Page ${n + 1} of ${total}`);
      const chapter = starts.filter((s) => s <= n + 1).length - 1;
      if (chapter < 0) return expect(page).toContain(pack.header);
      if (starts[chapter] !== n + 1) expect(page.split('\n')[0]).toBe(pack.chapters[chapter]!.header);
    });
  });

  it('nests bookmarks: pack title, then contents and chapters, then each chapter’s sections', () => {
    expect(read.outline.map((o) => o.title)).toEqual([PACK_TITLE]);
    const [root] = read.outline;
    expect(root!.items.map((o) => o.title)).toEqual(['Contents', ...titles]);
    pack.chapters.forEach((chapter, i) => {
      const sections = root!.items[i + 1]!.items.map((o) => o.title);
      expect(sections).toEqual(sectionsOf(chapter));
      expect(sections.length).toBeGreaterThan(2);
    });
  });

  it('keeps every source paragraph of every case study', () => {
    const furniture = new Set([pack.header, ...pack.chapters.map((c) => c.header)]);
    const body = read.pages.map((p) =>
      p
        .split('\n')
        .filter((l) => !furniture.has(l) && !/^Page \d+ of \d+$/.test(l))
        .join('\n'),
    );
    const all = skeleton(body.join('\n'));
    const paragraphs = pack.chapters.flatMap((c) => c.blocks.flatMap((b) => (b.type === 'paragraph' && b.source ? [inlineText(b.children)] : [])));
    expect(paragraphs.length).toBeGreaterThan(20);
    for (const p of paragraphs) expect(all, p.slice(0, 50)).toContain(skeleton(p));
  });

  it('has no warnings', () => {
    expect(result.warnings).toEqual([]);
  });

  describe.runIf(existsSync(CHECK))('check-pdf', () => {
    const check = async (pdfa: boolean) => {
      const bytes = pdfa ? (await renderPackPdf(pack, { sourceDateEpoch: EPOCH, pdfa: true })).bytes : result.bytes;
      const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'casebrief-pack-')), 'pack.pdf');
      writeFileSync(file, bytes);
      return execFileSync(CHECK, pdfa ? [file] : [file, '--no-pdfa'], { encoding: 'utf8' });
    };
    it('passes as plain PDF', async () => expect(await check(false)).toMatch(/pdf: \d+ checks, 0 failed/));
    it('passes as PDF/A', async () => expect(await check(true)).toMatch(/PASS\s+pdfa-xmp[\s\S]*pdf: \d+ checks, 0 failed/));
  });
});

describe('a briefing pack in Chinese', async () => {
  const { pack } = await fixturePack('zh');
  const result = await renderPackPdf(pack, { sourceDateEpoch: EPOCH });
  const read = await readPack(result.bytes);

  it('writes the cover date, the contents heading and the page numbers in Chinese', () => {
    expect(skeleton(read.pages[0]!)).toContain(skeleton('截至2026年11月29日'));
    expect(read.pages[1]).toContain('目录');
    expect(read.pages[1]).toContain('里昂（法国）与广州');
    expect(read.pages.at(-1)).toMatch(/第\s*\d+\s*页/);
  });

  it('has a glyph for every character', () => {
    expect(result.warnings).toEqual([]);
  });
});
