// Writes schema/case-study.schema.json from the zod schema (`npm run schema`).
import { writeFileSync } from 'node:fs';
import { caseStudyJsonSchema } from '../src/load/json-schema.js';

writeFileSync('schema/case-study.schema.json', `${JSON.stringify(caseStudyJsonSchema(), null, 2)}\n`);
