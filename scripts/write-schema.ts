// Writes schema/case-study.schema.json and schema/theme.schema.json from the valibot schemas (`npm run schema`).
import { writeFileSync } from 'node:fs';
import { themeJsonSchema } from '../src/brand/theme-file.js';
import { caseStudyJsonSchema } from '../src/load/json-schema.js';

writeFileSync('schema/case-study.schema.json', `${JSON.stringify(caseStudyJsonSchema(), null, 2)}\n`);
writeFileSync('schema/theme.schema.json', `${JSON.stringify(themeJsonSchema(), null, 2)}\n`);
