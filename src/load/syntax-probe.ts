import { parseDocument, type ParseOptions, type DocumentOptions, type SchemaOptions, type YAMLError } from 'yaml';

/** Texts longer than this are first parsed in growing prefixes. */
const FIRST_PROBE = 16 * 1024;
/** Errors this many lines before a prefix's end cannot come from cutting it there. */
const MARGIN_LINES = 50;

/**
 * The syntax errors of the first prefix of a long text that has some well
 * before its end, or undefined when no prefix has. The YAML parser's time
 * grows with the errors it meets (each is an object with a stack), so a long
 * file that is not YAML at all (a log, an export) would take many seconds to
 * refuse; its first 16 kB tell as much, in a few milliseconds.
 */
export function earlySyntaxErrors(text: string, options: ParseOptions & DocumentOptions & SchemaOptions): YAMLError[] | undefined {
  for (let size = FIRST_PROBE; size < text.length; size *= 4) {
    const cut = text.lastIndexOf('\n', size);
    if (cut <= 0) continue;
    const prefix = text.slice(0, cut + 1);
    const lastLine = countLines(prefix);
    const doc = parseDocument(prefix, { ...options, lineCounter: undefined });
    const early = doc.errors.filter((e) => (e.linePos?.[0].line ?? lastLine) < lastLine - MARGIN_LINES);
    if (early.length) return early;
  }
  return undefined;
}

function countLines(text: string): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
