import { parse, stringify } from 'yaml';

/** Lines of the YAML we write stay within this many columns where spaces allow. */
export const LINE_WIDTH = 96;

/** Characters a block scalar cannot hold as they are; such text is written double-quoted, escaped. */
const NOT_IN_BLOCK = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u2028\u2029\uFEFF\uD800-\uDFFF]/u;

/**
 * A scalar on the key's own line: plain when YAML allows, quoted when not,
 * never folded. Checked by parsing it back: the yaml package writes a trailing
 * no-break space plain, then reads it as space and drops it; JSON's quoting
 * (valid YAML) keeps every character.
 */
export function inlineScalar(value: string): string {
  const out = stringify(value, { lineWidth: 0 }).trimEnd();
  return !out.includes('\n') && (parse(`k: ${out}\n`) as { k?: unknown }).k === value ? out : JSON.stringify(value);
}

/**
 * Writes a text as a folded block scalar (`>-`), wrapped at LINE_WIDTH, for a
 * key or list item whose content is indented by `indent` spaces. Returns the
 * header and the content lines, or undefined when folding cannot give back the
 * exact text: only a single space between two visible characters may become a
 * line break (YAML folds it back to one space), and the result is parsed back
 * to prove it.
 */
export function foldedScalar(value: string, indent: number): string[] | undefined {
  if (!value || value !== value.trim() || NOT_IN_BLOCK.test(value)) return undefined;
  const width = Math.max(20, LINE_WIDTH - indent);
  const lines: string[] = [];
  let rest = value;
  while (rest.length > width) {
    const cut = breakBefore(rest, width);
    if (cut < 0) break;
    lines.push(rest.slice(0, cut));
    rest = rest.slice(cut + 1);
  }
  lines.push(rest);
  const pad = ' '.repeat(indent);
  const body = lines.map((l) => pad + l);
  const back = parse(`k: >-\n${body.join('\n')}\n`) as { k?: unknown };
  return back.k === value ? body : undefined;
}

/** The last single space at or before `width` with visible characters on both sides, else the first one after. */
function breakBefore(text: string, width: number): number {
  const ok = (i: number) => text[i] === ' ' && /\S/.test(text[i - 1] ?? '') && /\S/.test(text[i + 1] ?? '');
  for (let i = Math.min(width, text.length - 1); i > 0; i--) if (ok(i)) return i;
  for (let i = width + 1; i < text.length - 1; i++) if (ok(i)) return i;
  return -1;
}
