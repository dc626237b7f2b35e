import path from 'node:path';
import * as fontkit from 'fontkit';
import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import * as v from 'valibot';
import { CaseStudyError, type Problem } from '../errors.js';
import { checkJpeg } from '../load/check-jpeg.js';
import { checkPng } from '../load/check-png.js';
import { jsonSchemaOf } from '../load/json-schema.js';
import { ReadRefused, readFileCapped } from '../load/read-capped.js';
import { descriptionOf, type SchemaIssue, type SchemaNode, schemaAt, strictObject, validate } from '../load/schema-issues.js';
import { closest } from '../load/suggest.js';
import { readSvgLogo, SvgLogoError } from './svg-logo.js';
import { yamlSyntaxProblems } from '../load/yaml-advice.js';
import { nodeAt, rangeOfKey } from '../load/yaml-positions.js';
import type { Brand, BrandFaces, BrandFont } from '../writers/render-options.js';

/**
 * A theme file (`--theme FILE.yaml`): an office's colours, fonts, logo and footer line for the
 * brief, and the PowerPoint template its decks are built in. Paths in it are relative to the
 * theme file. Every mistake is a `file:line:col` problem: unknown keys, colours that are not hex,
 * files that are missing, fonts fontkit cannot read, logos that are not a whole PNG or JPEG.
 */

const HEX = /^#?(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;
const describedAs = <S extends v.GenericSchema>(schema: S, what: string) => v.pipe(schema, v.description(what));
const colour = (what: string) => describedAs(v.pipe(v.string(), v.regex(HEX, 'hex')), `${what}, as hex RGB in quotes, e.g. "#1B4F72"`);
const file = (what: string) => describedAs(v.pipe(v.string(), v.minLength(1)), what);
const faces = <E extends v.ObjectEntries>(script: string, extra: E) =>
  strictObject({
    regular: file(`the ${script} regular face: a .ttf or .otf file`),
    bold: v.optional(file(`the ${script} bold face: a .ttf or .otf file`)),
    ...extra,
  });

/** The theme file's schema (its JSON Schema is schema/theme.schema.json, written by `npm run schema`). */
export const ThemeFile = strictObject({
  name: v.optional(describedAs(v.string(), 'what the theme is, for people reading the file')),
  colours: v.optional(
    strictObject({
      primary: v.optional(colour('the main colour: cover band, headings')),
      accent: v.optional(colour('the highlight colour: rules, bars, key figures, links; tints of it fill the panels')),
      text: v.optional(colour('the colour of running text')),
    }),
  ),
  fonts: v.optional(
    strictObject({
      latin: v.optional(
        faces('Latin', {
          italic: v.optional(file('the Latin italic face: a .ttf or .otf file')),
          'bold-italic': v.optional(file('the Latin bold italic face: a .ttf or .otf file')),
        }),
      ),
      cjk: v.optional(faces('Chinese (CJK)', {})),
    }),
  ),
  logo: v.optional(file('the logo: a PNG or JPEG picture, or an SVG drawing of flat shapes; on the cover and small in the running header')),
  footer: v.optional(describedAs(v.pipe(v.string(), v.minLength(1), v.maxLength(200)), 'a line of text at the foot of every page')),
  'deck-template': v.optional(file('a PowerPoint template (.potx or .pptx) the deck is built in')),
  'layout-map': v.optional(file('a YAML file pinning a template layout (by name) per kind of slide')),
});

/** The theme file schema as JSON Schema (draft-07, which YAML editors understand best). */
export function themeJsonSchema(): Record<string, unknown> {
  const schema = jsonSchemaOf(ThemeFile);
  return { $id: 'https://casebrief.dev/schema/theme.schema.json', title: 'casebrief theme', ...schema };
}

/** A theme read and checked: the brief's brand, and the paths of the deck template and layout map it names (resolved). */
export interface LoadedTheme {
  brand: Brand;
  deckTemplate?: string;
  layoutMap?: string;
}

const MAX_THEME_BYTES = 1 << 20;
const MAX_FONT_BYTES = 64 << 20;
const MAX_LOGO_BYTES = 10 << 20;

