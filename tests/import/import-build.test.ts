import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importCommand } from '../../src/cli/commands/import.js';
import { loadCaseStudy } from '../../src/load/load-case-study.js';
import { buildOne } from '../../src/batch/build-one.js';
import { prepareTemplates } from '../../src/pipeline.js';
import type { TemplateSet } from '../../src/template/load-templates.js';
import { pdfPages, pptxSlides, skeleton, withoutPageFurniture } from '../helpers/extract.js';
import { bodyLines, fixture, sentences } from './survey-text.js';

let templates: TemplateSet;

beforeAll(async () => {
  templates = await prepareTemplates();
});

/** import → build: every sentence of the text must reach the PDF, and the deck's slides or notes. */
describe.each(['../milan-shanghai.txt', 'missing-sections.txt', 'unknown-heading.txt', 'crlf-bom.txt', 'chengdu-bonn-zh.txt', 'long-section.txt', 'title-and-one-section.txt'])(
  'import %s, then build',
  (name) => {
    it('keeps every sentence of the text in the PDF and in the deck', async () => {
      const out = mkdtempSync(path.join(os.tmpdir(), 'casebrief-import-build-'));
      const { written } = await importCommand([fixture(name)], { out, force: false });
      const cs = (await loadCaseStudy(written[0]!)).data;
      const lang = templates.messages[cs.language] ? cs.language : 'en';
      const outcome = await buildOne(written[0]!, { outDir: out, options: { formats: ['pdf', 'pptx'], lang, asOf: '2026-11-29' } });
      if (!outcome.ok) throw new Error(outcome.errors.join('\n'));
      const { outputs } = outcome;
      const pdf = skeleton(withoutPageFurniture(await pdfPages(outputs.find((f) => f.endsWith('.pdf'))!)).join('\n'));
      const deck = skeleton((await pptxSlides(outputs.find((f) => f.endsWith('.pptx'))!)).map((s) => `${s.slide}\n${s.notes}`).join('\n'));
      const expected = sentences(
        bodyLines(
          fixture(name),
          cs.sections.map((s) => s.heading as string),
        ),
      );
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.filter((s) => !pdf.includes(skeleton(s)))).toEqual([]);
      expect(expected.filter((s) => !deck.includes(skeleton(s)))).toEqual([]);
    });
  },
);
