import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningStudio } from '../../src/server/serve.js';
import { pdfTextOf } from '../helpers/extract.js';
import { sampleFolder, studioOn } from './http.js';

/**
 * The studio in a real browser: Debian's chromium (installed by .ci/run; no browser is
 * downloaded), driven by playwright-core, against a server on 127.0.0.1 over a temporary folder
 * holding the sample. A missing chromium fails these tests: it is not a reason to skip them.
 */
const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
/** Where the screenshots go: docs/studio when CASEBRIEF_SCREENSHOTS says so, else a temporary folder. */
const SHOTS = process.env.CASEBRIEF_SCREENSHOTS ?? mkdtempSync(path.join(os.tmpdir(), 'casebrief-shots-'));
const EDITED = 'Both cities expect the partnership to carry on well beyond Expo 2015, as written in the studio.';

let browser: Browser | undefined;
let studio: RunningStudio;
let folder: string;
let page: Page;
/** What the page fetched, from its first request on. */
const fetched: { url: string; status: number }[] = [];

beforeAll(async () => {
  expect(existsSync(CHROMIUM), `${CHROMIUM} is missing: install Debian's chromium package (apt-get install chromium), as .ci/run does`).toBe(true);
  const assets = mkdtempSync(path.join(os.tmpdir(), 'casebrief-studio-'));
  execFileSync(process.execPath, ['scripts/build-studio.mjs', assets], { stdio: 'inherit' });
  folder = sampleFolder();
  studio = await studioOn(folder, { assets });
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
  page = await browser.newPage({ viewport: { width: 1500, height: 1000 }, acceptDownloads: true });
  // CI runs every suite at once on two cores: waits are generous, the checks are not.
  page.setDefaultTimeout(60_000);
  page.on('response', (r) => fetched.push({ url: r.url(), status: r.status() }));
  page.on('pageerror', (err) => {
    throw err;
  });
  mkdirSync(SHOTS, { recursive: true });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await studio?.close();
});

/** Waits until the preview on screen (the brief's pages, or the deck's slides) shows the text as it is now. */
async function previewUpToDate(): Promise<void> {
  await page.waitForFunction(
    () => {
      const version = document.body.dataset.version;
      const shown = [...document.querySelectorAll<HTMLElement>('#pages, #slides')].find((n) => !n.hidden)!;
      return version !== undefined && shown.dataset.version === version;
    },
    null,
    { timeout: 60_000 },
  );
}

/**
 * Finds `text` in the YAML editor as a person does (Ctrl+F, the text, Enter, Escape): the match
 * is selected and scrolled into view (the editor draws only the lines in view). Resolves to the
 * text of the line that holds it, or undefined when there is none.
 */
async function findInEditor(text: string): Promise<string | undefined> {
  await page.click('#yaml-editor .cm-content');
  await page.keyboard.press('Control+f');
  const field = page.locator('#yaml-editor .cm-search input[name=search]');
  // Typed key by key: the search panel takes its query on key-up, as it does from a person.
  await field.fill('');
  await field.pressSequentially(text);
  await field.press('Enter');
  await field.press('Escape');
  return page.evaluate((wanted) => [...document.querySelectorAll('#yaml-editor .cm-line')].map((l) => l.textContent ?? '').find((l) => l.includes(wanted)), text);
}

/** Puts the cursor in the YAML editor just after `text`. */
async function cursorAfter(text: string): Promise<void> {
  expect(await findInEditor(text), text).toBeDefined();
  await page.keyboard.press('ArrowRight');
}

