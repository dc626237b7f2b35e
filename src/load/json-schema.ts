import { z } from 'zod';
import { CaseStudy } from './schema.js';

/** The case-study schema as JSON Schema (draft-07, which YAML editors understand best). */
export function caseStudyJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(CaseStudy, { target: 'draft-7', io: 'input', unrepresentable: 'any' });
  return { $id: 'https://casebrief.dev/schema/case-study.schema.json', title: 'casebrief case study', ...schema };
}
