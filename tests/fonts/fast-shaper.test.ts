import { readFileSync, readdirSync } from 'node:fs';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { fastShaper } from '../../src/fonts/fast-shaper.js';
import { pdfFontFile, type FaceRole } from '../../src/fonts/font-files.js';

// Words of the shipped case studies, plus random strings over letters that ligate, kern,
// take contextual substitutions (i, j before marks) or belong to other scripts.
function corpus(): string[] {
  const words = new Set<string>();
  for (const name of readdirSync('data').filter((n) => n.endsWith('.yaml'))) {
    for (const line of readFileSync(`data/${name}`, 'utf8').split('\n')) for (const w of line.split(/(?<=[ \t])/)) words.add(w);
  }
  const alphabet = [...'fijltAVTWYy0123456789.,;:!?’“”"()-–— ffiflịįǹẹàéçßñøœĳŁΑΒαβάАБабвёжщЂђіј上海米兰，。、：！（）《》“”…·ー%€°×½¹²ⁱ'];
  let seed = 11;
  const next = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % n;
  for (let i = 0; i < 3000; i++) {
    let s = '';
    for (let j = 0, len = 1 + next(7); j < len; j++) s += alphabet[next(alphabet.length)];
    words.add(s);
  }
  return [...words];
}

type Run = { glyphs: { id: number; codePoints: number[] }[]; positions: { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }[] };

function summary(run: Run) {
  return run.glyphs.map((g, i) => {
    const p = run.positions[i]!;
    return [g.id, g.codePoints.join('+'), p.xAdvance, p.yAdvance, p.xOffset, p.yOffset].join(':');
  });
}

describe('fast shaper', () => {
  const words = corpus();
  for (const role of ['latin', 'latin-bold', 'latin-italic', 'cjk'] as FaceRole[]) {
    it(`gives fontkit's glyphs and positions (${role})`, () => {
      const bytes = readFileSync(pdfFontFile(role));
      const font = fontkit.create(bytes) as fontkit.Font;
      const fast = fastShaper(font, bytes)!;
      let shaped = 0;
      for (const word of words) {
        const run = fast(word) as unknown as Run | undefined;
        if (!run) continue;
        shaped++;
        expect(summary(run), JSON.stringify(word)).toEqual(summary(font.layout(word) as unknown as Run));
      }
      // Most text takes the fast path; otherwise it would not be worth having.
      expect(shaped / words.length).toBeGreaterThan(0.8);
    });
  }

  it('leaves text with combining marks, joiners or fraction slashes to fontkit', () => {
    const bytes = readFileSync(pdfFontFile('latin'));
    const fast = fastShaper(fontkit.create(bytes) as fontkit.Font, bytes)!;
    for (const text of ['e\u0301', 'a\u200db', '1\u20442', 'शहर', 'مدينة']) expect(fast(text)).toBeUndefined();
    expect(fast('office')).toBeDefined();
  });
});
