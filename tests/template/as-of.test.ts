import { describe, expect, it } from 'vitest';
import { parseCaseStudy } from '../../src/load/load-case-study.js';
import { localize } from '../../src/load/localize.js';
import { loadTemplates } from '../../src/template/load-templates.js';
import { renderMarkup } from '../../src/template/render-markup.js';
import { sampleText } from '../helpers/case-study.js';

const study = localize(parseCaseStudy(sampleText(), { file: 'case.yaml' }).data, 'en').data;

describe('an as-of day before the partnership began', () => {
  it('gives no age, never a negative one, and names the first round anniversary', async () => {
    const set = await loadTemplates();
    for (const kind of ['brief', 'deck'] as const) {
      const markup = renderMarkup(set, kind, study, { lang: 'en', asOf: '1970-01-01', event: 'anniversary' });
      expect(markup).not.toMatch(/-\d+ years|undefined|NaN/);
      expect(markup).toContain('Partnership since 3 July 1979');
      expect(markup).toContain('5th anniversary: 3 July 1984');
    }
  });

  it('still gives the age from the start day on', async () => {
    const markup = renderMarkup(await loadTemplates(), 'brief', study, { lang: 'en', asOf: '1979-07-03' });
    expect(markup).toContain('0 years on 3 July 1979');
  });
});
