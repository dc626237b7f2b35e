import { isCollection, isMap, isScalar, isSeq, parseDocument, Scalar, stringify, type Document, type YAMLSeq } from 'yaml';

/**
 * Structured edits of case-study YAML that keep what the person wrote: comments, key order,
 * quoting and block styles of everything not edited. Used by the server (a PUT of edits) and by
 * the studio's form (bundled for the browser), so that the form and the YAML tab are two views of
 * one text.
 *
 * A changed text, number or yes/no value is replaced in place in the source text (the rest stays
 * byte for byte); other edits (new keys, items added or removed, lists or mappings replaced) go
 * through the `yaml` package's Document API (`setIn`, `deleteIn`), which keeps comments and key
 * order but may re-wrap long folded paragraphs.
 */

export type YamlPath = (string | number)[];

/**
 * One edit: set the value at `path` (created if missing), or delete it when `value` is `undefined`
 * (JSON `null`); or, with `to`, move the list item at `path` to place `to` of its list (0-based),
 * with its comments.
 */
export interface YamlEdit {
  path: YamlPath;
  value?: unknown;
  to?: number;
}

/** Thrown when the text cannot be edited (it is not valid YAML, or a path leads through a value). */
export class YamlEditError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'YamlEditError';
  }
}

/** Lines of folded paragraphs written anew are wrapped at this width, as the sample is. */
const FOLD_WIDTH = 100;

/** Applies `edits` in order to `text` and returns the new text. */
export function applyYamlEdits(text: string, edits: readonly YamlEdit[]): string {
  let out = text;
  for (const edit of edits) out = applyOne(out, edit);
  return out;
}

function parse(text: string): Document {
  const doc = parseDocument(text, { keepSourceTokens: false });
  if (doc.errors.length) throw new YamlEditError(`the YAML has a mistake at line ${doc.errors[0]!.linePos?.[0]?.line ?? '?'}; fix it in the YAML tab first`);
  return doc;
}

function checkPath(path: unknown): YamlPath {
  if (!Array.isArray(path) || !path.length || !path.every((p) => (typeof p === 'string' && p.length > 0) || (Number.isInteger(p) && (p as number) >= 0))) {
    throw new YamlEditError('an edit path is a non-empty list of keys and item numbers, e.g. ["sections", 0, "heading"]');
  }
  return path as YamlPath;
}

