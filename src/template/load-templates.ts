import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type Handlebars from 'handlebars';
// With its extension: Node.js resolves a subpath of a package without "exports" only as a file
// (the library, dist/index.js, leaves it to Node.js). Its runtime.d.ts declares no export: see the cast below.
import handlebarsRuntime from 'handlebars/runtime.js';
import { CaseStudyError } from '../errors.js';
import { packageRoot } from '../package-root.js';
import { helpers } from './helpers.js';
import { documentKinds, type DocumentKind } from '../writers/registry.js';

/** The templates a build renders, compiled once and reused for every case study. */
export interface TemplateSet {
  dir: string;
  /** One template per document kind a writer renders (`brief.hbs`, `deck.hbs`). */
  documents: Record<DocumentKind, Handlebars.TemplateDelegate>;
  /** The briefing pack's cover and contents labels (pack.hbs). */
  pack: Handlebars.TemplateDelegate;
  /** Every template and partial with its text, to place markup errors in them. */
  sources: { file: string; text: string }[];
  /** Fixed labels by language, from messages/<lang>.json. */
  messages: Record<string, Record<string, string>>;
  /** The Handlebars environment these were compiled in (its `t` helper is set per render). */
  env: typeof Handlebars;
}

/** The folder of the templates shipped with casebrief. */
export function defaultTemplateDir(): string {
  return path.join(packageRoot(), 'templates');
}

/**
 * Loads <kind>.hbs for every document kind (brief.hbs, deck.hbs), pack.hbs, partials/*.hbs and messages/*.json from `dir`; what a
 * user's folder lacks comes from the shipped templates. The files are read synchronously: a
 * dozen small files, once per process (or per save of a template, in watch mode), take well
 * under a millisecond that way, where each asynchronous read is four trips to libuv's thread
 * pool and back (~5 ms of a cold run, the process idle meanwhile).
 */
export async function loadTemplates(dir = defaultTemplateDir()): Promise<TemplateSet> {
  const dirs = dir === defaultTemplateDir() ? [dir] : [dir, defaultTemplateDir()];
  if (dir !== defaultTemplateDir()) checkTemplateFolder(dir);
  const partials = new Map<string, string>();
  for (const d of [...dirs].reverse()) {
    for (const name of listFiles(path.join(d, 'partials'), '.hbs')) partials.set(name, path.join(d, 'partials', name));
  }
  const partialSources = [...partials].map(([name, file]) => ({ name: name.replace(/\.hbs$/, ''), file, text: readFileSync(file, 'utf8') }));
  const kinds = documentKinds();
  const documents = kinds.map((kind) => firstExisting(dirs.map((d) => path.join(d, `${kind}.hbs`))));
  const pack = firstExisting(dirs.map((d) => path.join(d, 'pack.hbs')));

  // Templates the build precompiled need only Handlebars' runtime. Its compiler (two thirds of the
  // library, with its parser's tables) is loaded for a template it did not: one a user wrote or edited.
  const precompiled = [...partialSources, ...documents, pack].every((t) => precompiledSpecs()[textHash(t.text)] !== undefined);
  const env = (precompiled ? (handlebarsRuntime as unknown as typeof Handlebars) : (await import('handlebars')).default).create();
  env.registerHelper(helpers);
  for (const { name, file, text } of partialSources) env.registerPartial(name, compile(env, text, file));
  // Markup errors of a document are searched for in its own template first, pack.hbs last.
  const sources = [...[...documents].reverse(), ...partialSources.map(({ file, text }) => ({ file, text })), pack];
  const set = {
    dir,
    documents: Object.fromEntries(kinds.map((kind, i) => [kind, compile(env, documents[i]!.text, documents[i]!.file)])) as TemplateSet['documents'],
    pack: compile(env, pack.text, pack.file),
    sources,
    env,
  };

  const messages: TemplateSet['messages'] = {};
  for (const d of [...dirs].reverse()) {
    for (const name of listFiles(path.join(d, 'messages'), '.json')) {
      const file = path.join(d, 'messages', name);
      messages[name.replace(/\.json$/, '')] = { ...messages[name.replace(/\.json$/, '')], ...readMessages(file) };
    }
  }
  return { ...set, messages };
}

let precompiled: Record<string, string> | undefined;

/** Template specs precompiled by the build (dist/templates.json), keyed by the template's text. */
function precompiledSpecs(): Record<string, string> {
  if (!precompiled) {
    try {
      precompiled = JSON.parse(readFileSync(path.join(packageRoot(), 'dist', 'templates.json'), 'utf8')) as Record<string, string>;
    } catch {
      precompiled = {};
    }
  }
  return precompiled;
}

type TemplateSpec = Parameters<typeof Handlebars.template>[0];

/** The key of a template's precompiled spec: the hash of its text. */
function textHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
/**
 * Precompiled specs made into functions, by the hash of their template's text: made once per
 * process, never stale, since an edited template has another hash.
 */
