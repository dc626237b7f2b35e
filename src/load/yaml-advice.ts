import type { YAMLError } from 'yaml';
import type { Problem } from '../errors.js';
import { blockScalarProblem, indentProblem, nextStructural, yamlLines, type YamlLine } from './yaml-lines.js';

/** More syntax problems than this are summed up in one line: after the first few, most are follow-ons. */
const MAX_SHOWN = 5;
/** Lines read past the errors explained, to find where their blocks end. */
const CONTEXT_LINES = 2000;

interface Advice {
  line: number;
  col: number;
  message: string;
  /** The last line this mistake can explain; parser errors up to it are its follow-ons. */
  through: number;
}

/**
 * Turns the YAML parser's errors into problems a person can fix: the commonest
 * mistakes (a colon or a comma in unquoted text, a line indented wrongly, a
 * tab) in plain words with the fix, at the line that is off. One mistake gives
 * one problem: the parser's follow-on errors in the lines it explains are dropped.
 */
export function yamlSyntaxProblems(errors: readonly YAMLError[], text: string, file: string): Problem[] {
  const sorted = [...errors].sort((a, b) => a.pos[0] - b.pos[0]);
  // Only the lines around the first errors are looked at: enough of the text to explain them and their blocks.
  const last = sorted[Math.min(sorted.length, 50) - 1]?.pos[1] ?? 0;
  const end = nthLineEnd(text, last, CONTEXT_LINES);
  const lines = yamlLines(end < 0 ? text : text.slice(0, end));
  const problems: Problem[] = [];
  let covered = 0;
  let dropped = 0;
  for (const err of sorted) {
    const line = err.linePos?.[0].line ?? 1;
    const col = err.linePos?.[0].col ?? 1;
    if (line <= covered) continue;
    if (problems.length === MAX_SHOWN) {
      dropped++;
      continue;
    }
    const advice = explain(err, lines, line, col) ?? { line, col, message: parserWords(err), through: line };
    problems.push({ file, line: advice.line, col: advice.col, message: advice.message, frame: frame(lines, advice.line, advice.col) });
    covered = Math.max(line, advice.through);
  }
  if (dropped) problems.push({ file, message: `and more YAML problems after line ${covered}; fix the ones above first, then run again` });
  return problems;
}

function explain(err: YAMLError, lines: YamlLine[], n: number, col: number): Advice | undefined {
  const line = lines[n - 1];
  if (!line) return undefined;
  if (err.code === 'TAB_AS_INDENT' || /^ *\t/.test(line.text)) {
    return { line: n, col: 1, message: 'this line is indented with a tab; YAML indents with spaces only: replace the tab with spaces', through: n };
  }
  const dash = /^( *)-([^\s-])/.exec(line.text);
  if (dash) {
    return {
      line: n,
      col: (dash[1] as string).length + 1,
      message: `a list item needs a space after its dash: \`${line.text.trim().replace(/^-/, '- ')}\``,
      through: blockEnd(lines, n),
    };
  }
  const colon = colonInText(line, col, err.code);
  if (colon) return { line: n, col, message: colon, through: blockEnd(lines, n) };
  const scalar = blockScalarProblem(lines, n);
  if (scalar) return { line: n, col: line.indent + 1, message: scalar, through: n };
  const unclosed = err.code === 'BAD_INDENT' && /end with a [}\]]/.test(err.message) ? unclosedBracket(lines, n) : undefined;
  if (unclosed) return unclosed;
  const here = indentProblem(lines, n);
  if (here) return { line: n, col: line.indent + 1, message: here, through: blockEnd(lines, n) };
  // A line indented too deep is read as the rest of the line above: the parser blames that one.
  const next = nextStructural(lines, n);
  const below = next && indentProblem(lines, next.n);
  if (next && below && ['BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY', 'BAD_INDENT', 'MISSING_CHAR'].includes(err.code)) {
    return { line: next.n, col: next.indent + 1, message: below, through: blockEnd(lines, next.n) };
  }
  const other = otherMistake(err, line);
  return other ? { line: n, col, message: other, through: n } : undefined;
}

/**
 * `key: text: more` read as a mapping inside a value: the text needs quotes.
 * Also `key:text`, where the missing space after the colon hides the key.
 */
