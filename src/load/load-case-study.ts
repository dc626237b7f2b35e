import { isAlias, isScalar, LineCounter, parseDocument, visit, type Document as YamlDocument } from 'yaml';
import type { Warning } from '../model/document.js';
import { CaseStudyError, type Problem } from '../errors.js';
import { readSourceText } from './read-source.js';
import { CaseStudy } from './schema.js';
import { describeIssue, type IssueText } from './describe-issue.js';
import { validate } from './schema-issues.js';
import { nodeAt, rangeOfKey } from './yaml-positions.js';
import { checkImage } from './check-image.js';
import { yamlSyntaxProblems } from './yaml-advice.js';
import { mappingAsText } from './text-advice.js';
import { surveyTextProblem } from './survey-text.js';
import { earlySyntaxErrors } from './syntax-probe.js';

/** Aliases a case study may expand; a "billion laughs" file needs thousands. */
const MAX_ALIAS_COUNT = 100;

/** A case study that passed validation, with the file it came from and its source text. */
export interface LoadedCaseStudy {
  /** The file it was read from, or the name it was given (`<input>` when none); pictures are found beside it. */
  file: string;
  text: string;
  data: CaseStudy;
  /** The checked picture, when the case study names one and it has been read. */
  image?: CheckedImage;
  /** What the YAML says that is likely not what was meant (text cut at a `#` comment or an `&` anchor). */
  warnings?: Warning[];
}

/** A picture the loader has read and checked. */
export interface CheckedImage {
  path: string;
  format: 'png' | 'jpeg';
  width: number;
  height: number;
  bytes: Uint8Array;
}

/** What `parseCaseStudy` needs besides the text. */
export interface ParseOptions {
  /** The file the text came from, for messages and to find its picture; default `<input>`. */
  file?: string;
}

/** Reads, parses and validates a case study, and checks the files it references; throws listing every problem. */
export async function loadCaseStudy(file: string): Promise<LoadedCaseStudy> {
  const text = await readSourceText(file);
  return withImage(parseCaseStudy(text, { file }));
}

/**
 * Parses and validates case-study YAML held in memory; its picture, if it names one, is read later (`withImage`).
 * Line ends may be LF, CRLF or CR alone (old Mac editors); the text kept has CR alone turned into LF.
 */
export function parseCaseStudy(text: string, options: ParseOptions = {}): LoadedCaseStudy {
  const file = options.file ?? '<input>';
  const normalised = text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
  try {
    const { data, warnings } = parseWithPositions(normalised, file);
    return warnings.length ? { file, text: normalised, data, warnings } : { file, text: normalised, data };
  } catch (err) {
    // A survey's plain text given where YAML is expected fails in many places: one message says what to do instead.
    const survey = err instanceof CaseStudyError ? surveyTextProblem(normalised, file, err.code === 'E_INPUT') : undefined;
    throw survey ? new CaseStudyError('E_INPUT', [survey]) : err;
  }
}

/** The case study with its picture read and checked (beside its file); throws when the picture cannot be used. */
export async function withImage(study: LoadedCaseStudy): Promise<LoadedCaseStudy> {
  const { file, text, data } = study;
  if (!data.image || study.image) return study;
  const image = await checkImage(file, data.image.file);
  if (!image.ok) {
    const at = parseWithPositions(text, file).at(['image', 'file']);
    throw new CaseStudyError('E_INPUT', [{ file, ...at, message: image.message }]);
  }
  const { ok: _ok, ...checked } = image;
  return { ...study, image: checked };
}

