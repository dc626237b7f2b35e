import { toJsonSchema } from '@valibot/to-json-schema';
import type * as v from 'valibot';
import { CaseStudy } from './schema.js';

/** A schema as JSON Schema (draft-07, which YAML editors understand best), describing what may be written in the file. */
export function jsonSchemaOf(schema: v.GenericSchema): Record<string, unknown> {
  const { $schema, ...rest } = toJsonSchema(schema, {
    target: 'draft-07',
    typeMode: 'input',
    // Checks written in code (a real date, a chart's counts) have no JSON Schema form: editors get the shapes,
    // and tests compare the result with the committed schema files.
    errorMode: 'ignore',
    // A finite number and a whole number are checked by custom schemas (see schema.ts).
    overrideSchema: ({ valibotSchema, jsonSchema }) => {
      const s = valibotSchema as { type: string; expects?: string; items?: unknown[] };
      // A tuple (the two cities) takes exactly as many items as it names.
      if (s.type === 'strict_tuple') return { ...jsonSchema, maxItems: s.items?.length ?? 0 };
      if (s.type !== 'custom') return undefined;
      return s.expects === 'int' ? { type: 'integer' } : s.expects === 'number' ? { type: 'number' } : undefined;
    },
  });
  return { $schema, ...withoutEmptyRequired(rest) };
}

/** The JSON Schema without `required: []` (a mapping whose keys are all optional says nothing of them). */
function withoutEmptyRequired<T>(node: T): T {
  if (Array.isArray(node)) return node.map(withoutEmptyRequired) as T;
  if (typeof node !== 'object' || node === null) return node;
  const entries = Object.entries(node).filter(([k, x]) => !(k === 'required' && Array.isArray(x) && x.length === 0));
  return Object.fromEntries(entries.map(([k, x]) => [k, withoutEmptyRequired(x)])) as T;
}

/** The case-study schema as JSON Schema. */
export function caseStudyJsonSchema(): Record<string, unknown> {
  return { $id: 'https://casebrief.dev/schema/case-study.schema.json', title: 'casebrief case study', ...jsonSchemaOf(CaseStudy) };
}
