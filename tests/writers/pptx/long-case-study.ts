import type { DeckDocument } from '../../../src/model/document.js';
import { loadCaseStudy } from '../../../src/load/load-case-study.js';
import { localize } from '../../../src/load/localize.js';
import { parseMarkup } from '../../../src/markup/parse-markup.js';
import { loadTemplates } from '../../../src/template/load-templates.js';
import { renderMarkup } from '../../../src/template/render-markup.js';

const TOPICS = ['urban mobility', 'water management', 'design and fashion', 'financial services', 'public health', 'higher education', 'cultural heritage', 'waste recycling'];
const PEOPLE = ['officials', 'researchers', 'entrepreneurs', 'students', 'curators', 'engineers'];

/** A sentence that occurs once in the fixture, 15 to 45 words long. */
function sentence(n: number): string {
  const topic = TOPICS[n % TOPICS.length];
  const people = PEOPLE[n % PEOPLE.length];
  const tail =
    n % 3 === 0
      ? ', and the minutes of that session were shared with the municipal departments of both cities so that the next delegation could build on what had been agreed'
      : '';
  return `Working session ${n + 1} on ${topic} brought together ${people} from Milan and Shanghai, who reviewed ${(n % 7) + 2} joint projects${tail}.`;
}

/** One sentence of about 230 words: longer than a whole slide body at 18 pt in the narrow case, and a test for splitting. */
function longSentence(): string {
  const clauses = Array.from(
    { length: 14 },
    (_, i) => `the ${TOPICS[i % TOPICS.length]} programme of year ${2000 + i} involving ${PEOPLE[i % PEOPLE.length]} from both municipalities`,
  );
  return `The survey lists, in a single breath, ${clauses.join(', ')}, all of which were reported to the International Affairs Office City of Milan as evidence of a partnership that keeps growing.`;
}

/** Paragraphs of the long section: 3,000+ words in all. */
export function longParagraphs(): string[] {
  const paragraphs: string[] = [];
  let n = 0;
  for (let p = 0; p < 26; p++) {
    const count = 3 + (p % 3);
    paragraphs.push(Array.from({ length: count }, () => sentence(n++)).join(' '));
    if (p === 11) paragraphs.push(longSentence());
  }
  return paragraphs;
}

/** A short section with Chinese text, to exercise East Asian runs. */
export const CHINESE_PARAGRAPH = '上海与米兰的友好关系始于1979年。两市在经济、文化和教育领域开展了广泛的合作。';

/** The Milan–Shanghai case study with a 3,000-word first section, rendered through the real deck template. */
export async function longCaseStudyDeck(): Promise<DeckDocument> {
  const set = await loadTemplates();
  const cs = await loadCaseStudy('data/milan-shanghai.yaml');
  const sections = [
    { kind: 'activities' as const, heading: 'Main topics addressed and activities undertaken under the partnership', paragraphs: longParagraphs() },
    { kind: 'other' as const, heading: '合作领域', paragraphs: [CHINESE_PARAGRAPH] },
    ...cs.data.sections.slice(1),
  ];
  const { data } = localize({ ...cs.data, sections }, 'en');
  return parseMarkup(renderMarkup(set, 'deck', data, { lang: 'en', asOf: '2026-11-29' }), { file: 'deck.hbs' }) as DeckDocument;
}

/** The Milan–Shanghai deck document as the pipeline builds it. */
export async function milanShanghaiDeck(): Promise<DeckDocument> {
  const set = await loadTemplates();
  const cs = await loadCaseStudy('data/milan-shanghai.yaml');
  const { data } = localize(cs.data, 'en');
  return parseMarkup(renderMarkup(set, 'deck', data, { lang: 'en', asOf: '2026-11-29' }), { file: 'deck.hbs' }) as DeckDocument;
}
