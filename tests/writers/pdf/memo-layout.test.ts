import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { clearCaches } from '../../../src/fonts/process-caches.js';
import { parseCaseStudy } from '../../../src/load/load-case-study.js';
import { renderCaseStudy } from '../../../src/pipeline.js';
import { columnContext } from '../../../src/writers/pdf/flow.js';
import { fontMeasurer, type Measurer } from '../../../src/writers/pdf/measure.js';
import { pageGeometry } from '../../../src/writers/pdf/page-geometry.js';
import { plainRuns } from '../../../src/writers/pdf/styled-text.js';
import { textLines } from '../../../src/writers/pdf/text-rows.js';
import { sampleText, sampleWith } from '../../helpers/case-study.js';

const OPTIONS = { formats: ['pdf'], lang: 'en', asOf: '2026-11-29', sourceDateEpoch: 0 } as const;
const THEME = 'data/themes/milano.yaml';
const FIRST = 'The partnership between Milan and Shanghai began 30 years ago';

async function render(text: string, theme?: string): Promise<{ pdf: string; warnings: string[] }> {
  const { files, warnings } = await renderCaseStudy(parseCaseStudy(text, { file: 'case.yaml' }), { ...OPTIONS, ...(theme ? { theme } : {}) });
  return { pdf: Buffer.from(files[0]!.bytes).toString('base64'), warnings: warnings.map((w) => `${w.code}: ${w.message}`) };
}

/** The same render in a new process, whose caches start empty. */
function renderInFreshProcess(text: string, theme?: string): Promise<{ pdf: string; warnings: string[] }> {
  const script = `import { parseCaseStudy } from './src/load/load-case-study.ts';
import { renderCaseStudy } from './src/pipeline.ts';
const text = ${JSON.stringify(text)};
const { files, warnings } = await renderCaseStudy(parseCaseStudy(text, { file: 'case.yaml' }), ${JSON.stringify({ ...OPTIONS, ...(theme ? { theme } : {}) })});
process.stdout.write(JSON.stringify({ pdf: Buffer.from(files[0].bytes).toString('base64'), warnings: warnings.map((w) => w.code + ': ' + w.message) }));`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script]);
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`exit ${code}: ${err}`))));
  });
}

describe('what a process remembers between renders (set lines, widths, font subsets) never changes bytes', () => {
  it('a render after a one-paragraph edit is byte for byte what a fresh process renders of the same text', async () => {
    // The same glyphs as the sample (a figure changed), new glyphs (Greek letters: another font
    // subset), and a character no font has (its warning must be given again on every render).
    const sameGlyphs = sampleWith(FIRST, FIRST.replace('30', '31'));
    const newGlyphs = sampleWith(FIRST, `${FIRST.replace('30', '29')} (Ωμέγα)`);
    const missing = sampleWith(FIRST, `${FIRST} \u{1D54F}`);
    const fresh = Promise.all([sameGlyphs, newGlyphs, missing].map((text) => renderInFreshProcess(text)));
    const original = await render(sampleText());
    const warm = [];
    for (const text of [sameGlyphs, newGlyphs, missing, missing]) warm.push(await render(text));
    const again = await render(sampleText());
    const [freshSame, freshNew, freshMissing] = await fresh;
    expect(warm[0]).toEqual(freshSame);
    expect(warm[1]).toEqual(freshNew);
    expect(warm[2]).toEqual(freshMissing);
    expect(warm[3]).toEqual(freshMissing);
    expect(freshMissing!.warnings.some((w) => w.startsWith('pdf-missing-glyph'))).toBe(true);
    expect(again).toEqual(original);
    expect(warm[0]!.pdf).not.toEqual(original.pdf);
  }, 60_000);

  it("a brief in a theme's fonts, between briefs in casebrief's own, and after clearCaches, is what a fresh process renders", async () => {
    const edited = sampleWith(FIRST, FIRST.replace('30', '32'));
    const fresh = renderInFreshProcess(edited, THEME);
    const plain = await render(edited);
    const themed = await render(edited, THEME);
    expect(await render(edited)).toEqual(plain);
    expect(await render(edited, THEME)).toEqual(themed);
    clearCaches();
    expect(await render(edited, THEME)).toEqual(themed);
    expect(await render(edited)).toEqual(plain);
    expect(themed).toEqual(await fresh);
    expect(themed.pdf).not.toEqual(plain.pdf);
  }, 60_000);

  it('text set in other fonts is never taken for text set in these: lines are remembered per measurer', async () => {
    const measurer = await fontMeasurer();
    // Another measurer for the same face roles, whose fonts are twice as wide.
    const wide: Measurer = { ...measurer, width: (text, role, size) => 2 * measurer.width(text, role, size) };
    const text = 'Both being big metropolises which play strategic roles in their respective countries, mutual interest topics were addressed.';
    const lines = (m: Measurer) => {
      const ctx = columnContext(pageGeometry('a4'), m, 'en', false, []);
      return textLines(plainRuns(text), { size: 10.5, leading: 15, colour: '#000000', where: 'test' }, ctx).length;
    };
    const narrow = lines(measurer);
    expect(lines(wide)).toBeGreaterThan(narrow);
    expect(lines(measurer)).toBe(narrow);
  });
});
