/**
 * What casebrief remembers between renders in one process (set lines, widths, shaped words, font
 * subset files) registers here how it is emptied, so that one call empties it all without the
 * caller loading the renderers (a cache of a writer that was never loaded is empty already).
 */
const clears = new Set<() => void>();

/** Registers how a per-process cache is emptied. */
export function onClearCaches(clear: () => void): void {
  clears.add(clear);
}

/**
 * Empties what casebrief remembers between renders in this process: the lines text was set into,
 * widths, shaped words and font subsets. Parsed fonts stay loaded. Renders give the same bytes
 * with or without it; a long-running process may call it to give the memory back.
 */
export function clearCaches(): void {
  for (const clear of clears) clear();
}
