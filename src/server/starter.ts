/**
 * The text of a new case study in the studio: the fields a build needs, each with a comment that
 * says what goes there. It is valid as it stands, so the preview shows something at once.
 */
export function starterYaml(id: string): string {
  return `# yaml-language-server: $schema=../schema/case-study.schema.json
#
# A new case study. Replace each text below with the survey's own words.

id: ${id}
title: First city and second city
language: en

cities:
  - name: First city
    country: First country
  - name: Second city
    country: Second country

partnership:
  # The day the partnership began, YYYY-MM-DD.
  start: 2000-01-01

source: Who wrote the case study

sections:
  - kind: character
    heading: Character, start and duration of the partnership
    paragraphs:
      - >-
        How the partnership began, in the words of the survey.
`;
}

/** An id for a new case study made from a name a person typed (lowercase words joined by hyphens). */
export function idFrom(name: string): string {
  const id = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return id || 'new-case-study';
}
