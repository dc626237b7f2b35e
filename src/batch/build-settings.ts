import type { RenderCaseStudyOptions } from '../pipeline.js';

/** A build's settings as plain data, so they can be sent to worker threads. */
export interface BuildSettings {
  /** The folder the files are written to. */
  outDir: string;
  /** Render options, as the library takes them (already checked by the caller). */
  options: RenderCaseStudyOptions;
}

/** How one case study's build ended. */
export type BuildOutcome = { input: string; ok: true; outputs: string[]; warnings: string[]; ms: number } | { input: string; ok: false; errors: string[]; ms: number };
