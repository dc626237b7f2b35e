import { LineCounter, parseDocument, type Document as YamlDocument, type YAMLError } from 'yaml';
import { CaseStudyError, type Problem } from '../errors.js';
import { readSourceText } from './read-source.js';
import { CaseStudy } from './schema.js';
import { describeIssue } from './describe-issue.js';
import { nodeAt, rangeOfKey } from './yaml-positions.js';
import { checkImage } from './check-image.js';

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

/** Parses and validates case-study YAML held in memory; its picture, if it names one, is read later (`withImage`). */
export function parseCaseStudy(text: string, options: ParseOptions = {}): LoadedCaseStudy {
  const file = options.file ?? '<input>';
  return { file, text, data: parseWithPositions(text, file).data };
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
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: true, strict: true });
  const problems: Problem[] = [...doc.errors, ...doc.warnings].map((e) => yamlProblem(e, file));
  if (problems.length) throw new CaseStudyError('E_INPUT', problems);

  if (doc.contents === null) {
    throw new CaseStudyError('E_INPUT', [{ file, line: 1, col: 1, message: 'the file is empty; a case study starts with `id:`, `title:` and `cities:` (see data/milan-shanghai.yaml)' }]);
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    throw new CaseStudyError('E_INPUT', [
      { file, message: `the file expands its aliases (*name) too often, as a "billion laughs" attack does; a case study may use at most ${MAX_ALIAS_COUNT}` },
    ]);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const at = position(doc, lines, []);
    throw new CaseStudyError('E_INPUT', [{ file, ...at, message: 'the top level must be a mapping of keys (id:, title:, cities: …), not a list or a single value' }]);
  }

  const result = CaseStudy.safeParse(value);
  if (result.success) return { data: result.data, at: (path: PropertyKey[]) => position(doc, lines, path) };
  const diagnostics = result.error.issues.flatMap((issue) =>
    describeIssue(issue).map((d) => ({ file, ...position(doc, lines, d.path, d.key), message: d.message })),
  );
  diagnostics.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0));
  throw new CaseStudyError('E_SCHEMA', diagnostics);
}

function yamlProblem(err: YAMLError, file: string): Problem {
  // prettyErrors appends " at line L, column C:" and a code frame; keep both, in our format.
  const [head = '', ...frame] = err.message.split('\n');
  const message = head.replace(/ at line \d+, column \d+:?$/, '');
  const start = err.linePos?.[0];
  const hint = err.code === 'TAG_RESOLVE_FAILED' ? '; custom YAML tags are not allowed in a case study' : '';
  return {
    file,
    line: start?.line,
    col: start?.col,
    message: `${message}${hint}`,
    frame: frame.filter((l, i) => i > 0 || l !== '').join('\n').trimEnd() || undefined,
  };
}

function position(doc: YamlDocument, lines: LineCounter, path: readonly PropertyKey[], key?: string) {
  const range = key === undefined ? nodeAt(doc, path)?.range : rangeOfKey(doc, path, key);
  const offset = range?.[0] ?? 0;
  const { line, col } = lines.linePos(offset);
  return { line, col };
}
