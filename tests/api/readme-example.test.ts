import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** The first ```js block under a README heading. */
function exampleUnder(heading: string): string {
  const readme = readFileSync('README.md', 'utf8');
  const at = readme.indexOf(`\n## ${heading}\n`);
  if (at < 0) throw new Error(`README has no "## ${heading}" section`);
  const block = /```js\n([\s\S]*?)```/.exec(readme.slice(at));
  if (!block) throw new Error(`README's "${heading}" has no js example`);
  return block[1]!;
}

describe('README "Use it from code"', () => {
  it('runs as written, importing casebrief by its name (the built package, as users get it)', () => {
    // Inside the package folder, Node resolves 'casebrief' to this package through its "exports".
    const script = path.join(process.cwd(), `.readme-example-${process.pid}.mjs`);
    writeFileSync(script, exampleUnder('Use it from code'));
    try {
      const run = spawnSync(process.execPath, [script], { cwd: process.cwd(), encoding: 'utf8' });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      // The example prints what it rendered, and the line and column of a misspelt key.
      expect(run.stdout).toMatch(/milan-shanghai\.pdf \d+ bytes/);
      expect(run.stdout).toMatch(/milan-shanghai\.pptx \d+ bytes/);
      expect(run.stdout).toMatch(/case\.yaml:\d+:\d+: /);
    } finally {
      rmSync(script, { force: true });
    }
  });
});
