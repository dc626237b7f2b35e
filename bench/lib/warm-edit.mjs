// casebrief in a warm process, as Typst is timed beside it (bench/typst/compile.mjs warm): the
// brief (PDF) of the sample rendered through the public API, in rounds of three, after a few
// unmeasured renders: a full render (what the process remembers between renders emptied by
// clearCaches, fonts kept loaded: Typst's evictCache(0)), a render after a one-paragraph edit
// (caches kept), and the same text again. Prints medians in ms as JSON.
// Usage: node warm-edit.mjs <dist/index.js> <case-study.yaml> <runs>
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { median } from './measure.mjs';

const [library, file, runs = '20'] = process.argv.slice(2);
const { clearCaches, parseCaseStudy, renderCaseStudy } = await import(pathToFileURL(library).href);
const source = readFileSync(file, 'utf8');
const options = { formats: ['pdf'], sourceDateEpoch: 1_790_000_000 };
// The same edit as Typst's: one figure of the first paragraph.
const edited = (i) => source.replace('Milan and Shanghai began 30 years ago', `Milan and Shanghai began ${30 + (i % 7) + 1} years ago`);
if (edited(0) === source) throw new Error('the edit of the first paragraph did not apply: its words are not in the source');
const render = async (text) => {
  const { files } = await renderCaseStudy(parseCaseStudy(text, { file }), options);
  if (files.length !== 1) throw new Error(`expected a PDF, got ${files.length} files`);
};
// Wall time, and CPU time (user + system, all threads), which a busy machine inflates less.
const cpu = { full: [], edit: [], same: [] };
const time = async (text, kind) => {
  const [t0, c0] = [process.hrtime.bigint(), process.cpuUsage()];
  await render(text);
  const c = process.cpuUsage(c0);
  cpu[kind].push((c.user + c.system) / 1000);
  return Number(process.hrtime.bigint() - t0) / 1e6;
};
for (let i = 0; i < 3; i++) await render(source);
const full = [];
const edit = [];
const same = [];
for (let i = 0; i < Number(runs); i++) {
  if (clearCaches) clearCaches();
  full.push(await time(edited(i), 'full'));
  edit.push(await time(edited(i + 1), 'edit'));
  same.push(await time(edited(i + 1), 'same'));
}
const full_ = clearCaches ? median(full) : Number.NaN;
const cpuFull = clearCaches ? median(cpu.full) : Number.NaN;
console.log(JSON.stringify({ fullMs: full_, editMs: median(edit), sameMs: median(same), cpuFullMs: cpuFull, cpuEditMs: median(cpu.edit), cpuSameMs: median(cpu.same) }));
