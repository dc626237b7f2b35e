import type { Inline } from '../../model/document.js';
import { EAST_ASIAN, isEastAsian } from './measure-text.js';
import type { PlanRun } from './slide-plan.js';

/** The `lang` a run in an East Asian script carries unless markup says otherwise. */
export const EAST_ASIAN_LANG = 'zh-CN';

interface Style {
  bold?: boolean;
  italic?: boolean;
  url?: string;
}

/**
 * Turns inline nodes into runs, split where the script changes between Latin
 * and East Asian, so that each run names the right font slot and language.
 * Spaces, digits and punctuation stay with the run they follow.
 */
export function textRuns(nodes: readonly Inline[], docLang: string): PlanRun[] {
  const runs: PlanRun[] = [];
  collect(nodes, {}, docLang, runs);
  return runs;
}

/** Runs of plain text in the document's language (for labels the renderer draws). */
export function plainRuns(text: string, docLang: string, style: Style = {}): PlanRun[] {
  return textRuns([{ type: 'text', value: text }], docLang).map((r) => ({ ...r, ...style }));
}

function collect(nodes: readonly Inline[], style: Style, docLang: string, out: PlanRun[]): void {
  for (const node of nodes) {
    if (node.type === 'text') splitByScript(node.value, style, node.lang, docLang, out);
    else if (node.type === 'strong') collect(node.children, { ...style, bold: true }, docLang, out);
    else if (node.type === 'emphasis') collect(node.children, { ...style, italic: true }, docLang, out);
    else collect(node.children, { ...style, url: node.url }, docLang, out);
  }
}

function splitByScript(text: string, style: Style, spanLang: string | undefined, docLang: string, out: PlanRun[]): void {
  // Most text has no East Asian character at all: one run, found with one search.
  if (!EAST_ASIAN.test(text)) {
    if (text) out.push({ text, lang: runLang(false, spanLang, docLang), ...style });
    return;
  }
  let current: PlanRun | undefined;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 32;
    const neutral = /[\s\p{P}\p{N}\p{S}]/u.test(ch) && !isEastAsian(cp);
    const eastAsian = current && neutral ? current.eastAsian === true : isEastAsian(cp);
    if (!current || (current.eastAsian === true) !== eastAsian) {
      current = { text: '', lang: runLang(eastAsian, spanLang, docLang), ...style, ...(eastAsian ? { eastAsian: true } : {}) };
      out.push(current);
    }
    current.text += ch;
  }
}

const EAST_ASIAN_REGION: Record<string, string> = { zh: 'zh-CN', ja: 'ja-JP', ko: 'ko-KR' };

function runLang(eastAsian: boolean, spanLang: string | undefined, docLang: string): string {
  const spanBase = spanLang?.split('-')[0]?.toLowerCase() ?? '';
  const spanIsEastAsian = spanBase in EAST_ASIAN_REGION;
  if (eastAsian) return spanIsEastAsian ? (spanLang?.includes('-') ? spanLang : EAST_ASIAN_REGION[spanBase]!) : EAST_ASIAN_LANG;
  // Latin letters inside a Chinese span are still Latin text; they take the document's language.
  const lang = spanLang && !spanIsEastAsian ? spanLang : docLang;
  return EAST_ASIAN_REGION[lang] ?? lang;
}

/** The runs' text between two offsets of their joined text (UTF-16 units); each piece keeps its run's style. */
export function sliceRuns(runs: readonly PlanRun[], from: number, to: number): PlanRun[] {
  const out: PlanRun[] = [];
  let at = 0;
  for (const run of runs) {
    const end = at + run.text.length;
    if (end > from && at < to) {
      const text = at >= from && end <= to ? run.text : run.text.slice(Math.max(0, from - at), Math.min(run.text.length, to - at));
      out.push(text === run.text ? run : { ...run, text });
    }
    if (end >= to) break;
    at = end;
  }
  return out;
}

/** The joined text of runs. */
export function runsText(runs: readonly PlanRun[]): string {
  return runs.map((r) => r.text).join('');
}
