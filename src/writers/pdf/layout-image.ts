import type { ImageNode } from '../../model/document.js';
import type { FlowBlock, LayoutContext } from './flow.js';
import { space } from './typography.js';

/** The tallest a picture may be, so that it never takes a page by itself. */
const MAX_HEIGHT = 220;

/** A picture across the text column at its aspect ratio (capped in height), tagged as a Figure with its alt text. */
export function layoutImage(node: ImageNode, ctx: LayoutContext): FlowBlock[] {
  const tag = ctx.structure.add('Figure', 0, { alt: node.alt });
  let w = ctx.width;
  let h = (w * node.height) / node.width;
  if (h > MAX_HEIGHT) [w, h] = [(MAX_HEIGHT * node.width) / node.height, MAX_HEIGHT];
  const x = ctx.x + (ctx.width - w) / 2;
  return [
    {
      kind: 'image',
      rows: [{ height: h, items: [{ tag, marks: [{ kind: 'image', x, y: 0, w, h, data: node.data }] }] }],
      spaceBefore: space.blockBefore,
      spaceAfter: space.blockAfter,
      keepWithNext: false,
      minSplit: Infinity,
    },
  ];
}
