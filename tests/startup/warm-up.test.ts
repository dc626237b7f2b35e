import { describe, expect, it } from 'vitest';
import { prepareTemplates } from '../../src/pipeline.js';
import { openedFaces } from '../../src/writers/pdf/font-set.js';
import { warmUp } from '../../src/startup/warm-up.js';

describe('warmUp (what the startup snapshot is built from)', () => {
  it('renders the sample, keeps the parsed Latin fonts, and forgets the Chinese font and the compiled templates', async () => {
    const before = prepareTemplates();
    await warmUp('data/milan-shanghai.yaml');
    // The sample names its cities in Chinese too (米兰, 上海): the CJK face was opened, and dropped.
    expect(openedFaces()).toEqual(expect.arrayContaining(['latin', 'latin-bold']));
    expect(openedFaces()).not.toContain('cjk');
    // A template saved after install must be read again: the warm-up's compiled set is gone.
    expect(prepareTemplates()).not.toBe(before);
  });

  it('copes without the sample (a package installed without data/)', async () => {
    await expect(warmUp('no/such/sample.yaml')).resolves.toBeUndefined();
  });
});
