import { describe, expect, it } from 'vitest';
import { importSurveyText, parseCaseStudy } from '../../src/index.js';
import { MAX_PROPOSED } from '../../src/import/propose-dates.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A survey text whose one section states `n` dates, one a sentence. */
function textWithDates(n: number): string {
  const sentences = Array.from({ length: n }, (_, i) => `On ${(i % 28) + 1} ${MONTHS[i % 12]} ${1950 + (i % 70)} the cities met again.`);
  return ['Milan (Italy) and Shanghai', '', 'Character, start and duration of the partnership', '', sentences.join(' '), ''].join('\n');
}

describe('import of a text with very many dates', () => {
  it(`proposes at most ${MAX_PROPOSED} timeline entries, says how many it left out, and keeps every sentence`, () => {
    const text = textWithDates(500);
    const imported = importSurveyText(text, { file: 'many.txt' });
    const study = parseCaseStudy(imported.yaml, { file: 'many.yaml' });
    expect(study.data.timeline).toHaveLength(MAX_PROPOSED);
    expect(imported.warnings.map((w) => w.message).join('\n')).toMatch(new RegExp(`the text states 500 dates; the first ${MAX_PROPOSED} in date order are proposed`));
    // Every sentence is still in the section's paragraph, verbatim.
    expect(study.data.sections[0]!.paragraphs.join(' ')).toBe(text.split('\n')[4]);
  });

  it('refuses at once a text larger than build reads, with what to do', () => {
    const huge = textWithDates(1).replace('the cities met again.', `${'word '.repeat(1_100_000)}end.`);
    expect(() => importSurveyText(huge, { file: 'huge.txt' })).toThrow(/is 5\.\d MB, and a case study may be at most 5 MB; split the text/);
  });
});
