import { defineConfig } from 'vitest/config';

/**
 * `npm run test:unit`: the fast tests, in-process, without LibreOffice, poppler, a browser or child
 * processes of the built command. `npm test` runs these and all the others.
 */
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: [
      'tests/e2e/**',
      'tests/startup/**',
      'tests/server/**',
      'tests/api/readme-example.test.ts',
      'tests/cli/pack.test.ts',
      'tests/writers/pptx/check-pptx.test.ts',
      'tests/writers/pdf/fonts-across-documents.test.ts',
      'tests/writers/pdf/pack-pdf.test.ts',
    ],
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