function applyOne(text: string, edit: YamlEdit): string {
  const path = checkPath(edit.path);
  const value = edit.value === null ? undefined : edit.value;
  const doc = parse(text);
  if (edit.to !== undefined) return move(doc, text, path, edit.to);
  const node = doc.getIn(path, true);
  const lineWidth = value !== undefined && isScalar(node) ? FOLD_WIDTH : closestLineWidth(doc, text);
  if (value !== undefined && isScalar(node) && node.range && (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')) {
    const spliced = spliceScalar(text, node, value, path);
    if (spliced !== undefined) return spliced;
  }
  // Parents that do not exist yet are made as mappings (for keys) or lists (for item numbers).
  for (let i = 1; i < path.length; i++) {
    const parent = doc.getIn(path.slice(0, i), true);
    if (parent === undefined || parent === null) doc.setIn(path.slice(0, i), typeof path[i] === 'number' ? doc.createNode([]) : doc.createNode({}));
    else if (!isCollection(parent)) throw new YamlEditError(`${path.slice(0, i).join('.')} is a single value; it holds no ${String(path[i])}`);
  }
  if (value === undefined) doc.deleteIn(path);
  else {
    const parent = path.length > 1 ? doc.getIn(path.slice(0, -1), true) : doc.contents;
    const key = path[path.length - 1]!;
    if (isSeq(parent) && typeof key === 'number' && key > parent.items.length) throw new YamlEditError(`item ${key} is past the end of ${path.slice(0, -1).join('.')}`);
    if (isSeq(parent) && typeof key !== 'number') throw new YamlEditError(`${path.slice(0, -1).join('.')} is a list; its items are numbered`);
    if (isMap(parent) && typeof key !== 'string') throw new YamlEditError(`${path.slice(0, -1).join('.')} is a mapping; its entries are named`);
    doc.setIn(path, doc.createNode(value));
  }
  return doc.toString({ lineWidth, minContentWidth: 40 });
}

/** Moves the list item at `path` to place `to` of the same list; the other items keep their order. */
function move(doc: Document, text: string, path: YamlPath, to: unknown): string {
  const from = path[path.length - 1];
  const listPath = path.slice(0, -1);
  const list = listPath.length ? doc.getIn(listPath, true) : doc.contents;
  const where = listPath.join('.') || 'the file';
  if (typeof from !== 'number' || !isSeq(list)) throw new YamlEditError(`only a list item can be moved; ${path.join('.')} is not one`);
  if (from >= list.items.length) throw new YamlEditError(`${where} has no item ${from}`);
  if (!Number.isInteger(to) || (to as number) < 0 || (to as number) >= list.items.length) {
    throw new YamlEditError(`"to" is the item's new place in ${where}: a whole number from 0 to ${list.items.length - 1}`);
  }
  if (to === from) return text;
  const order = list.items.map((_, i) => i);
  order.splice(to as number, 0, ...order.splice(from, 1));
  const spliced = moveLines(text, list, order);
  if (spliced !== undefined) {
    // The text moved as lines must read back as the list reordered, and stay valid YAML.
    const check = parseDocument(spliced);
    const expected = doc.toJS() as unknown;
    const parent = listPath.reduce((node: unknown, key) => (node as Record<string | number, unknown>)[key], expected) as unknown[];
    const reordered = order.map((i) => parent[i]);
    parent.splice(0, parent.length, ...reordered);
    if (!check.errors.length && JSON.stringify(check.toJS()) === JSON.stringify(expected)) return spliced;
  }
  const lineWidth = closestLineWidth(doc, text);
  const [item] = list.items.splice(from, 1);
  list.items.splice(to as number, 0, item);
  return doc.toString({ lineWidth, minContentWidth: 40 });
}

/**
 * A block list reordered as lines of its source text: each item keeps its lines as written, with
 * the comment lines right above it. Undefined when the list is not one item per "- " line.
 */
function moveLines(text: string, list: YAMLSeq, order: readonly number[]): string | undefined {
  const starts: number[] = [];
  let end = 0;
  for (const item of list.items) {
    const range = (item as { range?: [number, number, number] } | null)?.range;
    if (!range) return undefined;
    let start = text.lastIndexOf('\n', range[0] - 1) + 1;
    if (!/^ *- +$/.test(text.slice(start, range[0]))) return undefined;
    // Comment lines just above an item go with it.
    while (start > 0) {
      const above = text.lastIndexOf('\n', start - 2) + 1;
      if (!/^ *#[^\n]*\n$/.test(text.slice(above, start))) break;
      start = above;
    }
    starts.push(start);
    end = text[range[1] - 1] === '\n' ? range[1] : text.indexOf('\n', range[1]) + 1 || text.length;
  }
  const chunks = starts.map((start, i) => text.slice(start, starts[i + 1] ?? end));
  if (!chunks.every((c) => c.endsWith('\n'))) return undefined;
  return text.slice(0, starts[0]) + order.map((i) => chunks[i]).join('') + text.slice(end);
}

/**
 * The line width at which the Document API writes this text back most nearly as it is: long
 * paragraphs are then folded where the person (or `casebrief import`) folded them.
 */
function closestLineWidth(doc: Document, text: string): number {
  const original = new Map<string, number>();
  for (const line of text.split('\n')) original.set(line, (original.get(line) ?? 0) + 1);
  let best = { width: FOLD_WIDTH, changed: Infinity };
  for (const width of [80, 88, 96, 100, 104, 108, 112, 120, 0]) {
    const left = new Map(original);
    let changed = 0;
    for (const line of doc.toString({ lineWidth: width, minContentWidth: 40 }).split('\n')) {
      const n = left.get(line) ?? 0;
      if (n > 0) left.set(line, n - 1);
      else changed++;
    }
    if (changed < best.changed) best = { width, changed };
    if (changed === 0) break;
  }
  return best.width;
}

/** Replaces one scalar's source text, keeping its style where the new value allows it; undefined when it cannot. */
function spliceScalar(text: string, node: Scalar, value: string | number | boolean, path: YamlPath): string | undefined {
  const [start, end] = node.range!;
  let written = scalarSource(text, start, node, value);
  if (written === undefined) return undefined;
  // A block scalar's source ends with its line break: the text put in its place must too.
  if (text.slice(start, end).endsWith('\n') && !written.endsWith('\n')) written += '\n';
  const out = text.slice(0, start) + written + text.slice(end);
  // What was written must read back as the value given, and the file must stay valid YAML.
  const check = parseDocument(out);
  if (check.errors.length || check.getIn(path) !== value) return undefined;
  return out;
}

function lineIndent(text: string, offset: number): number {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^ */.exec(text.slice(lineStart))![0].length;
}

function scalarSource(text: string, start: number, node: Scalar, value: string | number | boolean): string | undefined {
  if (typeof value !== 'string') {
    const plain = String(value);
    return parseDocument(plain).toJS() === value ? plain : undefined;
  }
  const folded = node.type === Scalar.BLOCK_FOLDED || node.type === Scalar.BLOCK_LITERAL;
  if (folded && value.length > 0 && !/\n$|^\s|\s$|\t|\n\s|\s\n| {2}/.test(value) && !/[\u0000-\u0008\u000b-\u001f\u007f]/.test(value)) {
    const indent = ' '.repeat(lineIndent(text, start) + 2);
    // The block's own indentation, when its first line is there to read it from.
    const first = /^[>|][+-]?\d*[^\n]*\n( +)/.exec(text.slice(start));
    const pad = first ? first[1]! : indent;
    if (node.type === Scalar.BLOCK_LITERAL)
      return `|-\n${value
        .split('\n')
        .map((l) => (l ? pad + l : ''))
        .join('\n')}`;
    return `>-\n${value
      .split('\n')
      .map((para) =>
        fold(para, FOLD_WIDTH - pad.length)
          .map((l) => pad + l)
          .join('\n'),
      )
      .join('\n\n')}`;
  }
  if (!value.includes('\n')) {
    if (node.type === Scalar.PLAIN || folded) {
      const plain = stringify(value).replace(/\n$/, '');
      if (!plain.includes('\n') && !/^['"|>]/.test(plain) && !plain.startsWith('!')) return plain;
    }
    if (node.type === Scalar.QUOTE_SINGLE && !value.includes("'")) return `'${value}'`;
  }
  // Double quotes with JSON's escapes are valid YAML for any text.
  return JSON.stringify(value);
}

/** Wraps a paragraph at spaces into lines of at most `width` characters (a longer word stays whole). */
function fold(paragraph: string, width: number): string[] {
  const words = paragraph.split(' ');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines;
}
