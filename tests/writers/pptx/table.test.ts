import { beforeAll, describe, expect, it } from 'vitest';
import type { Slide, TableCell, TableNode } from '../../../src/model/document.js';
import { HOUSE_FRAME, PT } from '../../../src/writers/pptx/deck-geometry.js';
import { planDeck } from '../../../src/writers/pptx/plan-deck.js';
import { planContext } from '../../../src/writers/pptx/plan-context.js';
import { planTable } from '../../../src/writers/pptx/plan-table.js';
import { renderPptx } from '../../../src/writers/pptx/render-pptx.js';
import { pptxSlides } from '../../helpers/extract.js';
import { runsText } from '../../../src/writers/pptx/text-runs.js';
import { chartsDemo, tableColumns, tableRows } from '../charts-demo.js';

const cell = (value: string, numeric = false): TableCell => ({ content: [{ type: 'text', value }], numeric });
const squash = (s: string) => s.replace(/\s+/g, '');

function slideOf(node: TableNode): Slide {
  return { layout: 'content', title: [{ type: 'text', value: node.title }], subtitle: [], body: [node], aside: [], notes: [] };
}

describe('planning a table', () => {
  const node: TableNode = {
    type: 'table',
    title: 'Delegations',
    columns: [cell('Month'), cell('Delegation'), cell('Participants')],
    rows: Array.from({ length: 40 }, (_, i) => [
      cell('2019-05'),
      cell(`Delegation ${i + 1} ${'with a name that takes a line or two '.repeat(1 + (i % 3))}`),
      cell(String(i), true),
    ]),
  };

  it('continues over slides, header first on each, rows whole and within the body area', () => {
    const slides = planTable(slideOf(node), node, 0, planContext('en', '(cont.)'), false);
    expect(slides.length).toBeGreaterThan(2);
    let seen = 0;
    for (const [k, s] of slides.entries()) {
      const table = s.tables![0]!;
      expect(table.rows[0]!.map((c) => runsText(c.runs))).toEqual(['Month', 'Delegation', 'Participants']);
      expect(table.rowH.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(HOUSE_FRAME.body.h + 1e-9);
      expect(table.colW.reduce((a, b) => a + b, 0)).toBeCloseTo(HOUSE_FRAME.body.w);
      expect(s.continued).toBe(k > 0);
      expect(runsText(s.title.paragraphs.flatMap((p) => p.runs)).endsWith('(cont.)')).toBe(k > 0);
      seen += table.rows.length - 1;
    }
    expect(seen).toBe(40);
  });

  it('sets numbers flush right and gives each row the height its longest cell needs', () => {
    const [first] = planTable(slideOf(node), node, 0, planContext('en', '(cont.)'), false);
    const table = first!.tables![0]!;
    expect(table.rows[1]!.map((c) => c.align)).toEqual(['left', 'left', 'right']);
    const pitch = table.lineHeight / PT;
    const [, one, , three] = table.rowH;
    expect(three! - one!).toBeGreaterThan(pitch * 0.9);
  });
});

describe('the 80-row table in the deck', () => {
  let slides: { slide: string; notes: string }[];
  beforeAll(async () => {
    slides = await pptxSlides((await renderPptx(await chartsDemo('deck'), { sourceDateEpoch: 0 })).bytes);
  });

  it('has every row on a slide, cells in order', async () => {
    const shown = slides.flatMap((s) => s.slide.split('\n')).join('|');
    const lines = slides.map((s) => squash(s.slide));
    for (const row of await tableRows())
      expect(
        lines.some((l) => l.includes(squash(row.join('')))),
        row.join(' | '),
      ).toBe(true);
    expect(shown).toContain('Youth orchestra tour');
  });

  it('opens every slide it spans with the header row, and titles the later ones (cont.)', async () => {
    const header = (await tableColumns()).join('\n');
    const spanned = slides.filter((s) => s.slide.includes('Delegations and missions'));
    expect(spanned.length).toBeGreaterThan(3);
    spanned.forEach((s, k) => {
      const [title, ...rest] = s.slide.split('\n');
      expect(title).toBe(k === 0 ? 'Delegations and missions, 2005–2024' : 'Delegations and missions, 2005–2024 (cont.)');
      expect(rest.join('\n').startsWith(header)).toBe(true);
    });
  });

  it('is planned with the same size on every slide', async () => {
    const plan = planDeck(await chartsDemo('deck', 'zh'));
    const sizes = new Set(plan.slides.flatMap((s) => s.tables ?? []).map((t) => t.fontSize));
    expect(sizes.size).toBe(1);
  });
});
