import { execFileSync } from 'node:child_process';

/**
 * Builds dist/ once, so tests that run the CLI as a process test what users run.
 * CASEBRIEF_TEST_NO_BUILD=1 keeps the dist/ that is there (for quick runs of in-process tests).
 */
export default function setup(): void {
  if (process.env.CASEBRIEF_TEST_NO_BUILD === '1') return;
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
}
