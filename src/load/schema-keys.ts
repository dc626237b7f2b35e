import { CaseStudy } from './schema.js';

type AnySchema = { def: Record<string, unknown> & { type: string } };

/** The key sets of every mapping the case-study schema has, collected once. */
let shapes: string[][] | undefined;

/**
 * The keys allowed beside `siblings`: those of the schema's mapping that has
 * every one of them; undefined when no mapping or more than one does.
 */
export function keysBeside(siblings: readonly string[]): string[] | undefined {
  shapes ??= collect(CaseStudy as unknown as AnySchema, []);
  const fits = shapes.filter((keys) => siblings.every((k) => keys.includes(k)));
  return fits.length === 1 ? fits[0] : undefined;
}

function collect(schema: AnySchema, out: string[][]): string[][] {
  const def = schema.def;
  switch (def.type) {
    case 'object': {
      const shape = def.shape as Record<string, AnySchema>;
      out.push(Object.keys(shape));
      for (const child of Object.values(shape)) collect(child, out);
      break;
    }
    case 'optional':
    case 'default':
    case 'nullable':
      collect(def.innerType as AnySchema, out);
      break;
    case 'array':
      collect(def.element as AnySchema, out);
      break;
    case 'tuple':
      for (const item of def.items as AnySchema[]) collect(item, out);
      break;
    case 'union':
      for (const option of def.options as AnySchema[]) collect(option, out);
      break;
    case 'pipe':
      collect(def.in as AnySchema, out);
      break;
    default:
      break;
  }
  return out;
}
