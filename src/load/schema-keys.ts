import { CaseStudy } from './schema.js';
import type { SchemaNode } from './schema-issues.js';

/** The key sets of every mapping the case-study schema has, collected once. */
let shapes: string[][] | undefined;

/**
 * The keys allowed beside `siblings`: those of the schema's mapping that has
 * every one of them; undefined when no mapping or more than one does.
 */
export function keysBeside(siblings: readonly string[]): string[] | undefined {
  shapes ??= collect(CaseStudy as unknown as SchemaNode, []);
  const fits = shapes.filter((keys) => siblings.every((k) => keys.includes(k)));
  return fits.length === 1 ? fits[0] : undefined;
}

function collect(schema: SchemaNode, out: string[][]): string[][] {
  if (schema.entries) {
    out.push(Object.keys(schema.entries));
    for (const child of Object.values(schema.entries)) collect(child, out);
  } else if (schema.wrapped) collect(schema.wrapped, out);
  else if (schema.item) collect(schema.item, out);
  else if (schema.items) for (const item of schema.items) collect(item, out);
  else if (schema.type === 'union') for (const option of schema.options as SchemaNode[]) collect(option, out);
  return out;
}