function parseWithPositions(text: string, file: string) {
  const options = { uniqueKeys: true, prettyErrors: true, strict: true } as const;
  const early = earlySyntaxErrors(text, options);
  if (early) throw new CaseStudyError('E_INPUT', yamlSyntaxProblems(early, text, file));
  const lines = new LineCounter();
  const doc = parseDocument(text, { ...options, lineCounter: lines });
  const syntax = [...doc.errors, ...doc.warnings];
  if (syntax.length) throw new CaseStudyError('E_INPUT', yamlSyntaxProblems(syntax, text, file));

  if (doc.contents === null) {
    const what = text.trim() === '' ? 'the file is empty' : 'the file holds only comments';
    throw new CaseStudyError('E_INPUT', [
      { file, line: 1, col: 1, message: `${what}; a case study starts with \`id:\`, \`title:\` and \`cities:\` (see data/milan-shanghai.yaml)` },
    ]);
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    const alias = firstAlias(doc);
    const at = alias ? lines.linePos(alias.offset) : undefined;
    throw new CaseStudyError('E_INPUT', [
      {
        file,
        ...at,
        message: `the file expands its aliases (${alias?.name ?? '*name'} and others) too often, as a "billion laughs" attack does; a case study may expand at most ${MAX_ALIAS_COUNT}: write the repeated text out instead`,
      },
    ]);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const at = position(doc, lines, []);
    throw new CaseStudyError('E_INPUT', [{ file, ...at, message: 'the top level must be a mapping of keys (id:, title:, cities: …), not a list or a single value' }]);
  }

  const result = validate(CaseStudy, value);
  if (result.success) return { data: result.output, at: (path: PropertyKey[]) => position(doc, lines, path), warnings: cutTexts(doc, text, lines, file) };
  const source = { mappingAsText: (path: readonly PropertyKey[]) => mappingAsText(doc, text, path) };
  const texts = oneEach(result.issues.flatMap((issue) => describeIssue(issue, source)));
  const diagnostics: Problem[] = texts.map((d) => ({ file, ...position(doc, lines, d.path, d.key), message: d.message }));
  diagnostics.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0));
  throw new CaseStudyError('E_SCHEMA', diagnostics);
}

/**
 * One message for one mistake: the first for each value (a bad date fails its
 * format and its calendar check), and an unknown key that is a misspelling of
 * a missing one stands for both.
 */
function oneEach(texts: IssueText[]): IssueText[] {
  const seen = new Set<string>();
  const place = (d: IssueText) => JSON.stringify([...d.path.map(String), d.key ?? ''].concat(d.missing ? [`missing:${d.missing}`] : []));
  const misspelt = new Set(texts.filter((d) => d.meant).map((d) => JSON.stringify([...d.path.map(String), d.meant])));
  return texts.filter((d) => {
    if (d.missing && misspelt.has(JSON.stringify([...d.path.map(String), d.missing]))) return false;
    const key = place(d);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Text that YAML cut short: a ` #` starts a comment (`source: Office #2` reads "Office"), and an
 * `&` at the start of a value is an anchor (`title: &Co visit` reads "visit"). Valid YAML, so not
 * an error, but rarely what a person meant in a case study: each gets a warning at its place.
 */
function cutTexts(doc: YamlDocument, text: string, lines: LineCounter, file: string): Warning[] {
  const warnings: Warning[] = [];
  visit(doc, {
    Scalar(key, node) {
      if (key === 'key' || !isScalar(node) || node.type !== 'PLAIN' || typeof node.value !== 'string' || !node.range) return;
      const [start, valueEnd] = node.range;
      const lineEnd = text.indexOf('\n', valueEnd);
      const rest = text.slice(valueEnd, lineEnd < 0 ? undefined : lineEnd);
      const shown = JSON.stringify(node.value.length > 40 ? `${node.value.slice(0, 40)}…` : node.value);
      if (/^\s+#/.test(rest)) {
        const whole = `${node.value}${rest.trimEnd()}`;
        warnings.push({
          code: 'W_YAML_COMMENT',
          message: `the text ${shown} stops before "${rest.trim()}": in YAML, a space and # start a comment, which is left out; if it belongs to the text, put the whole text in quotes: "${whole.replace(/"/g, '\\"')}"`,
          file,
          ...lines.linePos(valueEnd + rest.indexOf('#')),
        });
      }
      if (node.anchor) {
        const at = text.lastIndexOf(`&${node.anchor}`, start);
        warnings.push({
          code: 'W_YAML_ANCHOR',
          message: `"&${node.anchor}" before ${shown} is a YAML anchor and is left out of the text; if it belongs to the text, put the whole text in quotes`,
          file,
          ...lines.linePos(at < 0 ? start : at),
        });
      }
    },
  });
  return warnings;
}

/** The first alias (`*name`) in the document and where it is, for the alias-bomb message. */
function firstAlias(doc: YamlDocument): { name: string; offset: number } | undefined {
  let found: { name: string; offset: number } | undefined;
  visit(doc, {
    Alias(_, node) {
      if (!isAlias(node)) return undefined;
      found = { name: `*${node.source}`, offset: node.range?.[0] ?? 0 };
      return visit.BREAK;
    },
  });
  return found;
}

function position(doc: YamlDocument, lines: LineCounter, path: readonly PropertyKey[], key?: string) {
  const range = key === undefined ? nodeAt(doc, path)?.range : rangeOfKey(doc, path, key);
  const offset = range?.[0] ?? 0;
  const { line, col } = lines.linePos(offset);
  return { line, col };
}
