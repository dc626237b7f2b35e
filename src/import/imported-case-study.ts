import type { Section } from '../load/schema.js';

/**
 * The part of a case study an import can fill: every text is one plain string
 * in the case study's language (the schema also allows per-language maps, which
 * a survey text never has). import-text.ts passes
 * it where a CaseStudy is expected, so the compiler checks that it fits.
 */
export interface ImportedCaseStudy {
  id: string;
  title: string;
  language: string;
  cities: [{ name: string; country?: string }, { name: string; country?: string }];
  partnership?: { start: string };
  source?: string;
  collection?: string;
  sections: { kind: Section['kind']; heading: string; paragraphs: string[] }[];
  timeline?: { date: string; event: string; proposed: true }[];
}
