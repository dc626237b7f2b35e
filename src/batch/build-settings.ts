import type { Format } from '../pipeline.js';

/** A build's settings as plain data, so they can be sent to worker threads. */
export interface BuildSettings {
  outDir: string;
  formats: Format[];
  /** A user's template folder; the shipped templates when absent. */
  templatesDir?: string;
  lang: string;
  asOf: string;
  event?: 'anniversary';
  paper: 'a4' | 'letter';
  pdfa: boolean;
  sourceDateEpoch?: number;
}

/** How one case study's build ended. */
export type BuildOutcome =
  | { input: string; ok: true; outputs: string[]; warnings: string[]; ms: number }
  | { input: string; ok: false; errors: string[]; ms: number };
