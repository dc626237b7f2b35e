import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { caseStudyJsonSchema } from '../../src/load/json-schema.js';

describe('schema/case-study.schema.json', () => {
  it('is the JSON Schema generated from the valibot schema (run `npm run schema` after changing it)', () => {
    const committed = JSON.parse(readFileSync('schema/case-study.schema.json', 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(caseStudyJsonSchema())));
  });

  it('is named by the sample data file for editors', () => {
    expect(readFileSync('data/milan-shanghai.yaml', 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../schema/case-study.schema.json');
  });
});