function colonInText(line: YamlLine, col: number, code: string): string | undefined {
  const value = line.text
    .slice(col - 1)
    .replace(/\s+#.*$/, '')
    .trimEnd();
  const afterKey = /:\s/.test(line.text.slice(0, col - 1));
  if ((code === 'BLOCK_AS_IMPLICIT_KEY' || code === 'BLOCK_IN_FLOW') && afterKey && /:\s/.test(value) && line.levels.length) {
    // In { … } the text ends at the next `, key:` or the closing bracket.
    const stop = code === 'BLOCK_IN_FLOW' ? value.search(/\s*(?:,\s*[\w-]+\s*:\s|[}\]])/) : -1;
    const text = stop >= 0 ? value.slice(0, stop) : value;
    const fixed = `${line.text.slice(0, col - 1).trimStart()}${quoted(text)}${stop >= 0 ? value.slice(stop) : ''}`;
    return `text that contains a colon followed by a space must be in quotes: \`${fixed}\``;
  }
  const missing = /^(\s*(?:- )*)([A-Za-z_][\w-]*):(\S.*)$/.exec(line.text);
  if (code === 'MISSING_CHAR' && missing && !/^\/\//.test(missing[3] as string)) {
    return `put a space after the colon: \`${(missing[1] as string).trimStart()}${missing[2]}: ${missing[3]}\``;
  }
  return undefined;
}

/** Advice for a few more parser errors about unquoted text. */
function otherMistake(err: YAMLError, line: YamlLine): string | undefined {
  const [key, ...rest] = line.text.trim().split(/:\s+/);
  const value = rest.join(': ');
  const prefix = key && value ? `${key}: ` : '';
  if (err.code === 'BAD_SCALAR_START') {
    return `text that starts with ${value.charAt(0) || 'this character'} must be in quotes: \`${prefix}${quoted(value || line.text.trim())}\``;
  }
  if (err.code === 'UNEXPECTED_TOKEN' && /^["']/.test(value)) {
    return `text that starts with a quote must end with it; to quote only part of it, put the whole text in the other kind of quotes: \`${prefix}${quoted(value)}\``;
  }
  if (err.code === 'MISSING_CHAR' && /closing ["']?quote/i.test(err.message)) {
    return `the quoted text has no closing quote; end it with the same quote mark on the same line`;
  }
  if (err.code === 'DUPLICATE_KEY') return `${parserWords(err)}: \`${line.key ?? key}\` appears twice in the same mapping; keep one`;
  if (err.code === 'TAG_RESOLVE_FAILED') return `${parserWords(err)}; custom YAML tags are not allowed in a case study`;
  return undefined;
}

/** A `{` or `[` left open: the parser notices only on a later line; point at the line that opened it. */
function unclosedBracket(lines: readonly YamlLine[], n: number): Advice | undefined {
  for (let i = n - 1; i >= Math.max(1, n - 20); i--) {
    const text = (lines[i - 1] as YamlLine).text.replace(/"[^"]*"|'[^']*'/g, '');
    for (const [open, close] of [
      ['{', '}'],
      ['[', ']'],
    ] as const) {
      if (text.split(open).length > text.split(close).length) {
        const col = text.lastIndexOf(open) + 1;
        return { line: i, col, message: `the \`${open}\` here is not closed: end it with \`${close}\` on the same line`, through: n };
      }
    }
  }
  return undefined;
}

/** The last line of the block a line opens: the following lines indented deeper than it. */
function blockEnd(lines: readonly YamlLine[], n: number): number {
  const indent = lines[n - 1]?.indent ?? 0;
  let end = n;
  for (const l of lines.slice(n)) {
    if (l.text.trim() === '' || l.text.trimStart().startsWith('#')) continue;
    if (l.indent <= indent && !l.inBlockScalar) break;
    end = l.n;
  }
  return end;
}

/** The offset of the end of the `n`th line after `from`, or -1 when the text ends first. */
function nthLineEnd(text: string, from: number, n: number): number {
  let at = from;
  for (let i = 0; i < n && at >= 0; i++) at = text.indexOf('\n', at + 1);
  return at;
}

/** The parser's own words, without the position it appends. */
function parserWords(err: YAMLError): string {
  return (err.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
}

/** The line and a caret under the column, as the parser shows it. */
function frame(lines: readonly YamlLine[], n: number, col: number): string | undefined {
  const text = lines[n - 1]?.text;
  if (text === undefined) return undefined;
  const start = Math.max(0, col - 60);
  const shown = (start > 0 ? '…' : '') + text.slice(start, start + 100) + (text.length > start + 100 ? '…' : '');
  return `${shown}\n${' '.repeat(col - 1 - start + (start > 0 ? 1 : 0))}^`;
}

/** Text in YAML quotes: double unless it holds a double quote, then single. */
export function quoted(text: string): string {
  if (!/["\\]/.test(text)) return `"${text}"`;
  if (!text.includes("'")) return `'${text}'`;
  return JSON.stringify(text);
}
