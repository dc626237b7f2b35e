/**
 * Shares a table's width among its columns, given each column's natural width (its longest cell
 * on one line) and least width (its longest word), in any unit. When the natural widths fit, they
 * are widened alike. Otherwise a column whose natural width is within a fair share of the width
 * left keeps it (short dates, numbers and names never wrap), and the other columns share the rest,
 * each from its longest word up, in proportion to how much more it would take.
 */
export function shareColumns(natural: readonly number[], least: readonly number[], total: number): number[] {
  const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
  const all = sum(natural);
  if (all <= total) return natural.map((w) => w + (all > 0 ? ((total - all) * w) / all : (total - all) / natural.length));
  const widths = natural.map(() => 0);
  let open = natural.map((_, c) => c);
  let left = total;
  for (;;) {
    const fair = left / open.length;
    const fixed = open.filter((c) => natural[c]! <= fair);
    if (!fixed.length || fixed.length === open.length) break;
    for (const c of fixed) {
      widths[c] = natural[c]!;
      left -= natural[c]!;
    }
    open = open.filter((c) => !fixed.includes(c));
  }
  const mins = open.map((c) => Math.min(least[c]!, total * 0.45));
  if (sum(mins) >= left) open.forEach((c, i) => (widths[c] = (mins[i]! * left) / sum(mins)));
  else {
    const extra = open.map((c, i) => Math.max(0, natural[c]! - mins[i]!));
    const room = left - sum(mins);
    open.forEach((c, i) => (widths[c] = mins[i]! + (sum(extra) > 0 ? (room * extra[i]!) / sum(extra) : room / open.length)));
  }
  return widths;
}
