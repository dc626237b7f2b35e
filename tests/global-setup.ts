import { execFileSync } from 'node:child_process';

/** Builds dist/ once, so tests that run the CLI as a process test what users run. */
export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
}
