import * as v from 'valibot';

/**
 * Validation problems in a shape the messages are written from (independent of the schema
 * library): every unknown key of every mapping, a missing key as the value it lacks, a tuple of
 * the wrong length as one problem.
 */
export type SchemaIssue =
  | { code: 'unrecognized_keys'; path: PropertyKey[]; keys: string[]; message: string }
  | { code: 'invalid_type'; path: PropertyKey[]; expected: string; input: unknown; message: string }
  | { code: 'invalid_union'; path: PropertyKey[]; input: unknown; errors: SchemaIssue[][]; message: string }
  | { code: 'invalid_value'; path: PropertyKey[]; values: string[]; message: string }
  | { code: 'too_small'; path: PropertyKey[]; origin: string; minimum: number; message: string }
  | { code: 'too_big'; path: PropertyKey[]; origin: string; maximum: number; message: string }
  | { code: 'invalid_format' | 'custom'; path: PropertyKey[]; message: string };

/** A schema node as the walkers below see it. */
export interface SchemaNode {
  type: string;
  message?: unknown;
  expects?: string;
  entries?: Record<string, SchemaNode>;
  items?: SchemaNode[];
  item?: SchemaNode;
  value?: SchemaNode;
  wrapped?: SchemaNode;
  options?: unknown[];
  pipe?: readonly { kind: string; type: string; description?: string }[];
}

const node = (schema: unknown) => schema as SchemaNode;

/** The schema under optional wrappers. */
export function unwrap(schema: SchemaNode): SchemaNode {
  let s = schema;
  while (['optional', 'nullable', 'nullish', 'exact_optional'].includes(s.type) && s.wrapped) s = s.wrapped;
  return s;
}

/** The schema at a key path, looking through optional wrappers. */
export function schemaAt(root: SchemaNode, path: readonly PropertyKey[]): SchemaNode | undefined {
  let schema: SchemaNode | undefined = unwrap(root);
  for (const seg of path) {
    if (!schema) return undefined;
    if (schema.entries) schema = schema.entries[String(seg)];
    else if (schema.items) schema = schema.items[Number(seg)];
    else if (schema.item) schema = schema.item;
    else if (schema.type === 'record') schema = schema.value;
    else return undefined;
    schema = schema && unwrap(schema);
  }
  return schema;
}

/** The description given on a schema (or on the optional it is wrapped in). */
export function descriptionOf(schema: SchemaNode | undefined): string | undefined {
  let s = schema;
  while (s) {
    const own = s.pipe?.findLast((a) => a.type === 'description')?.description;
    if (own !== undefined) return own;
    s = s.pipe ? node(s.pipe[0]) : s.wrapped;
    if (s === schema) return undefined;
  }
  return undefined;
}

/** Validates `value` against `schema`: the output, or every problem found. */
export function validate<S extends v.GenericSchema>(schema: S, value: unknown): { success: true; output: v.InferOutput<S> } | { success: false; issues: SchemaIssue[] } {
  const result = v.safeParse(schema, value);
  const root = node(schema);
  const issues = [...(result.issues ?? []).flatMap((i) => convert(root, i, [])), ...unknownKeys(root, value, [])];
  if (!issues.length && result.success) return { success: true, output: result.output };
  return { success: false, issues: shortTuples(root, value, issues) };
}

function keysOf(issue: v.BaseIssue<unknown>): PropertyKey[] {
  return (issue.path ?? []).map((item) => item.key as PropertyKey);
}

/** One valibot issue as problems, at `base` plus its own path. */
function convert(root: SchemaNode, issue: v.BaseIssue<unknown>, base: PropertyKey[]): SchemaIssue[] {
  const path = [...base, ...keysOf(issue)];
  const { message, input } = issue;
  if (issue.kind === 'schema' && issue.expected === 'never') return []; // an unknown key or item: see unknownKeys and shortTuples
  if (issue.kind === 'schema' && issue.type.endsWith('object') && input === undefined && /^".*"$/.test(issue.expected ?? '')) {
    // A missing key: what its own schema says of no value.
    const field = schemaAt(root, path);
    if (!field) return [{ code: 'custom', path, message }];
    const own = v.safeParse(field as unknown as v.GenericSchema, undefined);
    return (own.issues ?? []).flatMap((i) => convert(root, i, path));
  }
  if (issue.path?.at(-1)?.origin === 'key') return [{ code: 'custom', path, message: 'Invalid key in record' }];
  switch (issue.type) {
    case 'union': {
      const subs = issue.issues ?? [];
      const typed = subs.filter((s) => s.kind !== 'schema');
      const errors = typed.length ? [typed] : subs.map((s) => [s]);
      return [{ code: 'invalid_union', path, input, message, errors: errors.map((branch) => branch.flatMap((s) => convert(root, s, []))) }];
    }
    case 'picklist':
      return [{ code: 'invalid_value', path, message, values: (node(schemaAt(root, path))?.options ?? []).map(String) }];
    case 'min_length':
      return [{ code: 'too_small', path, message, origin: Array.isArray(input) ? 'array' : 'string', minimum: Number(issue.requirement) }];
    case 'max_length':
      return [{ code: 'too_big', path, message, origin: Array.isArray(input) ? 'array' : 'string', maximum: Number(issue.requirement) }];
    case 'min_value':
      return [{ code: 'too_small', path, message, origin: 'number', minimum: Number(issue.requirement) }];
    case 'max_value':
      return [{ code: 'too_big', path, message, origin: 'number', maximum: Number(issue.requirement) }];
    case 'regex':
      return [{ code: 'invalid_format', path, message }];
    default:
      if (issue.kind === 'schema') return [{ code: 'invalid_type', path, message, input, expected: expectedType(issue) }];
      return [{ code: 'custom', path, message }];
  }
}

