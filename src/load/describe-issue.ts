import * as v from 'valibot';
import { closest } from './suggest.js';
import { CaseStudy } from './schema.js';
import { descriptionOf, type SchemaIssue, type SchemaNode, schemaAt as schemaAtIn } from './schema-issues.js';

/** A schema problem put in words, at a key path (and, for an unknown key, the key itself). */
export interface IssueText {
  path: PropertyKey[];
  key?: string;
  message: string;
  /** For a missing key: the key, so that a misspelling of it reported beside it can stand for both. */
  missing?: string;
  /** For an unknown key: the known key it is probably a misspelling of. */
  meant?: string;
}

/** What the YAML source can tell about an issue: why a mapping stands where text was expected. */
export interface IssueSource {
  mappingAsText(path: readonly PropertyKey[]): string | undefined;
}

/**
 * Turns one validation issue into messages a person editing YAML can act on.
 * Give `source` (parse with `reportInput: true`) for advice that needs the YAML text.
 */
export function describeIssue(issue: SchemaIssue, source?: IssueSource): IssueText[] {
  const path = [...issue.path];
  const name = `\`${dotted(path)}\``;
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = Object.keys(shapeAt(path) ?? {});
      return issue.keys.map((key) => {
        const guess = closest(key, known);
        const fix = guess ? `did you mean \`${guess}\`?` : `the keys allowed here are: ${known.join(', ')}`;
        return { path, key, message: `unknown key \`${key}\`; ${fix}`, meant: guess };
      });
    }
    case 'invalid_type': {
      if (/received undefined$/.test(issue.message)) {
        const key = String(path.at(-1));
        const about = descriptionAt(path);
        return [{ path: path.slice(0, -1), message: `missing key \`${key}\`${about ? ` (${about})` : ''}`, missing: key }];
      }
      const asText = isMapping(issue.input) ? source?.mappingAsText(path) : undefined;
      if (asText) return [{ path, message: `${name}: ${asText}` }];
      return [{ path, message: `${name} ${typeWords(issue.expected, issue.input, path)}` }];
    }
    case 'invalid_union': {
      const asText = isMapping(issue.input) ? source?.mappingAsText(path) : undefined;
      if (asText) return [{ path, message: `${name}: ${asText}` }];
      // Report the branch that got furthest: the one that did not fail on the type itself.
      const branch = issue.errors.find((errs) => errs.every((e) => e.code !== 'invalid_type')) ?? issue.errors[0] ?? [];
      return branch.flatMap((e) => describeIssue({ ...e, path: [...path, ...e.path] }, source));
    }
    case 'invalid_value': {
      const options = issue.values.map(String);
      return [{ path, message: `${name} must be one of: ${options.join(', ')}` }];
    }
    case 'too_small':
      if (issue.origin === 'array') return [{ path, message: `${name} needs at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}` }];
      if (issue.origin === 'string') return [{ path, message: `${name} must not be empty` }];
      return [{ path, message: `${name} must be at least ${issue.minimum}` }];
    case 'too_big':
      if (issue.origin === 'array') return [{ path, message: `${name} may have at most ${issue.maximum} items` }];
      return [{ path, message: `${name} must be at most ${issue.maximum}` }];
    default:
      return [{ path, message: `${name} ${issue.message}` }];
  }
}

/** Why a value of the wrong type was refused, with the fix: quotes for a number, a full date for a year. */
function typeWords(expected: string, input: unknown, path: PropertyKey[]): string {
  const key = path.at(-1);
  const write = typeof key === 'number' ? '- ' : `${String(key)}: `;
  if (expected === 'string' && typeof input === 'number' && takesOnlyFullDays(path)) {
    const got = Number.isInteger(input) && input >= 1000 && input <= 9999 ? `only the year ${input}` : `the number ${input}`;
    return `needs a full day, YYYY-MM-DD (such as \`${write}1979-07-03\`), not ${got}`;
  }
  if (expected === 'string' && (typeof input === 'number' || typeof input === 'boolean')) {
    return `must be text, but YAML reads ${String(input)} as a ${typeof input === 'number' ? 'number' : 'yes/no value'}; put it in quotes: \`${write}"${String(input)}"\``;
  }
  if (expected === 'number' && typeof input === 'string') {
    // "1,500 students" → 1500: the digits, without units, quotes or separators, if that is what was meant.
    const digits = input.replace(/[^\d.-]/g, '');
    const grouped = !input.includes(',') || /^-?\d{1,3}(,\d{3})+(\.\d+)?\b/.test(input);
    const hint = grouped && /^-?\d+(\.\d+)?$/.test(digits) && digits !== input ? ` (such as \`${write}${digits}\`)` : '';
    return `must be a number written with digits, without quotes, units or thousands separators${hint}, not the text "${input}"`;
  }
  if (input === null) return `has no value; write it after the colon, or remove \`${String(key)}:\``;
  const got = Array.isArray(input) ? ', not a list' : isMapping(input) ? ', not a mapping' : '';
  return `must be ${article(expected)}${got}`;
}

/** True for a field that takes a whole date (YYYY-MM-DD) and nothing shorter, asked of the schema itself. */
function takesOnlyFullDays(path: PropertyKey[]): boolean {
  const schema = schemaAt(path) as unknown as v.GenericSchema | undefined;
  if (!schema) return false;
  return v.safeParse(schema, '2000-01-31').success && !v.safeParse(schema, '2000').success;
}

function isMapping(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function dotted(path: PropertyKey[]): string {
  return path.reduce<string>((out, seg) => (typeof seg === 'number' ? `${out}[${seg}]` : out ? `${out}.${String(seg)}` : String(seg)), '') || 'the document';
}

function article(type: string): string {
  const word = type === 'tuple' ? 'list' : type === 'object' ? 'mapping' : type === 'array' ? 'list' : type;
  return /^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`;
}

/** The schema at a key path, looking through optional wrappers. */
function schemaAt(path: PropertyKey[]): SchemaNode | undefined {
  return schemaAtIn(CaseStudy as unknown as SchemaNode, path);
}

/** The description of the field at a key path, given on it or on its optional wrapper. */
function descriptionAt(path: PropertyKey[]): string | undefined {
  const parent = schemaAt(path.slice(0, -1));
  return parent?.entries ? descriptionOf(parent.entries[String(path.at(-1))]) : undefined;
}

function shapeAt(path: PropertyKey[]): Record<string, unknown> | undefined {
  return schemaAt(path)?.entries;
}
