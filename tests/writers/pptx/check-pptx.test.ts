import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPptx } from '../../../src/writers/pptx/render-pptx.js';
import { seedParagraphs } from '../../helpers/case-study.js';
import { CHINESE_PARAGRAPH, longCaseStudyDeck, longParagraphs, milanShanghaiDeck } from './long-case-study.js';

const CHECK = '/work/shared/tools/check-pptx';

/** Runs the shared judge without LibreOffice (fast): package, schema and text checks. */
function check(bytes: Uint8Array, expected: string[]): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'casebrief-pptx-'));
  writeFileSync(path.join(dir, 'deck.pptx'), bytes);
  writeFileSync(path.join(dir, 'expected.txt'), expected.join('\n\n'));
  return execFileSync(CHECK, [path.join(dir, 'deck.pptx'), '--text', path.join(dir, 'expected.txt'), '--schema-all', '--no-render'], { encoding: 'utf8' });
}

describe.runIf(existsSync(CHECK))('check-pptx on written decks', () => {
  it('passes on Milan–Shanghai with every seed paragraph in slides or notes', async () => {
    const out = check((await renderPptx(await milanShanghaiDeck(), { sourceDateEpoch: 0 })).bytes, seedParagraphs());
    expect(out).toMatch(/PASS\s+text\s+all \d+ sentences/);
    expect(out).toMatch(/pptx: \d+ checks, 0 failed/);
  });

  it('passes on a case study with a 3,000-word section', async () => {
    const out = check((await renderPptx(await longCaseStudyDeck(), { sourceDateEpoch: 0 })).bytes, [...longParagraphs(), CHINESE_PARAGRAPH]);
    expect(out).toMatch(/PASS\s+schema/);
    expect(out).toMatch(/pptx: \d+ checks, 0 failed/);
  });
});
