import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../../src/writers/pdf/render-pdf.js';
import { brief, para } from './briefs.js';

/** Format characters that are visible (prepended concatenation marks, interlinear annotation): no font of ours has them. */
const VISIBLE_FORMAT = ['\u0600', '\u06DD', '\uFFF9', '\uFFFA', '\uFFFB'];
/** Default-ignorable characters: the letter mark, the Mongolian vowel separator, joiners, the tag characters of a flag. */
const IGNORABLE = ['\u061C', '\u180E', '\u200D', '\u2060', '\u{E0067}', '\u{E0062}', '\u{E007F}'];

const named = (warnings: { message: string }[]) =>
  new Set(warnings.flatMap((w) => [...w.message.matchAll(/U\+([0-9A-F]{4,6})/g)].map((m) => String.fromCodePoint(parseInt(m[1]!, 16)))));

/** The first page of a PDF as an image. */
function picture(bytes: Uint8Array): Buffer {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'casebrief-glyphs-'));
  writeFileSync(path.join(dir, 'a.pdf'), bytes);
  execFileSync('pdftoppm', ['-r', '50', '-f', '1', '-l', '1', '-singlefile', '-png', path.join(dir, 'a.pdf'), path.join(dir, 'a')]);
  return readFileSync(path.join(dir, 'a.png'));
}

describe('characters no font of the brief can draw', () => {
  it('names each visible format character in one warning of the block that holds it', async () => {
    const result = await renderPdf(brief([para(`Marks ${VISIBLE_FORMAT.join(' ')} in a line, twice: ${VISIBLE_FORMAT.join('')}.`)]), { sourceDateEpoch: 0 });
    expect([...named(result.warnings)].sort()).toEqual([...VISIBLE_FORMAT].sort());
    expect(result.warnings.every((w) => w.code === 'pdf-missing-glyph' && w.message.includes('paragraph "Marks'))).toBe(true);
    expect(result.warnings).toHaveLength(VISIBLE_FORMAT.length);
  });

  it('draws nothing for default-ignorable characters and says nothing of them', async () => {
    const plain = await renderPdf(brief([para('England abc flag')]), { sourceDateEpoch: 0 });
    const marked = await renderPdf(brief([para(`England a${IGNORABLE.slice(0, 4).join('')}b${IGNORABLE.slice(4).join('')}c flag`)]), { sourceDateEpoch: 0 });
    expect(marked.warnings).toEqual([]);
    expect(picture(marked.bytes).equals(picture(plain.bytes))).toBe(true);
  });
});
