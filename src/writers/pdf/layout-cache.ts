import { Lru } from '../../fonts/lru.js';
import { onClearCaches } from '../../fonts/process-caches.js';
import type { Warning } from '../../model/document.js';
import type { Measurer } from './measure.js';
import type { SetLine } from './set-lines.js';
import type { StyledRun } from './styled-text.js';

/**
 * Pieces of text set into lines, remembered between renders in one process (watch, serve, batch,
 * pack): after a one-paragraph edit, every other paragraph, heading, label and furniture line of
 * the brief is taken from here instead of being split into faces, broken into lines and measured
 * again. The key is everything the setting depends on: the styled runs (every property: text,
 * bold, italic, language, link…), the measure, the type size, the document's language and whether its CJK face
 * is open, and the `where` of the warnings it may give. The fonts are the measurer's: each measurer
 * has its own cache (a measurer's faces never change), so text measured in other fonts is never
 * taken from here. Warnings the setting gave are given again on every hit. Colours and positions
 * are not in the entries: the caller places the lines (so a brand's colours cannot leak between
 * documents). Entries are frozen; bounded per measurer.
 */
const PIECES_KEPT = 20_000;

interface Entry {
  readonly lines: readonly SetLine[];
  readonly warnings: readonly Warning[];
}

let caches = new WeakMap<Measurer, Lru<string, Entry>>();
onClearCaches(() => {
  caches = new WeakMap();
});

/** What a piece of text is set from, besides the measurer. */
export interface LineKey {
  runs: readonly StyledRun[];
  width: number;
  size: number;
  docLang: string;
  cjkOpen: boolean;
  where: string;
}

/** The lines of a piece of text: from the cache, or set by `set` (whose warnings go to `warnings`) and kept. */
export function cachedLines(measurer: Measurer, key: LineKey, warnings: Warning[], set: () => SetLine[]): readonly SetLine[] {
  let cache = caches.get(measurer);
  if (!cache) {
    cache = new Lru(PIECES_KEPT);
    caches.set(measurer, cache);
  }
  const text = keyText(key);
  let entry = cache.get(text);
  if (entry) {
    for (const w of entry.warnings) warnings.push({ ...w });
    return entry.lines;
  }
  const before = warnings.length;
  entry = freeze({ lines: set(), warnings: warnings.slice(before).map((w) => ({ ...w })) });
  cache.set(text, entry);
  return entry.lines;
}

// Every property of every run goes into the key, so that a style added to runs later (a colour
// that picks a face, a superscript) can never be left out of it.
function keyText(k: LineKey): string {
  return `${k.width}\u0000${k.size}\u0000${k.docLang}\u0000${k.cjkOpen ? 1 : 0}\u0000${k.where}\u0000${JSON.stringify(k.runs)}`;
}

function freeze(entry: Entry): Entry {
  for (const line of entry.lines) {
    for (const f of line.fragments) Object.freeze(f);
    Object.freeze(line.fragments);
    Object.freeze(line);
  }
  Object.freeze(entry.lines);
  for (const w of entry.warnings) Object.freeze(w);
  return Object.freeze(entry);
}
