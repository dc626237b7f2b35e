import { cpSync, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { BuildOutcome } from '../../src/batch/build-settings.js';
import { watchCaseStudies } from '../../src/batch/watch.js';
import { sampleText } from '../helpers/case-study.js';

let stop: (() => void) | undefined;
afterEach(() => stop?.());

/** Starts a watcher over a folder with the sample, and a queue of what it reports. */
async function start() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'casebrief-watch-'));
  const file = path.join(dir, 'milan-shanghai.yaml');
  writeFileSync(file, sampleText());
  const templatesDir = path.join(dir, 'tpl');
  cpSync('templates', templatesDir, { recursive: true });
  const seen: { outcome: BuildOutcome; cause: string }[] = [];
  let wake: (() => void) | undefined;
  stop = await watchCaseStudies(
    [dir],
    { outDir: path.join(dir, 'out'), options: { formats: ['pdf'], templates: templatesDir, lang: 'en', asOf: '2026-11-29' } },
    {
      rebuilt(outcome, cause) {
        seen.push({ outcome, cause });
        wake?.();
      },
    },
  );
  const next = async () => {
    while (!seen.length) await new Promise<void>((resolve) => (wake = resolve));
    return seen.shift()!;
  };
  return { dir, file, templatesDir, next, pdf: path.join(dir, 'out', 'milan-shanghai.pdf') };
}

describe('watchCaseStudies', () => {
  it('builds once, then rebuilds a case study when it is saved', async () => {
    const w = await start();
    expect((await w.next()).cause).toBe('first build');
    const before = statSync(w.pdf).mtimeMs;
    writeFileSync(w.file, sampleText().replace('title: Milan (Italy) and Shanghai', 'title: Milano and Shanghai'));
    const { outcome, cause } = await w.next();
    expect(cause).toBe('saved');
    expect(outcome.ok).toBe(true);
    expect(statSync(w.pdf).mtimeMs).toBeGreaterThan(before);
  });

  it('reports a broken save without stopping, and rebuilds once it is fixed', async () => {
    const w = await start();
    await w.next();
    writeFileSync(w.file, sampleText().replace('collection:', 'colection:'));
    const broken = await w.next();
    expect(broken.outcome.ok).toBe(false);
    expect(broken.outcome.ok ? '' : broken.outcome.errors.join('\n')).toMatch(/did you mean `collection`/);
    writeFileSync(w.file, sampleText());
    expect((await w.next()).outcome.ok).toBe(true);
  });

  it('rebuilds everything when a template or message file is saved', async () => {
    const w = await start();
    await w.next();
    writeFileSync(path.join(w.templatesDir, 'messages', 'en.json'), sampleLabels().replace('"Key facts"', '"At a glance"'));
    const { cause, outcome } = await w.next();
    expect(cause).toBe('templates changed');
    expect(outcome.ok).toBe(true);
    expect(existsSync(w.pdf)).toBe(true);
  });
});

function sampleLabels(): string {
  return readFileSync('templates/messages/en.json', 'utf8');
}
