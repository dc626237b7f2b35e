import type { core } from 'zod';
import { closest } from './suggest.js';
import { CaseStudy } from './schema.js';

/** A schema problem put in words, at a key path (and, for an unknown key, the key itself). */
export interface IssueText {
  path: PropertyKey[];
  key?: string;
  message: string;
}

type AnySchema = { def: Record<string, unknown> & { type: string }; description?: string };

/** Turns one validation issue into messages a person editing YAML can act on. */
export function describeIssue(issue: core.$ZodIssue): IssueText[] {
  const path = [...issue.path];
  const name = `\`${dotted(path)}\``;
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = Object.keys(shapeAt(path) ?? {});
      return issue.keys.map((key) => {
        const guess = closest(key, known);
        const fix = guess ? `did you mean \`${guess}\`?` : `the keys allowed here are: ${known.join(', ')}`;
        return { path, key, message: `unknown key \`${key}\`; ${fix}` };
      });
    }
    case 'invalid_type': {
      if (/received undefined$/.test(issue.message)) {
        const key = String(path.at(-1));
        const about = descriptionAt(path);
        return [{ path: path.slice(0, -1), message: `missing key \`${key}\`${about ? ` (${about})` : ''}` }];
      }
      return [{ path, message: `${name} must be ${article(issue.expected)}` }];
    }
    case 'invalid_union': {
      // Report the branch that got furthest: the one that did not fail on the type itself.
      const branch = issue.errors.find((errs) => errs.every((e) => e.code !== 'invalid_type')) ?? issue.errors[0] ?? [];
      return branch.flatMap((e) => describeIssue({ ...e, path: [...path, ...e.path] } as core.$ZodIssue));
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

function dotted(path: PropertyKey[]): string {
  return path.reduce<string>((out, seg) => (typeof seg === 'number' ? `${out}[${seg}]` : out ? `${out}.${String(seg)}` : String(seg)), '') || 'the document';
}

function article(type: string): string {
  const word = type === 'tuple' ? 'list' : type === 'object' ? 'mapping' : type === 'array' ? 'list' : type;
  return /^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`;
}

/** The schema at a key path, looking through optional, default and pipe wrappers. */
function schemaAt(path: PropertyKey[]): AnySchema | undefined {
  let schema: AnySchema | undefined = unwrap(CaseStudy as unknown as AnySchema);
  for (const seg of path) {
    if (!schema) return undefined;
    const def: AnySchema['def'] = schema.def;
    if (def.type === 'object') schema = (def.shape as Record<string, AnySchema>)[String(seg)];
    else if (def.type === 'tuple') schema = (def.items as AnySchema[])[Number(seg)];
    else if (def.type === 'array') schema = def.element as AnySchema;
    else if (def.type === 'record') schema = def.valueType as AnySchema;
    else return undefined;
    schema = schema && unwrap(schema);
  }
  return schema;
}

/** The description of the field at a key path, given on it or on its optional wrapper. */
function descriptionAt(path: PropertyKey[]): string | undefined {
  const parent = schemaAt(path.slice(0, -1));
  if (parent?.def.type !== 'object') return undefined;
  let field = (parent.def.shape as Record<string, AnySchema>)[String(path.at(-1))];
  while (field && !field.description && ['optional', 'default'].includes(field.def.type)) field = field.def.innerType as AnySchema;
  return field?.description;
}

function shapeAt(path: PropertyKey[]): Record<string, unknown> | undefined {
  const schema = schemaAt(path);
  return schema?.def.type === 'object' ? (schema.def.shape as Record<string, unknown>) : undefined;
}

function unwrap(schema: AnySchema): AnySchema {
  let s = schema;
  while (['optional', 'default', 'nullable'].includes(s.def.type)) s = s.def.innerType as AnySchema;
  return s;
}