/** Reads and checks a theme file and every file it names; throws a `CaseStudyError` listing every problem. */
export async function loadTheme(themeFile: string): Promise<LoadedTheme> {
  const text = (await readOrFail(themeFile, MAX_THEME_BYTES, 'theme file', '--theme')).toString('utf8');
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: true });
  if (doc.errors.length) throw new CaseStudyError('E_INPUT', yamlSyntaxProblems(doc.errors, text, themeFile));
  const at = (p: readonly PropertyKey[], key?: string) => position(doc, lines, p, key);
  const value: unknown = doc.toJS({ maxAliasCount: 20 }) ?? {};
  const parsed = validate(ThemeFile, value);
  if (!parsed.success) {
    const problems = parsed.issues.flatMap((issue) => describe(issue, value)).map((d) => ({ file: themeFile, ...at(d.path, d.key), message: d.message }));
    problems.sort((a, b) => a.line - b.line || a.col - b.col);
    throw new CaseStudyError('E_SCHEMA', problems);
  }
  const theme = parsed.output;
  const dir = path.dirname(themeFile);
  const problems: Problem[] = [];
  const fail = (p: readonly PropertyKey[], message: string) => problems.push({ file: themeFile, ...at(p), message });

  const read = async (p: readonly string[], max: number): Promise<{ bytes: Buffer; file: string } | undefined> => {
    const given = p.reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], theme) as string;
    const target = path.resolve(dir, given);
    try {
      return { bytes: await readFileCapped(target, { maxBytes: max, tooBig: (n) => `is ${(n / 2 ** 20).toFixed(1)} MB; at most ${max / 2 ** 20} MB is taken` }), file: target };
    } catch (err) {
      if (!(err instanceof ReadRefused)) throw err;
      fail(p, `"${given}" ${err.message === 'no such file' ? `not found (looked for ${target}; paths are relative to the theme file)` : err.message}`);
      return undefined;
    }
  };

  const fontFaces = async (script: 'latin' | 'cjk'): Promise<BrandFaces | undefined> => {
    const given = theme.fonts?.[script];
    if (!given) return undefined;
    const out: Partial<Record<keyof BrandFaces, BrandFont>> = {};
    const keys: [keyof BrandFaces, string][] = [
      ['regular', 'regular'],
      ['bold', 'bold'],
      ['italic', 'italic'],
      ['boldItalic', 'bold-italic'],
    ];
    for (const [field, key] of keys) {
      if ((given as Record<string, string | undefined>)[key] === undefined) continue;
      const p = ['fonts', script, key];
      const got = await read(p, MAX_FONT_BYTES);
      if (!got) continue;
      const problem = fontProblem(got.bytes, script);
      if (problem) fail(p, `"${path.basename(got.file)}" ${problem}`);
      else out[field] = { bytes: new Uint8Array(got.bytes), file: got.file };
    }
    return out.regular ? (out as BrandFaces) : undefined;
  };

  const latin = await fontFaces('latin');
  const cjk = await fontFaces('cjk');
  let logo: Brand['logo'];
  if (theme.logo !== undefined) {
    const got = await read(['logo'], MAX_LOGO_BYTES);
    if (got) {
      const checked = await logoCheck(got.bytes, path.basename(got.file));
      if ('problem' in checked) fail(['logo'], checked.problem);
      else logo = checked;
    }
  }
  const resolved = (key: 'deck-template' | 'layout-map') =>
    theme[key] === undefined ? {} : { [key === 'deck-template' ? 'deckTemplate' : 'layoutMap']: path.resolve(dir, theme[key]) };
  if (problems.length) throw new CaseStudyError('E_INPUT', problems);
  const colours = Object.fromEntries(Object.entries(theme.colours ?? {}).map(([k, v]) => [k, hexColour(v!)]));
  return {
    brand: {
      colours,
      fonts: { ...(latin ? { latin } : {}), ...(cjk ? { cjk } : {}) },
      ...(logo ? { logo } : {}),
      ...(theme.footer !== undefined ? { footer: theme.footer.trim() } : {}),
      source: themeFile,
    },
    ...resolved('deck-template'),
    ...resolved('layout-map'),
  };
}

/** `#abc`, `abc`, `#aabbcc` → `AABBCC`. */
function hexColour(given: string): string {
  const h = given.replace(/^#/, '').toUpperCase();
  return h.length === 3 ? [...h].map((c) => c + c).join('') : h;
}

/** Why a font file cannot be used for `script`, or undefined when it can. */
function fontProblem(bytes: Uint8Array, script: 'latin' | 'cjk'): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 4)).toString('latin1');
  if (head === 'wOFF' || head === 'wOF2') return 'is a web font (WOFF); give the TrueType (.ttf) or OpenType (.otf) file of the same font';
  if (head === 'ttcf') return 'is a font collection (.ttc); give one font of it as a .ttf or .otf file';
  let font: fontkit.Font;
  try {
    const made = fontkit.create(Buffer.from(bytes));
    if (!('layout' in made)) return 'is a font collection; give one font of it as a .ttf or .otf file';
    font = made;
    // Reading the tables the PDF needs finds a damaged file now rather than halfway through a render.
    void font.unitsPerEm;
    void font.postscriptName;
  } catch {
    return 'cannot be read as a font (damaged, or not a TrueType/OpenType file); give a .ttf or .otf file';
  }
  const probe = script === 'latin' ? 'a' : '中';
  if (!font.hasGlyphForCodePoint(probe.codePointAt(0)!))
    return `has no glyph for "${probe}": it is not a ${script === 'latin' ? 'Latin' : 'Chinese'} font; give it under ${script === 'latin' ? 'fonts.cjk' : 'fonts.latin'} or choose another file`;
  return undefined;
}

