import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { theme } from '../../../src/theme.js';
import { planDeck } from '../../../src/writers/pptx/plan-deck.js';
import { pptxgenInput } from '../../../src/writers/pptx/pptxgen-input.js';
import type { SlidePlan } from '../../../src/writers/pptx/slide-plan.js';
import { writeDeck } from '../../../src/writers/pptx/write-deck.js';
import type { DeckDocument } from '../../../src/model/document.js';
import { milanShanghaiDeck } from './long-case-study.js';

/** A 1×1 PNG. */
const PNG = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'));

/** The plan with one text box in a colour pptxgenjs cannot read, and a picture with no bytes next to a good one. */
function spoiled(plan: SlidePlan): SlidePlan {
  const [first, ...rest] = plan.slides;
  const bad = { ...first!, boxes: first!.boxes.map((b, i) => (i === 0 ? { ...b, color: '#B3261E' } : b)) };
  const picture = { x: 1, y: 1, w: 1, h: 1, format: 'png' as const, alt: 'a dot' };
  bad.pictures = [
    { ...picture, data: new Uint8Array(0) },
    { ...picture, data: PNG },
  ];
  bad.shapes = [...bad.shapes, { kind: 'rect', x: 0, y: 0, w: 1, h: 1, fill: 'red' }];
  return { ...plan, slides: [bad, ...rest] };
}

function printed() {
  return (['log', 'info', 'warn', 'error'] as const).map((m) => vi.spyOn(console, m).mockImplementation(() => undefined));
}

describe('pptxgenInput', () => {
  let doc: DeckDocument;
  let plan: SlidePlan;
  beforeAll(async () => {
    doc = await milanShanghaiDeck();
    plan = planDeck(doc);
  });
  afterEach(() => vi.restoreAllMocks());

  it('passes a plan of the shipped templates unchanged, with no warning', () => {
    const checked = pptxgenInput(plan);
    expect(checked.warnings).toEqual([]);
    expect(checked.plan).toEqual(plan);
  });

  it('uses the ink colour for a colour that is not six hex digits, and says so', () => {
    const input = spoiled(plan);
    const before = JSON.stringify(input);
    const { plan: checked, warnings } = pptxgenInput(input);
    expect(JSON.stringify(input)).toBe(before);
    expect(checked.slides[0]!.boxes[0]!.color).toBe(theme.colour.ink);
    expect(checked.slides[0]!.shapes.at(-1)!.fill).toBe(theme.colour.ink);
    expect(warnings.filter((w) => w.code === 'W_PPTX_COLOUR').map((w) => w.message)).toEqual([expect.stringContaining('"#B3261E"'), expect.stringContaining('"red"')]);
  });

  it('leaves out a picture with no bytes, and says so', () => {
    const { plan: checked, warnings } = pptxgenInput(spoiled(plan));
    expect(checked.slides[0]!.pictures!.map((p) => p.data.byteLength)).toEqual([PNG.byteLength]);
    expect(warnings.filter((w) => w.code === 'W_PPTX_IMAGE_EMPTY')).toHaveLength(1);
  });

  it('gives pptxgenjs nothing to print about, where the unchecked plan makes it print', async () => {
    let spies = printed();
    await writeDeck(pptxgenInput(spoiled(plan)).plan, doc.meta);
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    vi.restoreAllMocks();
    // Why the check exists: the same plan unchecked makes pptxgenjs 4.0.1 print.
    spies = printed();
    await writeDeck(spoiled(plan), doc.meta);
    expect(spies.some((spy) => spy.mock.calls.length > 0)).toBe(true);
  });

  it('has only six-digit hex colours in the theme, which the masters use as they are', () => {
    for (const [name, value] of Object.entries(theme.colour)) expect(value, name).toMatch(/^[0-9A-F]{6}$/);
  });
});
