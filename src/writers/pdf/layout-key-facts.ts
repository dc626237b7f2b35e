import { hash, theme } from '../../theme.js';
import { inlineText, type KeyFactsNode } from '../../model/document.js';
import { shiftMarks, type FlowBlock, type LayoutContext } from './flow.js';
import type { PlanItem } from './plan.js';
import { firstWords, textLines } from './text-rows.js';
import { plainRuns, styledRuns } from './styled-text.js';
import { space, type } from './typography.js';

const PAD = { x: 16, top: 14, bottom: 12 };
const LABEL_WIDTH = 128;
const ROW_GAP = 5;

/** The key-facts panel: a tinted box with a two-column table of facts, never split. */
export function layoutKeyFacts(node: KeyFactsNode, ctx: LayoutContext): FlowBlock[] {
  const table = ctx.structure.add('Table');
  const items: PlanItem[] = [];
  const innerX = ctx.x + PAD.x;
  const innerW = ctx.width - 2 * PAD.x;
  let y = PAD.top;
  if (node.title) {
    const caption = ctx.structure.add('Caption', table);
    const lines = textLines(plainRuns(node.title, true), { ...type.h3, colour: theme.colour.accent, x: innerX, width: innerW, where: 'key facts title' }, ctx);
    for (const marks of lines) {
      items.push({ tag: caption, marks: shiftMarks(marks, y) });
      y += type.h3.leading;
    }
    y += 4;
  }
  node.facts.forEach((fact, i) => {
    const tr = ctx.structure.add('TR', table);
    const th = ctx.structure.add('TH', tr, { scope: 'Row' });
    const td = ctx.structure.add('TD', tr);
    const where = `key fact "${fact.label}: ${firstWords(inlineText(fact.value), 4)}"`;
    const label = textLines(plainRuns(fact.label, true), { ...type.factLabel, colour: theme.colour.muted, x: innerX, width: LABEL_WIDTH - 8, where }, ctx);
    const value = textLines(styledRuns(fact.value), { ...type.fact, colour: theme.colour.ink, x: innerX + LABEL_WIDTH, width: innerW - LABEL_WIDTH, where }, ctx);
    if (i > 0) {
      const rule = { kind: 'line' as const, x1: innerX, y1: y - ROW_GAP / 2, x2: innerX + innerW, y2: y - ROW_GAP / 2, colour: hash(theme.colour.rule), width: 0.5 };
      items.push({ tag: 'artifact', artifact: 'Layout', marks: [rule] });
    }
    label.forEach((marks, n) => items.push({ tag: th, marks: shiftMarks(marks, y + n * type.factLabel.leading) }));
    value.forEach((marks, n) => items.push({ tag: td, marks: shiftMarks(marks, y + n * type.fact.leading) }));
    y += Math.max(label.length * type.factLabel.leading, value.length * type.fact.leading) + ROW_GAP;
  });
  const height = y - ROW_GAP + PAD.bottom;
  const panel = { kind: 'rect' as const, x: ctx.x, y: 0, w: ctx.width, h: height, fill: hash(theme.colour.panel) };
  const edge = { kind: 'rect' as const, x: ctx.x, y: 0, w: 3, h: height, fill: hash(theme.colour.accent) };
  return [
    {
      kind: 'key-facts',
      rows: [{ height, items: [{ tag: 'artifact', artifact: 'Layout', marks: [panel, edge] }, ...items] }],
      spaceBefore: space.blockBefore,
      spaceAfter: space.blockAfter + 4,
      keepWithNext: false,
      minSplit: Infinity,
    },
  ];
}
