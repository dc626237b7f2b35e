import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCaseStudy, renderCaseStudy } from '../../../src/index.js';
import { seedParagraphs } from '../../helpers/case-study.js';

/**
 * The Milan–Shanghai deck built inside the four templates of tests/fixtures/templates, checked as
 * a machine would: check-pptx's schemas, every sentence, and LibreOffice's rendering with no text
 * cut off or overlapping. (template.test.ts checks the parts; this file needs LibreOffice, so
 * `npm run test:unit` leaves it to `npm test`.)
 */

const TEMPLATES = ['metropolis-logo', 'vivid-italian', 'debian-4x3', 'candy-many-masters'] as const;
const CHECK = '/work/shared/tools/check-pptx';
const dir = mkdtempSync(path.join(os.tmpdir(), 'casebrief-templated-check-'));
const expected = path.join(dir, 'expected.txt');

beforeAll(async () => {
  writeFileSync(expected, `${seedParagraphs().join('\n')}\n`);
  const study = await loadCaseStudy('data/milan-shanghai.yaml');
  for (const name of TEMPLATES) {
    const file = path.join('tests', 'fixtures', 'templates', `${name}.potx`);
    const out = await renderCaseStudy(study, { formats: ['pptx'], deckTemplate: file, sourceDateEpoch: 1_700_000_000 });
    writeFileSync(path.join(dir, `${name}.pptx`), out.files[0]!.bytes);
  }
}, 120_000);

describe.each(TEMPLATES)('the Milan–Shanghai deck in %s.potx', (name) => {
  it.skipIf(!existsSync(CHECK))(
    'passes check-pptx: schemas, every sentence, LibreOffice rendering with no text cut off or overlapping',
    () => {
      const report = execFileSync(CHECK, [path.join(dir, `${name}.pptx`), '--schema-all', '--text', expected], { encoding: 'utf8' });
      expect(report).toMatch(/PASS\s+text\s+all \d+ sentences/);
      expect(report).toMatch(/PASS\s+render\s/);
      expect(report).toMatch(/PASS\s+overflow-box/);
      expect(report).toMatch(/pptx: \d+ checks, 0 failed/);
    },
    120_000,
  );
});
