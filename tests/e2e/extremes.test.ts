import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCaseStudy, renderCaseStudy, type RenderOutput } from '../../src/index.js';
import { sampleText, seedParagraphs } from '../helpers/case-study.js';
import { pptxSlides, skeleton } from '../helpers/extract.js';

/** The project's judges of PDFs and decks. */
const TOOLS = '/work/shared/tools';
const out = mkdtempSync(path.join(os.tmpdir(), 'casebrief-extremes-'));

const words = (n: number, list = ['alpha', 'beta', 'gamma', 'delta']) => Array.from({ length: n }, (_, i) => list[i % list.length]).join(' ');

/** The fields of the sample made as long as a hurried or careless writer might make them. */
const LONG = {
  title: 'T'.repeat(500),
  heading: 'H'.repeat(600),
  value: words(60),
  label: 'L'.repeat(2000),
  event: 'x'.repeat(2000),
  city: 'Llanfairpwllgwyngyll'.repeat(20),
  link: 'Q'.repeat(800),
  source: 'S'.repeat(900),
};

// biome-ignore lint/suspicious/noExplicitAny: the sample's YAML, edited freely by each test
type Yaml = Record<string, any>;
function render(edit: (doc: Yaml) => void, formats = ['pdf', 'pptx']): Promise<RenderOutput> {
  const doc = parse(sampleText()) as Yaml;
  edit(doc);
  const study = parseCaseStudy(stringify(doc, { lineWidth: 0 }), { file: path.join(out, 'extreme.yaml') });
  return renderCaseStudy(study, { formats, asOf: '2026-11-29', sourceDateEpoch: 0 });
}

/** Runs a judge; its report, whatever its verdict. */
function judge(tool: string, args: string[]): string {
  const run = spawnSync(path.join(TOOLS, tool), args, { encoding: 'utf8' });
  return `${run.stdout}${run.stderr}`;
}

describe.skipIf(!existsSync(TOOLS))('a case study with every field far too long, judged by check-pdf and check-pptx', () => {
  let result: RenderOutput;
  const expected = path.join(out, 'expected.txt');
  beforeAll(async () => {
    result = await render((d) => {
      d.title = LONG.title;
      d.sections[0].heading = LONG.heading;
      d.key_figures[0].value = LONG.value;
      d.key_figures[1].label = LONG.label;
      d.timeline[0].event = LONG.event;
      d.cities[0].name = LONG.city;
      d.links = [{ label: LONG.link, url: 'https://example.org/' }];
      d.source = LONG.source;
    });
    for (const file of result.files) writeFileSync(path.join(out, `extreme.${file.format}`), file.bytes);
    writeFileSync(expected, `${[...seedParagraphs(), ...Object.values(LONG)].join('\n')}\n`);
  }, 120_000);

  it('gives a brief with every word, nothing outside a page and nothing drawn over other text', () => {
    const report = judge('check-pdf', [path.join(out, 'extreme.pdf'), '--text', expected, '--no-pdfa']);
    expect(report).toMatch(/PASS\s+page-bounds/);
    expect(report).toMatch(/PASS\s+overlap/);
    expect(report).toMatch(/PASS\s+text/);
    expect(report).toMatch(/pdf: \d+ checks, 0 failed/);
  });

  it('gives a deck with every word on its slides or in their notes, and nothing outside a slide or its box', () => {
    const report = judge('check-pptx', [path.join(out, 'extreme.pptx'), '--text', expected]);
    expect(report).toMatch(/PASS\s+text/);
    expect(report).toMatch(/PASS\s+overflow-page/);
    expect(report).toMatch(/PASS\s+overflow-box/);
    expect(report).toMatch(/PASS\s+render-text/);
  }, 180_000);

  it('says what it cut short and where', () => {
    const messages = result.warnings.map((w) => `${w.code}: ${w.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^pdf-text-truncated: The running header "T+…" is too long for 2 lines/),
        expect.stringMatching(/^W_PPTX_TEXT_CUT: the title of the slide "H+…" is too long/),
        expect.stringMatching(/^W_PPTX_TEXT_CUT: the key figure "alpha beta gamma/),
        expect.stringMatching(/^W_PPTX_TEXT_CUT: the label of the key figure "600"/),
        expect.stringMatching(/^W_PPTX_TEXT_CUT: the timeline event of 3 July 1979/),
        expect.stringMatching(/^W_PPTX_TEXT_CUT: the footer "S+…"/),
      ]),
    );
  });
});

describe('one sentence of 50,000 words with no full stop', () => {
  it('is set on slides, whole, with the paragraph in the notes', async () => {
    const sentence = words(50_000, ['partnership', 'between', 'cities', 'and', 'their', 'people', 'with', 'exchanges', 'of', 'culture']);
    const result = await render(
      (d) => {
        d.sections[1].paragraphs = [sentence];
      },
      ['pptx'],
    );
    const slides = await pptxSlides(result.files[0]!.bytes);
    // The bodies of the slides, without their titles and numbers, read one after another.
    const bodies = slides.map((s) =>
      s.slide
        .split('\n')
        .filter((line) => !line.startsWith('Main topics') && !/^\d+$/.test(line.trim()))
        .join(' '),
    );
    expect(slides.length).toBeGreaterThan(100);
    expect(skeleton(bodies.join(' '))).toContain(skeleton(sentence));
    expect(skeleton(slides.map((s) => s.notes).join(' '))).toContain(skeleton(sentence));
  }, 120_000);
});
