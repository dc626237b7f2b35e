import type { Block } from '../../model/document.js';
import type { ParagraphDraft } from './fit-text.js';
import { plainRuns, textRuns } from './text-runs.js';

type Handler<T extends Block['type']> = (block: Extract<Block, { type: T }>, lang: string) => ParagraphDraft[];

const plain = (runs: ParagraphDraft['runs']): ParagraphDraft => ({ runs, bullet: false, indent: false });
const bullet = (runs: ParagraphDraft['runs']): ParagraphDraft => ({ runs, bullet: true, indent: true });

/**
 * How each block becomes text paragraphs in a slide's text box. Figures and
 * timelines have layouts of their own; placed in a text column they read as
 * bulleted "value label" lines, so no word is dropped.
 */
const HANDLERS = {
  heading: (b, lang) => [plain(textRuns(b.children, lang).map((r) => ({ ...r, bold: true })))],
  paragraph: (b, lang) => [plain(textRuns(b.children, lang))],
  list: (b, lang) => b.items.map((item) => bullet(textRuns(item, lang))),
  'key-facts': (b, lang) => [
    ...(b.title ? [plain(plainRuns(b.title, lang, { bold: true }))] : []),
    ...b.facts.map((f) => bullet([...plainRuns(f.label, lang, { bold: true }), ...plainRuns(' ', lang), ...textRuns(f.value, lang)])),
  ],
  'key-figures': (b, lang) => b.figures.map((f) => bullet([...plainRuns(f.value, lang, { bold: true }), ...plainRuns(' ', lang), ...textRuns(f.label, lang)])),
  timeline: (b, lang) => b.events.map((e) => bullet([...plainRuns(e.date, lang, { bold: true }), ...plainRuns(' ', lang), ...textRuns(e.label, lang)])),
  // Charts and tables have planners of their own; in a text column they read as bulleted lines.
  chart: (b, lang) => [
    plain(plainRuns(b.title, lang, { bold: true })),
    ...b.categories.map((label, i) =>
      bullet(
        plainRuns(
          `${label}: ${b.series.map((s) => (b.series.length > 1 ? `${s.name} ${s.values[i]?.text ?? ''}` : (s.values[i]?.text ?? ''))).join(' · ')}${b.unit ? ` ${b.unit}` : ''}`,
          lang,
        ),
      ),
    ),
  ],
  table: (b, lang) => [
    plain(plainRuns(b.title, lang, { bold: true })),
    ...b.rows.map((row) => bullet(row.flatMap((cell, i) => [...(i > 0 ? plainRuns(' · ', lang) : []), ...textRuns(cell.content, lang)]))),
  ],
  // Pictures are placed by the title and section planners; a picture has no words to set.
  image: () => [],
  // A map is drawn by the title planner; in a text column its words are its caption (the distance, labelled as computed).
  map: (b, lang) => [plain(plainRuns(b.caption || `${b.places[0].name} – ${b.places[1].name}: ${b.distance}`, lang))],
  cover: (b, lang) => [
    plain(textRuns(b.title, lang).map((r) => ({ ...r, bold: true }))),
    ...b.subtitle.map((s) => plain(textRuns(s, lang))),
    ...(b.tagline.length ? [plain(textRuns(b.tagline, lang))] : []),
  ],
} satisfies { [T in Block['type']]: Handler<T> };

/** The paragraphs of some blocks, in order; empty paragraphs are left out. */
export function blockParagraphs(blocks: readonly Block[], lang: string): ParagraphDraft[] {
  const out: ParagraphDraft[] = [];
  for (const block of blocks) {
    const handler = HANDLERS[block.type] as Handler<typeof block.type>;
    out.push(...handler(block as never, lang).filter((p) => p.runs.some((r) => r.text.trim())));
  }
  return out;
}