describe('the studio in a browser', { timeout: 240_000 }, () => {
  it('lists the case studies, opens one, and shows its preview: pages and slides', async () => {
    await page.goto(studio.url);
    await page.waitForSelector('body[data-ready=true]');
    await expect.poll(() => page.locator('#study-list').textContent(), { timeout: 30_000 }).toContain('Milan (Italy) and Shanghai');
    await previewUpToDate();
    expect(Number(await page.locator('#pages').getAttribute('data-pages'))).toBeGreaterThan(2);
    expect(await page.locator('#pages canvas').count()).toBe(Number(await page.locator('#pages').getAttribute('data-pages')));
    // The deck's tab shows the slides, drawn when it is opened.
    await page.click('#tab-slides');
    await previewUpToDate();
    expect(await page.locator('#slides svg').count()).toBeGreaterThan(5);
    expect(await page.locator('#slides svg').first().textContent()).toContain('Milan (Italy) and Shanghai');
    await page.click('#tab-pages');
    await previewUpToDate();
  });

  it('labels every control, and reflows at 200 % zoom without scrolling sideways', async () => {
    const unlabelled = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('input, select, textarea, button, [contenteditable=true]')]
        .filter((n) => !n.closest('[hidden]') && !n.closest('dialog'))
        .filter((n) => {
          if (n.getAttribute('aria-label') || n.getAttribute('aria-labelledby')) return false;
          if (n.tagName === 'BUTTON') return !n.textContent?.trim();
          return !(n.id && document.querySelector(`label[for="${n.id}"]`));
        })
        .map((n) => n.outerHTML.slice(0, 80)),
    );
    expect(unlabelled).toEqual([]);
    // 200 % zoom of a 1280-pixel window: 640 CSS pixels wide.
    await page.setViewportSize({ width: 640, height: 900 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1)).toBe(true);
    await page.setViewportSize({ width: 1500, height: 1000 });
    // Keyboard: the tabs move with the arrow keys.
    await page.focus('#tab-form');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-yaml');
    expect(await page.locator('#panel-yaml').isVisible()).toBe(true);
    await page.keyboard.press('ArrowLeft');
    expect(await page.locator('#panel-form').isVisible()).toBe(true);
  });

  it('sets Chinese in the slide thumbnails in Noto Sans SC, served from its npm package (no system font needed)', async () => {
    await page.selectOption('#opt-lang', 'zh');
    await page.click('#tab-slides');
    await previewUpToDate();
    expect(await page.locator('#slides svg').first().textContent()).toMatch(/[\u4e00-\u9fff]/);
    expect(fetched.find((r) => r.url.endsWith('/assets/fonts/noto-sans-sc-400.ttf'))?.status).toBe(200);
    // The face is loaded and covers the Chinese on the slides.
    expect(await page.evaluate(() => document.fonts.check('16px "Noto Sans SC"', '米兰和上海'))).toBe(true);
    await page
      .locator('#slides svg')
      .first()
      .screenshot({ path: path.join(SHOTS, 'studio-slide-zh.png') });
    await page.selectOption('#opt-lang', 'en');
    await page.click('#tab-pages');
    await previewUpToDate();
  });

  it('edits a paragraph in the form; the preview and the YAML tab show it', async () => {
    const before = await page.locator('#pages').getAttribute('data-version');
    const paragraph = page.locator('#f-sections-3-paragraphs-0-en');
    await expect.poll(() => paragraph.inputValue(), { timeout: 30_000 }).toContain('The partnership has worked well');
    await paragraph.fill(EDITED);
    await previewUpToDate();
    expect(await page.locator('#pages').getAttribute('data-version')).not.toBe(before);
    expect(await page.locator('#dirty').isVisible()).toBe(true);
    await paragraph.evaluate((n) => n.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: path.join(SHOTS, 'studio-form.png') });
    await page.click('#tab-yaml');
    expect(await findInEditor('expect the partnership to carry on')).toContain(EDITED.slice(0, 40));
    // The comments are still in the text the editor holds.
    expect(await findInEditor('# Milan–Shanghai, from the Europe')).toBe('# Milan–Shanghai, from the Europe - China Exchange Platform Survey.');
  });

  it('moves a section up and back down from the keyboard; the YAML and the preview follow', async () => {
    await page.click('#tab-form');
    const heading = (i: number) => page.locator(`#f-sections-${i}-heading-en`).inputValue();
    const headings = async () => Promise.all([0, 1, 2, 3, 4].map(heading));
    const before = await headings();
    const version = await page.locator('#pages').getAttribute('data-version');
    await page.click('#f-sections-4-move-up');
    await expect.poll(heading.bind(null, 3), { timeout: 30_000 }).toBe(before[4]);
    // The focus stays with the moved section: Enter moves it once more.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-sections-3-move-up');
    await page.keyboard.press('Enter');
    await expect.poll(headings, { timeout: 30_000 }).toEqual([before[0], before[1], before[4], before[2], before[3]]);
    await page.locator('#f-sections-2-move-up').evaluate((n) => n.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: path.join(SHOTS, 'studio-move.png') });
    await previewUpToDate();
    expect(await page.locator('#pages').getAttribute('data-version')).not.toBe(version);
    await page.click('#tab-yaml');
    const obstacles = await findInEditor('kind: obstacles');
    expect(obstacles).toBe('  - kind: obstacles');
    await page.click('#tab-form');
    await page.focus('#f-sections-2-move-down');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-sections-3-move-down');
    await page.keyboard.press('Enter');
    await expect.poll(headings, { timeout: 30_000 }).toEqual(before);
    // At the bottom, "Move down" is off and the focus is on "Move up".
    expect(await page.locator('#f-sections-4-move-down').isDisabled()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-sections-4-move-up');
    await previewUpToDate();
    // The YAML tab, as the paragraph's test left it for the tests after this one.
    await page.click('#tab-yaml');
  });

  it('marks a typo at its line and column as you type, and clears it once fixed', async () => {
    const line =
      readFileSync(path.join(folder, 'milan-shanghai.yaml'), 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('instrument: Declaration')) + 1;
    await cursorAfter('instru');
    for (let i = 0; i < 4; i++) await page.keyboard.press('Delete');
    await page.keyboard.type('mnet');
    await page.waitForSelector('#yaml-editor .cm-lintRange-error');
    await expect.poll(() => page.locator('#problem-list').textContent(), { timeout: 30_000 }).toContain(`Line ${line}, column 3`);
    expect(await page.locator('#problem-list').textContent()).toContain('instrumnet');
    // The mark is on that line, under the misspelt key.
    const marked = await page.evaluate(() => {
      const mark = document.querySelector('#yaml-editor .cm-lintRange-error')!;
      return { text: mark.textContent, line: mark.closest('.cm-line')?.textContent };
    });
    expect(marked.text).toBe('instrumnet');
    expect(marked.line).toBe('  instrumnet: Declaration of Intent');
    await page.screenshot({ path: path.join(SHOTS, 'studio-yaml-problem.png') });
    for (let i = 0; i < 4; i++) await page.keyboard.press('Backspace');
    await page.keyboard.type('ment');
    await previewUpToDate();
    await expect.poll(() => page.locator('#yaml-editor .cm-lintRange-error').count(), { timeout: 30_000 }).toBe(0);
    expect(await page.locator('#problem-list').textContent()).not.toContain('instrumnet');
  });

  it('updates the preview soon after typing pauses (median of 10 edits)', async () => {
    // Time in the page from the last keystroke to the moment the new pages are in place.
    await page.evaluate(() => {
      const w = window as unknown as { lastKey: number; shown: Record<string, number> };
      w.shown = {};
      document.addEventListener('keydown', () => (w.lastKey = performance.now()), true);
      new MutationObserver(() => {
        const v = document.getElementById('pages')!.dataset.version!;
        w.shown[v] ??= performance.now();
      }).observe(document.getElementById('pages')!, { attributes: true, attributeFilter: ['data-version'] });
    });
    const latencies: number[] = [];
    const parts: { total: number; wait: number; server: number; draw: number }[] = [];
    for (let i = 0; i < 10; i++) {
      await cursorAfter('without significant delays');
      await page.keyboard.press(i % 2 ? 'Delete' : 'Comma');
      await previewUpToDate();
      const timing = await page.evaluate(() => {
        const w = window as unknown as { lastKey: number; shown: Record<string, number> };
        const shown = w.shown[document.body.dataset.version!]!;
        const request = performance
          .getEntriesByType('resource')
          .filter((e) => e.name.includes('/api/preview'))
          .pop() as PerformanceResourceTiming;
        return { total: shown - w.lastKey, wait: request.startTime - w.lastKey, server: request.responseEnd - request.startTime, draw: shown - request.responseEnd };
      });
      latencies.push(timing.total);
      parts.push(timing);
    }
    latencies.sort((a, b) => a - b);
    const median = (latencies[4]! + latencies[5]!) / 2;
    const medianOf = (key: keyof (typeof parts)[number]) =>
      parts
        .map((p) => p[key])
        .sort((a, b) => a - b)
        .slice(4, 6)
        .reduce((a, b) => a + b) / 2;
    const breakdown = { pause: medianOf('wait'), server: medianOf('server'), draw: medianOf('draw') };
    writeFileSync(path.join(os.tmpdir(), 'casebrief-preview-latency.json'), JSON.stringify({ median, breakdown, latencies, parts }, null, 2));
    // Every edit reached the preview (the figures go to the report, not into an assertion).
    expect(latencies.every((ms) => Number.isFinite(ms) && ms > 0)).toBe(true);
  });

  it('saves the YAML atomically with its comments, and shows an edit made elsewhere', async () => {
    await page.click('#save');
    await expect.poll(() => page.locator('#status').textContent(), { timeout: 30_000 }).toBe('Saved milan-shanghai.yaml.');
    const saved = readFileSync(path.join(folder, 'milan-shanghai.yaml'), 'utf8');
    const original = readFileSync('data/milan-shanghai.yaml', 'utf8');
    expect(saved).toContain(EDITED.slice(0, 60));
    const comments = (t: string) => t.split('\n').filter((l) => l.trim().startsWith('#'));
    expect(comments(saved)).toEqual(comments(original));
    expect(saved.slice(0, saved.indexOf('sections:'))).toBe(original.slice(0, original.indexOf('sections:')));
    expect(await page.locator('#dirty').isVisible()).toBe(false);
    // Another program writes the file: the page shows the new text.
    writeFileSync(
      path.join(folder, 'milan-shanghai.yaml'),
      saved.replace('collection: Europe - China Exchange Platform Survey', 'collection: Exchange Platform Survey, 2009 edition'),
    );
    await expect.poll(() => findInEditor('collection: '), { timeout: 30_000 }).toBe('collection: Exchange Platform Survey, 2009 edition');
    await previewUpToDate();
  });

  it('downloads the PDF, which holds the paragraph edited in the form', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-pdf')]);
    expect(download.suggestedFilename()).toBe('milan-shanghai.pdf');
    const bytes = readFileSync((await download.path())!);
    expect(await pdfTextOf(new Uint8Array(bytes))).toContain(EDITED);
    await page.click('#tab-slides');
    await previewUpToDate();
    await page.click('#tab-form');
    await page.screenshot({ path: path.join(SHOTS, 'studio-deck.png') });
  });

  it('makes a new case study from the starter, imports a survey text, and downloads a pack of the ticked ones', async () => {
    await page.click('#new-study');
    await page.fill('#new-name', 'Turin and Nagoya');
    await page.press('#new-name', 'Enter');
    await expect.poll(() => page.locator('#file-title').textContent(), { timeout: 30_000 }).toBe('turin-and-nagoya.yaml');
    expect(readFileSync(path.join(folder, 'turin-and-nagoya.yaml'), 'utf8')).toContain('id: turin-and-nagoya');
    await previewUpToDate();

    await page.click('#import-study');
    await page.fill('#import-text', readFileSync('tests/fixtures/milan-shanghai.txt', 'utf8'));
    await page.click('#import-dialog button[value=ok]');
    // The sample's file name is taken: the import is saved beside it under a free one.
    await expect.poll(() => page.locator('#file-title').textContent(), { timeout: 30_000 }).toBe('milan-shanghai-2.yaml');
    expect(readFileSync(path.join(folder, 'milan-shanghai-2.yaml'), 'utf8')).toContain('id: milan-shanghai');

    await page.check('#study-list input[value="milan-shanghai.yaml"]');
    await page.check('#study-list input[value="turin-and-nagoya.yaml"]');
    await page.fill('#pack-title', 'Mission to Japan and China');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#pack-pdf')]);
    expect(download.suggestedFilename()).toBe('pack.pdf');
    const text = await pdfTextOf(new Uint8Array(readFileSync((await download.path())!)));
    expect(text).toContain('Mission to Japan and China');
    expect(text).toContain('First city and second city');
  });

  it('with --token, takes the token from the address it was given, and keeps it off the address bar', async () => {
    const token = 'studio-browser-test-token-0123';
    const assets = mkdtempSync(path.join(os.tmpdir(), 'casebrief-studio-'));
    execFileSync(process.execPath, ['scripts/build-studio.mjs', assets], { stdio: 'inherit' });
    const guardedFolder = sampleFolder();
    const guarded = await studioOn(guardedFolder, { token, assets });
    const tab = await browser!.newPage();
    try {
      await tab.goto(`${guarded.url}#token=${token}`);
      await tab.waitForSelector('body[data-ready=true]');
      await expect.poll(() => tab.locator('#study-list').textContent(), { timeout: 30_000 }).toContain('Milan (Italy) and Shanghai');
      expect(tab.url()).toBe(guarded.url);
      // The event stream is open with the token too: a case study changed elsewhere shows up.
      const file = path.join(guardedFolder, 'milan-shanghai.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('title: Milan (Italy) and Shanghai', 'title: Milan and Shanghai, retitled'));
      await expect.poll(() => tab.locator('#study-list').textContent(), { timeout: 30_000 }).toContain('Milan and Shanghai, retitled');
    } finally {
      await tab.close();
      await guarded.close();
    }
  });
});
