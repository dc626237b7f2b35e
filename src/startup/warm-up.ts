import { existsSync } from 'node:fs';
import { forgetFonts } from '../fonts/font-cache.js';
import { pdfFontFile } from '../fonts/font-files.js';
import { loadCaseStudy } from '../load/load-case-study.js';
import { forgetTemplates, prepareTemplates, renderCaseStudy } from '../pipeline.js';
import { forgetIntlFormatters } from '../template/helpers.js';

/**
 * Runs a build of `sample` in memory, both formats, so that what a build loads and parses once
 * per process (libraries, fonts, shaping caches) is in the snapshot. Nothing is written.
 *
 * What must not be kept is dropped afterwards: compiled templates (a user may edit them after
 * install), Intl formatters (they hold ICU objects, which a snapshot cannot carry), and the
 * Chinese font: Noto Sans SC is 10 MB, which every start would read from the snapshot (~50 ms
 * here), while opening it when a case study has Chinese text costs a build far less.
 */
export async function warmUp(sample: string): Promise<void> {
  // The command modules, so a snapshot without the sample still starts with them loaded.
  await import('../cli/commands/build.js');
  await import('../cli/commands/validate.js');
  if (existsSync(sample)) {
    const study = await loadCaseStudy(sample);
    const templates = await prepareTemplates();
    await renderCaseStudy(study, {
      outDir: '.',
      formats: ['pdf', 'pptx'],
      templates,
      lang: 'en',
      asOf: '2026-01-01',
      paper: 'a4',
      pdfa: false,
      sourceDateEpoch: 0,
    });
  }
  forgetTemplates();
  forgetIntlFormatters();
  forgetFonts([pdfFontFile('cjk'), pdfFontFile('cjk-bold')]);
}
