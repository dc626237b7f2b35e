// The same case study as Markdown, for pandoc: title, sections with their paragraphs,
// timeline and key figures. Every paragraph of the YAML goes in, so both tools set the same text.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const text = (value) => (typeof value === 'string' ? value : (value?.en ?? Object.values(value ?? {})[0] ?? ''));

/** Markdown for pandoc from a case-study YAML file. */
export function caseStudyMarkdown(file) {
  const cs = parse(readFileSync(file, 'utf8'));
  const cities = cs.cities.map((c) => `${text(c.name)} (${text(c.country)})`).join(' · ');
  const out = ['---', `title: "${text(cs.title).replace(/"/g, '\\"')}"`, `subtitle: "${cities}"`, '---', ''];
  for (const section of cs.sections ?? []) {
    out.push(`# ${text(section.heading)}`, '');
    for (const p of section.paragraphs ?? []) out.push(text(p).replace(/\s+/g, ' ').trim(), '');
  }
  if (cs.key_figures?.length) {
    out.push('# Key figures', '');
    for (const f of cs.key_figures) out.push(`- **${f.value}** ${text(f.label)}`);
    out.push('');
  }
  if (cs.timeline?.length) {
    out.push('# Timeline', '');
    for (const e of cs.timeline) out.push(`- **${e.date}${e.end ? `–${e.end}` : ''}** ${text(e.event).replace(/\s+/g, ' ')}`);
    out.push('');
  }
  if (cs.source) out.push(`Source: ${text(cs.source)}`, '');
  return out.join('\n');
}
