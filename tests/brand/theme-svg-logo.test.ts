import { describe, expect, it } from 'vitest';
import { readSvgLogo } from '../../src/brand/svg-logo.js';

const svg = (body: string, attrs = 'viewBox="0 0 100 50"') => new TextEncoder().encode(`<svg xmlns="http://www.w3.org/2000/svg" ${attrs}>${body}</svg>`);

describe('an SVG logo read into vector shapes', () => {
  it('turns shapes into path data, with fills and strokes inherited from their groups', () => {
    const logo = readSvgLogo(
      svg(
        '<g fill="#c10" stroke="navy" stroke-width="2"><rect x="1" y="2" width="10" height="5"/><circle cx="50" cy="25" r="10" fill="none"/></g>' +
          '<polygon points="0,0 10,0 5,8" style="fill: rgb(255, 128, 0); stroke: none"/><line x1="0" y1="49" x2="100" y2="49" stroke="black"/>',
      ),
    );
    expect(logo.viewBox).toEqual([0, 0, 100, 50]);
    expect(logo.shapes).toEqual([
      { d: 'M1 2H11V7H1Z', matrix: [1, 0, 0, 1, 0, 0], fill: 'CC1100', fillRule: 'nonzero', stroke: '000080', strokeWidth: 2 },
      { d: 'M40 25A10 10 0 1 0 60 25A10 10 0 1 0 40 25Z', matrix: [1, 0, 0, 1, 0, 0], stroke: '000080', strokeWidth: 2 },
      { d: 'M0 0L10 0L5 8Z', matrix: [1, 0, 0, 1, 0, 0], fill: 'FF8000', fillRule: 'nonzero' },
      { d: 'M0 49L100 49', matrix: [1, 0, 0, 1, 0, 0], fill: '000000', fillRule: 'nonzero', stroke: '000000', strokeWidth: 1 },
    ]);
  });

  it('composes the transforms of groups and shapes', () => {
    const logo = readSvgLogo(svg('<g transform="translate(10 20) scale(2)"><path d="M0 0h1" transform="rotate(90)"/></g>'));
    const m = logo.shapes[0]!.matrix.map((v) => Math.round(v * 1e9) / 1e9 + 0);
    expect(m).toEqual([0, 2, -2, 0, 10, 20]);
  });

  it('takes its size from width and height when it has no view box, and leaves out editors’ own elements', () => {
    const logo = readSvgLogo(
      new TextEncoder().encode(
        '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" width="120px" height="40"><sodipodi:namedview/><title>Logo</title><path d="M0 0L1 1" fill="#000"/></svg>',
      ),
    );
    expect(logo.viewBox).toEqual([0, 0, 120, 40]);
    expect(logo.shapes).toHaveLength(1);
  });

  it('refuses what it would draw wrongly, saying what to do instead', () => {
    const refusal = (body: string, attrs?: string) => {
      try {
        readSvgLogo(svg(body, attrs));
      } catch (err) {
        return (err as Error).message.split(';')[0];
      }
      return 'taken';
    };
    expect(refusal('<text>Città</text>')).toBe('holds a <text>, which casebrief does not draw (it draws paths and simple shapes in flat colours)');
    expect(refusal('<image href="x.png" width="1" height="1"/>')).toBe('holds a <image>, which casebrief does not draw (it draws paths and simple shapes in flat colours)');
    expect(refusal('<rect width="1" height="1" fill="url(#g)"/>')).toBe('fills a <rect> with a gradient or pattern, which casebrief does not draw');
    expect(refusal('<rect width="1" height="1" opacity="0.5"/>')).toBe('has see-through parts (opacity="0.5" on a <rect>), which casebrief does not draw');
    expect(refusal('<g clip-path="url(#c)"><rect width="1" height="1"/></g>')).toBe('uses clip-path (on a <g>), which casebrief does not draw');
    expect(refusal('<rect width="1" height="1" fill="papayawhip"/>')).toBe('has a colour casebrief does not read ("papayawhip" on a <rect>)');
    expect(refusal('<rect width="1" height="1"/>', 'width="100%"')).toBe('has no viewBox and no width and height in pixels, so its size is unknown');
    expect(refusal('<rect width="1" height="1"/></svg><svg>')).toMatch(/^is not well-formed SVG/);
    expect(refusal('<rect width="1" height="1" fill="none"/>')).toBe('draws nothing casebrief can show');
  });
});