const specFunctions = new Map<string, TemplateSpec>();

/** Compiles eagerly so that a syntax error names its template file and line now, not mid-build. */
function compile(env: typeof Handlebars, text: string, file: string): Handlebars.TemplateDelegate {
  const hash = textHash(text);
  const spec = precompiledSpecs()[hash];
  // The spec is code our own build generated from this very text (the key is its hash).
  if (spec) {
    let made = specFunctions.get(hash);
    if (!made) {
      made = new Function(`return ${spec}`)() as TemplateSpec;
      specFunctions.set(hash, made);
    }
    return env.template(made);
  }
  try {
    // Parsing now reports a syntax error with its template; compiling the parsed tree
    // is lazy (on first use), so a template a build does not render costs nothing more.
    return env.compile(env.parse(text), { noEscape: false });
  } catch (err) {
    throw templateError(err, file);
  }
}

/** Turns a Handlebars parse or runtime error into a diagnostic at the template's line. */
export function templateError(err: unknown, file: string): CaseStudyError {
  if (err instanceof RangeError && /call stack/i.test(err.message)) {
    return new CaseStudyError('E_TEMPLATE', [
      {
        file,
        message:
          'template error: it never ends: a partial includes itself, directly or through another partial ({{> name}} inside partials/name.hbs); remove the {{> …}} that loops back',
      },
    ]);
  }
  const message = err instanceof Error ? err.message : String(err);
  const line = /line (\d+)/.exec(message)?.[1];
  const lines = message.split('\n');
  const expecting = lines.find((l) => l.startsWith('Expecting'));
  const first = expecting?.endsWith("got 'EOF'")
    ? 'the template ends inside a block: a {{#…}} has no matching {{/…}}'
    : expecting
      ? `Handlebars cannot read this: ${expecting.replace(/'/g, '')}`
      : lines[0]?.replace(/^Parse error on line \d+:?/, '').trim() || 'syntax error';
  const detail = lines.filter((l) => l !== lines[0] && l !== expecting).join('\n');
  return new CaseStudyError('E_TEMPLATE', [
    {
      file,
      line: line ? Number(line) : undefined,
      col: line ? 1 : undefined,
      message: `template error: ${first}`,
      frame: detail || undefined,
    },
  ]);
}

/**
 * A user's template folder must exist, be a folder, and hold at least one file casebrief reads:
 * otherwise the shipped templates would be used silently, which is not what was asked for.
 */
function checkTemplateFolder(dir: string): void {
  let info: ReturnType<typeof statSync>;
  try {
    info = statSync(dir);
  } catch {
    throw new CaseStudyError('E_TEMPLATE', [{ file: dir, message: 'no such template folder; --templates names a folder holding brief.hbs, deck.hbs, partials/ or messages/' }]);
  }
  if (!info.isDirectory())
    throw new CaseStudyError('E_TEMPLATE', [{ file: dir, message: 'is a file; --templates names a folder holding brief.hbs, deck.hbs, partials/ or messages/' }]);
  const expected = [...documentKinds().map((k) => `${k}.hbs`), 'pack.hbs'];
  const own =
    listFiles(dir, '.hbs').filter((f) => expected.includes(f)).length +
    listFiles(path.join(dir, 'partials'), '.hbs').length +
    listFiles(path.join(dir, 'messages'), '.json').length;
  if (!own) {
    throw new CaseStudyError('E_TEMPLATE', [
      {
        file: dir,
        message: `holds none of the files casebrief reads (${expected.join(', ')}, partials/*.hbs, messages/*.json); copy the ones to change from casebrief's templates/ folder`,
      },
    ]);
  }
}

/** A messages/<lang>.json: one JSON object of label names to texts. */
function readMessages(file: string): Record<string, string> {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new CaseStudyError('E_TEMPLATE', [{ file, message: `message file is not valid JSON: ${(err as Error).message}` }]);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new CaseStudyError('E_TEMPLATE', [{ file, message: 'a message file holds one JSON object of label names and texts, e.g. { "contents": "Contents" }' }]);
  }
  const problems = Object.entries(value)
    .filter(([, text]) => typeof text !== 'string')
    .map(([key, text]) => ({ file, message: `the label "${key}" must be a text in quotes, not ${JSON.stringify(text)}` }));
  if (problems.length) throw new CaseStudyError('E_TEMPLATE', problems);
  return value as Record<string, string>;
}

function listFiles(dir: string, ext: string): string[] {
  try {
    return readdirSync(dir)
      .filter((f) => f.endsWith(ext))
      .sort();
  } catch {
    return [];
  }
}

/** The first of `files` that can be read, with its text. */
function firstExisting(files: string[]): { file: string; text: string } {
  for (const file of files) {
    try {
      return { file, text: readFileSync(file, 'utf8') };
    } catch {}
  }
  throw new CaseStudyError('E_TEMPLATE', [{ file: files[0] ?? '', message: 'template not found' }]);
}