/** The type a schema issue expected, in one word: string, number, int, object, array, tuple, record, null… */
function expectedType(issue: v.BaseIssue<unknown>): string {
  if (issue.type === 'custom') return issue.expected ?? 'unknown';
  if (issue.type.endsWith('object')) return 'object';
  if (issue.type.endsWith('tuple')) return 'tuple';
  return issue.type;
}

/** Every key of every mapping that its (strict) object schema does not know, wherever it is. */
function unknownKeys(schema: SchemaNode | undefined, value: unknown, path: PropertyKey[]): SchemaIssue[] {
  const s = schema && unwrap(schema);
  if (!s || typeof value !== 'object' || value === null) return [];
  if (s.entries && !Array.isArray(value)) {
    const entries = s.entries;
    const record = value as Record<string, unknown>;
    const unknown = Object.keys(record).filter((k) => !Object.hasOwn(entries, k));
    const here: SchemaIssue[] = unknown.length && s.type === 'strict_object' ? [{ code: 'unrecognized_keys', path, keys: unknown, message: 'unknown keys' }] : [];
    return here.concat(Object.keys(entries).flatMap((k) => (k in record ? unknownKeys(entries[k], record[k], [...path, k]) : [])));
  }
  if (!Array.isArray(value)) return s.type === 'record' ? Object.entries(value).flatMap(([k, x]) => unknownKeys(s.value, x, [...path, k])) : [];
  if (s.items) return value.length < s.items.length ? [] : s.items.flatMap((item, i) => unknownKeys(item, value[i], [...path, i]));
  if (s.item) return value.flatMap((x, i) => unknownKeys(s.item, x, [...path, i]));
  return [];
}

/**
 * A list given for a tuple (such as the two cities) with too few items is one problem, its length,
 * and nothing within it; with too many, the length besides the problems of the items it should have.
 */
function shortTuples(root: SchemaNode, value: unknown, issues: SchemaIssue[]): SchemaIssue[] {
  const lengthProblems = new Map<string, SchemaIssue>();
  const out: SchemaIssue[] = [];
  for (const issue of issues) {
    let at: unknown = value;
    let cut: SchemaIssue | undefined;
    for (let depth = 0; depth <= issue.path.length && !cut; depth++) {
      const prefix = issue.path.slice(0, depth);
      const schema = Array.isArray(at) ? schemaAt(root, prefix) : undefined;
      if (schema?.items && Array.isArray(at)) {
        const want = schema.items.length;
        if (at.length < want) cut = { code: 'too_small', path: prefix, origin: 'array', minimum: want, message: 'too short' };
        else if (at.length > want && !lengthProblems.has(JSON.stringify(prefix.map(String))))
          lengthProblems.set(JSON.stringify(prefix.map(String)), { code: 'too_big', path: prefix, origin: 'array', maximum: want, message: 'too long' });
      }
      at = depth < issue.path.length && typeof at === 'object' && at !== null ? (at as Record<PropertyKey, unknown>)[issue.path[depth] as string] : undefined;
    }
    out.push(cut ?? issue);
  }
  // A tuple too long whose items are all right still has its length to report.
  const visit = (schema: SchemaNode | undefined, x: unknown, path: PropertyKey[]) => {
    const s = schema && unwrap(schema);
    if (!s || typeof x !== 'object' || x === null) return;
    if (s.items && Array.isArray(x)) {
      if (x.length > s.items.length && !lengthProblems.has(JSON.stringify(path.map(String))))
        lengthProblems.set(JSON.stringify(path.map(String)), { code: 'too_big', path, origin: 'array', maximum: s.items.length, message: 'too long' });
      if (x.length >= s.items.length) s.items.forEach((item, i) => visit(item, x[i], [...path, i]));
    } else if (s.entries && !Array.isArray(x)) for (const [k, e] of Object.entries(s.entries)) visit(e, (x as Record<string, unknown>)[k], [...path, k]);
    else if (s.item && Array.isArray(x)) x.forEach((y, i) => visit(s.item, y, [...path, i]));
  };
  visit(root, value, []);
  return [...lengthProblems.values(), ...out];
}

/**
 * A schema of a mapping that also refuses a list (valibot's object and record schemas take any
 * object, arrays included): a list gets the type problem a single value gets.
 */
export function mapping<S extends v.GenericSchema>(schema: S): S {
  return {
    ...schema,
    '~run'(dataset, config) {
      if (!Array.isArray(dataset.value)) return schema['~run'](dataset, config);
      const out = schema['~run']({ value: null }, config);
      for (const issue of out.issues ?? [])
        Object.assign(issue, { input: dataset.value, received: 'Array', message: `Invalid type: Expected ${issue.expected} but received Array` });
      return { ...out, value: dataset.value } as typeof out;
    },
  };
}

/**
 * A mapping of known keys and no others. It is checked as a plain object, so that a check of the
 * whole object still runs beside an unknown key; `validate` reports every unknown key.
 */
export function strictObject<E extends v.ObjectEntries>(entries: E) {
  return mapping({ ...v.strictObject(entries), '~run': v.object(entries)['~run'] } as v.StrictObjectSchema<E, undefined>);
}

/** A mapping whose keys and values follow a schema each; a key that does not is not taken as a mapping of this kind. */
export function record<K extends v.GenericSchema<string, string>, V extends v.GenericSchema>(key: K, value: V) {
  const schema = v.record(key, value);
  return mapping({
    ...schema,
    '~run'(dataset, config) {
      const out = schema['~run'](dataset, config);
      if (out.issues?.some((i) => i.path?.[0]?.origin === 'key')) out.typed = false;
      return out;
    },
  } as typeof schema);
}
