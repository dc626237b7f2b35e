import { defineConfig } from 'vitest/config';

/**
 * Test files that need a module graph of their own: they mock a module, spy on one, or check what
 * a fresh process has (not) loaded yet.
 */
const ISOLATED = [
  'tests/output/write-atomic.test.ts',
  'tests/writers/pdf/latin-only.test.ts',
  'tests/writers/pptx/pptxgen-input.test.ts',
  'tests/writers/pptx/render-pptx.test.ts',
];

/**
 * `npm run test:unit`: the fast tests, in-process, without LibreOffice, poppler, a browser or child
 * processes of the built command. `npm test` runs these and all the others.
 *
 * Speed: test files run in two threads, and share their modules (templates, fonts and HarfBuzz
 * loaded once per thread, not once per file), but for those in ISOLATED.
 */
export default defineConfig({
  test: {
    exclude: [
      '**/node_modules/**',
      'tests/e2e/**',
      'tests/startup/**',
      'tests/server/**',
      'tests/api/readme-example.test.ts',
      'tests/cli/pack.test.ts',
      'tests/writers/pptx/check-pptx.test.ts',
      'tests/writers/pptx/template-check.test.ts',
      'tests/writers/pptx/template-no-body.test.ts',
      'tests/writers/pptx/chart-render.test.ts',
      'tests/writers/pdf/fonts-across-documents.test.ts',
      'tests/writers/pdf/pack-pdf.test.ts',
    ],
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'threads',
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'shared', include: ['tests/**/*.test.ts'], exclude: ISOLATED, isolate: false } },
      { extends: true, test: { name: 'isolated', include: ISOLATED } },
    ],
  },
});