/** A logo checked as a picture for the brief, or the problem with it. */
async function logoCheck(bytes: Uint8Array, name: string): Promise<NonNullable<Brand['logo']> | { problem: string }> {
  const head = Buffer.from(bytes.subarray(0, 256)).toString('latin1').trimStart();
  if (head.startsWith('<') || name.toLowerCase().endsWith('.svg')) {
    try {
      const vector = readSvgLogo(bytes);
      return { bytes, format: 'svg', width: vector.viewBox[2], height: vector.viewBox[3], vector };
    } catch (err) {
      if (err instanceof SvgLogoError) return { problem: `logo "${name}" ${err.message}` };
      throw err;
    }
  }
  const format = bytes[0] === 0x89 && bytes[1] === 0x50 ? 'png' : bytes[0] === 0xff && bytes[1] === 0xd8 ? 'jpeg' : undefined;
  if (!format) return { problem: `"${name}" is not a PNG or JPEG picture; export the logo as PNG` };
  const check = format === 'png' ? await checkPng(bytes, name) : checkJpeg(bytes, name);
  if (!check.ok) return { problem: `logo "${name}" ${check.message}` };
  return { bytes, format, width: check.width, height: check.height };
}

async function readOrFail(file: string, max: number, what: string, option: string): Promise<Buffer> {
  try {
    return await readFileCapped(file, { maxBytes: max, tooBig: (n) => `is ${(n / 2 ** 20).toFixed(1)} MB; a ${what} is a few lines of YAML` });
  } catch (err) {
    if (!(err instanceof ReadRefused)) throw err;
    throw new CaseStudyError('E_INPUT', [{ file, message: `the ${what} cannot be used: ${err.message}; check the path given to ${option}` }]);
  }
}

interface Described {
  path: PropertyKey[];
  key?: string;
  message: string;
}

/** One schema issue in words a person editing the theme can act on. */
function describe(issue: SchemaIssue, input: unknown): Described[] {
  const p = [...issue.path];
  const name = `\`${p.map(String).join('.') || 'the theme'}\``;
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = Object.keys(shapeAt(p));
      return issue.keys.map((key) => {
        const guess = closest(key, known);
        return { path: p, key, message: `unknown key \`${key}\`; ${guess ? `did you mean \`${guess}\`?` : `the keys allowed here are: ${known.join(', ')}`}` };
      });
    }
    case 'invalid_type': {
      const got = p.reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<PropertyKey, unknown>)[k] : undefined), input);
      if (got === null && p[0] === 'colours')
        return [{ path: p, message: `${name} has no value: in YAML a # starts a comment, so a colour must be in quotes, e.g. ${String(p.at(-1))}: "#1B4F72"` }];
      if (got === null) return [{ path: p, message: `${name} has no value; write it after the colon, or remove the line` }];
      if (got === undefined) return [{ path: p.slice(0, -1), message: `missing key \`${String(p.at(-1))}\` (${descriptionAt(p) ?? 'required'})` }];
      const what = issue.expected === 'object' ? 'a mapping of keys' : issue.expected === 'string' ? 'text' : issue.expected;
      return [{ path: p, message: `${name} must be ${what}${descriptionAt(p) ? `: ${descriptionAt(p)}` : ''}` }];
    }
    case 'invalid_format':
      return [{ path: p, message: `${name} is not a colour: give ${descriptionAt(p) ?? 'hex RGB in quotes, e.g. "#1B4F72"'}` }];
    case 'too_small':
      return [{ path: p, message: `${name} must not be empty` }];
    case 'too_big':
      return [{ path: p, message: `${name} is too long: at most ${String(issue.maximum)} characters` }];
    default:
      return [{ path: p, message: `${name}: ${issue.message}` }];
  }
}

type Shape = Record<string, SchemaNode>;

function shapeAt(p: readonly PropertyKey[]): Shape {
  // The deepest mapping on the path (a path may end at a key the schema does not know).
  for (let n = p.length; n >= 0; n--) {
    const entries = schemaAt(ThemeFile as unknown as SchemaNode, p.slice(0, n))?.entries;
    if (entries) return entries;
  }
  return {};
}

function descriptionAt(p: readonly PropertyKey[]): string | undefined {
  const field = shapeAt(p.slice(0, -1))[String(p.at(-1))];
  return field ? descriptionOf(field) : undefined;
}

function position(doc: Document, lines: LineCounter, p: readonly PropertyKey[], key?: string): { line: number; col: number } {
  const range = key === undefined ? nodeAt(doc, p)?.range : rangeOfKey(doc, p, key);
  // A key whose value is empty (`primary:` or `primary: # comment`) points at the key itself.
  const node = key === undefined && p.length ? nodeAt(doc, p.slice(0, -1)) : undefined;
  const keyRange = isMap(node) && !range ? node.items.find((i) => isScalar(i.key) && String(i.key.value) === String(p.at(-1)))?.key : undefined;
  const offset = range?.[0] ?? (keyRange && isScalar(keyRange) ? keyRange.range?.[0] : undefined) ?? 0;
  return lines.linePos(offset);
}
