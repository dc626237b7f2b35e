import { keysBeside } from './schema-keys.js';

/** One line of a YAML text as indentation sees it. */
export interface YamlLine {
  /** 1-based line number. */
  n: number;
  text: string;
  indent: number;
  /** A line that opens a key (`key:`) or a list item (`- `), not text, a comment or a blank. */
  structural: boolean;
  /** Columns (0-based) where this line's list dashes and its key begin, outermost first. */
  levels: Level[];
  /** The key the line opens, if any. */
  key?: string;
  /** True when something follows `key:` on the line (a value), so nothing may be nested under it. */
  hasValue: boolean;
  /** True when the line is text inside a block scalar (after `|` or `>`). */
  inBlockScalar: boolean;
  /** For such text, the indentation its first line set. */
  contentIndent?: number;
}

/** Where a list dash or a key begins on a line. */
export interface Level {
  col: number;
  kind: 'dash' | 'key';
  line: number;
  key?: string;
}

const KEY = /^((?:[^\s#'"{[\]:,&*!|>%@`-][^:#]*?)|"[^"]*"|'[^']*'|-[^\s:][^:#]*?)\s*:(?=\s|$)/;
const BLOCK_SCALAR_HEADER = /(?:^|[\s:-])[|>][+-]?[1-9]?[+-]?\s*(?:#.*)?$/;

/** Splits a YAML text into lines and reads each one's indentation, dashes and key. */
export function yamlLines(text: string): YamlLine[] {
  const lines: YamlLine[] = [];
  let scalarIndent = -1;
  let scalarContent = -1;
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const indent = raw.length - raw.replace(/^ */, '').length;
    const body = raw.slice(indent);
    const blank = body.trim() === '' || body.startsWith('#');
    // Text of a block scalar: lines indented deeper than the line that opened it (blank lines too).
    if (scalarIndent >= 0 && (blank || indent > scalarIndent)) {
      if (scalarContent < 0 && !blank) scalarContent = indent;
      lines.push({ n: i + 1, text: raw, indent, structural: false, levels: [], hasValue: false, inBlockScalar: !blank, contentIndent: scalarContent });
      return;
    }
    scalarIndent = -1;
    scalarContent = -1;
    const levels: Level[] = [];
    let rest = body;
    let col = indent;
    while (/^-(\s|$)/.test(rest)) {
      levels.push({ col, kind: 'dash', line: i + 1 });
      const after = rest.slice(1);
      const gap = after.length - after.replace(/^ +/, '').length;
      col += 1 + gap;
      rest = after.slice(gap);
    }
    const key = blank ? undefined : KEY.exec(rest);
    if (key) levels.push({ col, kind: 'key', line: i + 1, key: unquote(key[1] as string) });
    const value = key
      ? rest
          .slice(key[0].length)
          .replace(/\s+#.*$/, '')
          .trim()
      : rest.trim();
    if (!blank && BLOCK_SCALAR_HEADER.test(body)) scalarIndent = levels.at(-1)?.col ?? indent;
    lines.push({
      n: i + 1,
      text: raw,
      indent,
      structural: !blank && levels.length > 0,
      levels,
      key: key ? unquote(key[1] as string) : undefined,
      hasValue: key ? value !== '' : levels.length > 0 && value !== '',
      inBlockScalar: false,
    });
  });
  return lines;
}

/**
 * The levels still open at line `n`: walking back, each key or dash that is
 * less indented than everything between it and line `n`. Deepest first.
 */
export function openLevels(lines: readonly YamlLine[], n: number): Level[] {
  const open: Level[] = [];
  let below = Infinity;
  for (let i = n - 2; i >= 0 && below > 0; i--) {
    const line = lines[i] as YamlLine;
    if (!line.structural) continue;
    for (const level of [...line.levels].reverse()) if (level.col < below) open.push(level);
    below = Math.min(below, line.indent);
  }
  return open.sort((a, b) => b.col - a.col);
}

/** The first structural line after line `n`, if any. */
export function nextStructural(lines: readonly YamlLine[], n: number): YamlLine | undefined {
  return lines.slice(n).find((l) => l.structural);
}

/**
 * Why line `n` is indented wrongly, pointing at that line; undefined when its
 * indentation matches a level open above it. Spaces count; a tab is another mistake.
 */
export function indentProblem(lines: readonly YamlLine[], n: number): string | undefined {
  const line = lines[n - 1];
  if (!line?.structural) return undefined;
  const open = openLevels(lines, n);
  const kind = line.levels[0]?.kind ?? 'key';
  const what = kind === 'dash' ? `the list item \`- …\`` : `\`${line.key}:\``;
  const deepest = open[0];
  const prev = lines
    .slice(0, n - 1)
    .reverse()
    .find((l) => l.structural);
  if (!deepest) return line.indent > 0 ? `${what} is indented ${spaces(line.indent)}, but it is the first key: start it at the beginning of the line` : undefined;
  if (line.indent > deepest.col) {
    // Deeper than anything above: only right if the line above opens a mapping or list (ends in a colon).
    if (!prev?.hasValue || !prev.levels.length) return undefined;
    const above = prev.levels.at(-1) as Level;
    const more = line.indent - above.col;
    const label = above.kind === 'key' ? `\`${above.key}:\`` : 'the list item';
    return `${what} is indented ${spaces(line.indent)}, ${more === 1 ? 'one more' : `${more} more`} than ${label} on line ${above.line} above it; line it up with ${label} (${spaces(above.col)})`;
  }
  if (open.some((l) => l.col === line.indent)) return undefined;
  const same = open.filter((l) => l.kind === kind);
  const deeper = [...same].reverse().find((l) => l.col > line.indent);
  const shallower = same.find((l) => l.col < line.indent);
  let choices = [deeper, shallower].filter((l): l is Level => l !== undefined);
  // Where the schema tells which mapping the key belongs to, offer only that level.
  const fitting = choices.filter((l) => kind === 'dash' || (line.key !== undefined && keysBeside(siblings(lines, l))?.includes(line.key)));
  if (fitting.length) choices = fitting;
  if (!choices.length) return undefined;
  const first = lines.find((l) => l.structural);
  if (!shallower && deeper && first && deeper.line === first.n && first.indent > 0) {
    return `${what} is indented ${spaces(line.indent)}, less than the first key, \`${first.key ?? '-'}\` on line ${first.n} (${spaces(first.indent)}): start the first key at the beginning of the line`;
  }
  const named = choices.map((l) => `${l.kind === 'key' ? `\`${l.key}:\`` : 'the list item'} on line ${l.line} (${l.col === 0 ? 'no indent' : spaces(l.col)})`);
  return `${what} is indented ${spaces(line.indent)}, which lines it up with nothing above it; line it up with ${named.join(' or ')}`;
}

/** The keys at a level's column in the block around it: the mapping the level belongs to. */
function siblings(lines: readonly YamlLine[], level: Level): string[] {
  const keys: string[] = [];
  const at = (l: YamlLine) => l.levels.find((v) => v.kind === 'key' && v.col === level.col)?.key;
  for (let i = level.line - 1; i >= 0; i--) {
    const l = lines[i] as YamlLine;
    if (!l.structural) continue;
    const key = at(l);
    if (key !== undefined) keys.push(key);
    if (l.indent < level.col || (l.indent === level.col && l.levels[0]?.kind === 'dash' && i !== level.line - 1)) break;
    if (key === undefined && l.indent <= level.col) break;
  }
  for (const l of lines.slice(level.line)) {
    if (!l.structural) continue;
    if (l.indent < level.col) break;
    const key = at(l);
    if (key !== undefined) keys.push(key);
    else if (l.indent <= level.col) break;
  }
  return keys;
}

/** Line `n`'s problem when it is text of a block scalar (after `>-` or `|`) indented less than the lines before it. */
export function blockScalarProblem(lines: readonly YamlLine[], n: number): string | undefined {
  const line = lines[n - 1];
  if (!line?.inBlockScalar || line.contentIndent === undefined || line.indent >= line.contentIndent) return undefined;
  return `this line is indented ${spaces(line.indent)}, less than the text above it (${spaces(line.contentIndent)}): every line of a text after \`>-\` or \`|\` must be indented at least as much as its first line`;
}

function spaces(n: number): string {
  return n === 0 ? 'no spaces' : n === 1 ? '1 space' : `${n} spaces`;
}

function unquote(key: string): string {
  return /^(["']).*\1$/.test(key) ? key.slice(1, -1) : key;
}
