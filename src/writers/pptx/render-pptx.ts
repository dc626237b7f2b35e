import type { DeckDocument, Warning } from '../../model/document.js';
import type { RenderOptions, RenderResult } from '../render-options.js';
import { fixPackage } from './fix-package.js';
import { planDeck } from './plan-deck.js';
import { writeDeck } from './write-deck.js';

/**
 * Renders a deck document to a .pptx: plan the slides (measured text, no
 * library), draw the plan with pptxgenjs, then fix the package's parts and zip them.
 * With `sourceDateEpoch`, equal documents give byte-identical files. The
 * document is only read; whatever pptxgenjs prints is returned as warnings.
 */
export async function renderPptx(doc: DeckDocument, options: RenderOptions): Promise<RenderResult> {
  const plan = planDeck(doc);
  const when = options.sourceDateEpoch !== undefined ? new Date(options.sourceDateEpoch * 1000) : new Date();
  const printed: Warning[] = [];
  const parts = await capturingConsole(printed, () => writeDeck(plan, doc.meta));
  const bytes = fixPackage(parts, plan, doc.meta, when);
  return { bytes, warnings: [...plan.warnings, ...printed] };
}

/** Runs `work` with console.log/warn/error turned into warnings: library code must not print. */
async function capturingConsole<T>(into: Warning[], work: () => Promise<T>): Promise<T> {
  const saved = { log: console.log, warn: console.warn, error: console.error };
  const catcher = (...args: unknown[]): void => {
    into.push({ code: 'W_PPTX_LIBRARY', message: `pptxgenjs: ${args.map(String).join(' ')}` });
  };
  console.log = console.warn = console.error = catcher;
  try {
    return await work();
  } finally {
    Object.assign(console, saved);
  }
}
