import { watch, type FSWatcher } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { defaultTemplateDir } from '../template/load-templates.js';
import { forgetTemplates } from '../pipeline.js';
import { buildOne } from './build-one.js';
import type { BuildOutcome, BuildSettings } from './build-settings.js';

/** What a watcher reports: a rebuild's outcome, and what set it off. */
export interface WatchEvents {
  rebuilt(outcome: BuildOutcome, cause: string): void;
}

/** Waits this long after a change for more to come: editors save in several steps. */
const SETTLE_MS = 25;

/**
 * Builds the case studies once, then rebuilds a case study when it is saved and
 * all of them when a template or message file is saved. Returns a function that stops it.
 */
export async function watchCaseStudies(inputs: readonly string[], settings: BuildSettings, events: WatchEvents): Promise<() => void> {
  const folders = new Map<string, (name: string) => boolean>();
  for (const input of inputs) {
    const isDir = (await stat(input)).isDirectory();
    const dir = isDir ? input : path.dirname(input);
    const prev = folders.get(dir);
    const accepts = isDir ? (name: string) => /\.ya?ml$/i.test(name) : (name: string) => name === path.basename(input);
    folders.set(dir, prev ? (n) => prev(n) || accepts(n) : accepts);
  }
  const templateRoots = [...new Set([settings.options.templates ?? defaultTemplateDir(), defaultTemplateDir()])];
  const templateDirs = templateRoots.flatMap((d) => [d, path.join(d, 'partials'), path.join(d, 'messages')]);

  const pending = new Set<string>();
  let templatesChanged = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const known = new Set<string>();

  const flush = () => {
    const all = templatesChanged;
    const files = all ? [...known] : [...pending];
    const cause = all ? 'templates changed' : 'saved';
    pending.clear();
    templatesChanged = false;
    if (all) forgetTemplates();
    running = running.then(async () => {
      for (const file of files) events.rebuilt(await buildOne(file, settings), cause);
    });
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(flush, SETTLE_MS);
  };

  const watchers: FSWatcher[] = [];
  for (const [dir, accepts] of folders) {
    watchers.push(
      watch(dir, (_event, name) => {
        if (!name || !accepts(name)) return;
        const file = path.join(dir, name);
        known.add(file);
        pending.add(file);
        schedule();
      }),
    );
  }
  for (const dir of templateDirs) {
    try {
      watchers.push(
        watch(dir, (_event, name) => {
          if (!name || !/\.(hbs|json)$/.test(name)) return;
          templatesChanged = true;
          schedule();
        }),
      );
    } catch {
      // A user's template folder need not have partials/ or messages/.
    }
  }

  // The first build: everything the inputs name today.
  for (const [dir, accepts] of folders) {
    for (const name of (await readdir(dir)).sort()) if (accepts(name)) known.add(path.join(dir, name));
  }
  for (const file of known) events.rebuilt(await buildOne(file, settings), 'first build');

  return () => {
    clearTimeout(timer);
    for (const w of watchers) w.close();
  };
}
