import { UsageError } from '../../errors.js';
import { checkDeckTemplate, type DeckTemplateReport } from '../../brand/deck-template/check-template.js';
import { parseCommandArgs } from '../options.js';
import type { Io } from '../io.js';

/**
 * `casebrief template check FILE [--layout-map FILE.yaml]`: what a deck built in this PowerPoint
 * template will look like, in plain words. Exit 0 usable, 1 unusable (or a bad layout map), 2 bad usage.
 */
export async function templateCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { 'layout-map': { type: 'string' }, debug: { type: 'boolean', default: false } });
  const [action, file, ...rest] = positionals;
  if (action !== 'check')
    throw new UsageError(action === undefined ? 'template needs an action: casebrief template check FILE.potx' : `unknown action "${action}"; the one action is: check`);
  if (file === undefined) throw new UsageError('template check needs a template file, e.g. casebrief template check office.potx');
  if (rest.length) throw new UsageError(`template check takes one file, not ${positionals.length - 1}`);
  const report = await checkDeckTemplate(file, values['layout-map'] !== undefined ? { layoutMap: values['layout-map'] } : {});
  if (!report.usable) {
    io.err(report.problem ?? `${file}: cannot be used as a deck template`);
    return 1;
  }
  for (const line of describe(report)) io.out(line);
  return 0;
}

const inches = (n: number) => `${n.toFixed(2)} in`;

/** The report in plain words, a line each. */
export function describe(report: DeckTemplateReport): string[] {
  const lines: string[] = [];
  const size = report.slideSize!;
  lines.push(`${report.file}: a PowerPoint ${report.kind === 'template' ? 'template' : 'presentation'} casebrief can build decks in.`);
  lines.push(`Slide size: ${inches(size.w)} × ${inches(size.h)}${size.ratio ? ` (${size.ratio})` : ''}.`);
  const masters = report.masters!;
  const count = masters.reduce((n, m) => n + m.layouts.length, 0);
  lines.push(
    `${masters.length} slide master${masters.length === 1 ? '' : 's'}, ${count} layout${count === 1 ? '' : 's'}; ${report.sampleSlides} sample slide${report.sampleSlides === 1 ? '' : 's'} (left out of decks).`,
  );
  masters.forEach((m, i) => {
    lines.push(`  Master ${i + 1} "${m.name}"${m.pictures ? `, ${m.pictures} picture${m.pictures === 1 ? '' : 's'} (kept)` : ''}:`);
    const shown = m.layouts.slice(0, 20);
    for (const l of shown) lines.push(`    - "${l.name}"${l.type ? ` [${l.type}]` : ''}: ${l.placeholders.length ? l.placeholders.join(', ') : 'no placeholders'}`);
    if (m.layouts.length > shown.length) lines.push(`    … and ${m.layouts.length - shown.length} more`);
  });
  lines.push('Layouts casebrief chooses:');
  for (const c of report.choices!) lines.push(`  ${c.what} (${c.kind}) → "${c.layout}" of master "${c.master}": ${c.reason}`);
  lines.push('Fonts:');
  for (const f of report.fonts!) lines.push(`  ${f.font}: ${f.standIn ? `measured with ${f.standIn} (same widths)` : 'no stand-in: measured wide, with room to spare'}`);
  const missing = report.missing!;
  lines.push(missing.length ? 'Missing:' : 'Missing: nothing.');
  for (const m of missing) lines.push(`  - ${m}`);
  return lines;
}
