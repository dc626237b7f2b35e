// `npm run bench`: casebrief's speed as a user meets it (whole processes, medians, peak memory),
// pandoc beside it, and a render through the public API in a warm process. Not part of the test
// suite; figures belong in docs/performance.md, with the machine and the date.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stackFloor } from './lib/floor.mjs';
import { caseStudyMarkdown } from './lib/markdown.mjs';
import { measure, measureInTurns, median } from './lib/measure.mjs';
import { copies, machine, privateBuild } from './lib/setup.mjs';
import { serverLoad } from './lib/server-load.mjs';
import { pageCount, typst, typstCopies } from './lib/typst.mjs';
import { typstBrief } from './typst/brief.mjs';
import { typstMap } from './typst/map.mjs';
import { watchLatency } from './lib/watch-latency.mjs';

const repo = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const RUNS = Number(process.env.BENCH_RUNS ?? 11);
const BATCH_RUNS = Number(process.env.BENCH_BATCH_RUNS ?? 3);
const IN_PROCESS_RUNS = 20;
const TARGET = { coldSeconds: 0.5, ofPandoc: 0.6, batch200Seconds: 8, batch200BothSeconds: 4, ofTypst: 1.0 };
const milan = path.join(repo, 'data', 'milan-shanghai.yaml');
const chinese = path.join(repo, 'bench', 'fixtures', 'milan-shanghai-zh.yaml');
// Fixed dates keep the work identical from run to run.
const env = { ...process.env, SOURCE_DATE_EPOCH: '1790000000' };

const m = machine();
console.log(`machine: ${m.cpu}, ${m.cores} cores, ${m.ramGB} GB RAM, node ${m.node}, ${m.os}; ${new Date().toISOString()}`);
const { root, command, library } = privateBuild(repo);
// The build just wrote several MB; let the system write them out now rather than during the first timings.
spawnSync('sync');
const out = (name) => path.join(root, 'out', name);
const s = (x) => `${x.toFixed(2)} s`;
const mb = (x) => (Number.isNaN(x) ? '' : `${Math.round(x)} MB`);
const each = (r, digits = 2) => `runs: ${r.all.map((x) => x.toFixed(digits)).join(', ')} s`;
const rows = [];
const row = (what, r, extra = '') => {
  rows.push({ what, seconds: r.seconds, peakMB: r.peakMB, extra });
  console.log(`${what.padEnd(46)} ${s(r.seconds).padStart(8)}  ${`peak ${mb(r.peakMB)}`.padStart(12)}  ${extra}`);
};
const opts = { options: { env }, runs: RUNS };
const has = (tool) => spawnSync(tool, ['--version'], { stdio: 'ignore' }).status === 0;
const checks = [];
const check = (what, holds, detail) => checks.push(`${holds ? 'holds ' : 'MISSED'}  ${what}: ${detail}`);

// Typst 0.14 beside casebrief, on a Typst brief of the same case study (bench/typst/brief.mjs): same
// text and fonts, A4, the same number of pages. Each pair runs in turns.
const ms = (x) => `${x.toFixed(1)} ms`;
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
const compiler = typst(repo);
if (compiler.skipped) {
  console.log(`Typst rows skipped: ${compiler.skipped}`);
  check(`casebrief ≤ ${TARGET.ofTypst}× Typst`, false, `not measured (${compiler.skipped})`);
} else {
  const typDir = path.join(root, 'typst');
  mkdirSync(out('typst'), { recursive: true });
  mkdirSync(typDir, { recursive: true });
  const brief = path.join(typDir, 'milan-shanghai.typ');
  // The sample's map, drawn by casebrief's own map code: every copy below has the same two places.
  const map = await typstMap(repo, readFileSync(milan, 'utf8'));
  writeFileSync(brief, typstBrief(readFileSync(milan, 'utf8'), undefined, map));
  const typstPdf = path.join(out('typst'), 'milan-shanghai.pdf');
  const [cbCold, tyCold] = await measureInTurns(
    [
      { command, args: ['build', milan, '--out', out('pdf'), '-f', 'pdf'] },
      { command: process.execPath, args: compiler.compile('cold', brief, typstPdf) },
    ],
    opts,
  );
  console.log(`Typst ${compiler.version} (typst.ts node compiler); pages: casebrief ${pageCount(path.join(out('pdf'), 'milan-shanghai.pdf'))}, Typst ${pageCount(typstPdf)}`);
  row('PDF of the sample, cold process: casebrief', cbCold, `CPU time ${s(cbCold.cpuSeconds)}`);
  row('  Typst, cold process', tyCold, `CPU time ${s(tyCold.cpuSeconds)}; casebrief ÷ Typst = ${ratio(cbCold.seconds, tyCold.seconds)}`);
  check(`cold PDF ≤ ${TARGET.ofTypst}× Typst`, cbCold.seconds <= TARGET.ofTypst * tyCold.seconds, ratio(cbCold.seconds, tyCold.seconds));
  // Warm processes: three of each, in turns; the medians of their medians.
  const warmRounds = { casebrief: [], typst: [] };
  for (let i = 0; i < 3; i++) {
    const cb = spawnSync(process.execPath, [path.join(repo, 'bench', 'lib', 'warm-edit.mjs'), library, milan, String(IN_PROCESS_RUNS)], { env, encoding: 'utf8' });
    if (cb.status !== 0) throw new Error(`warm casebrief failed:\n${cb.stderr}`);
    warmRounds.casebrief.push(JSON.parse(cb.stdout));
    const ty = spawnSync(process.execPath, compiler.compile('warm', brief, String(IN_PROCESS_RUNS)), { encoding: 'utf8' });
    if (ty.status !== 0) throw new Error(`warm Typst failed:\n${ty.stderr}`);
    warmRounds.typst.push(JSON.parse(ty.stdout));
  }
  const med = (who, key) => median(warmRounds[who].map((r) => r[key]));
  for (const [key, what, target] of [
    ['fullMs', 'warm full render (caches emptied)', true],
    ['editMs', 'warm render after a one-paragraph edit', true],
    ['sameMs', 'warm render of unchanged text', false],
  ]) {
    const [a, b] = [med('casebrief', key), med('typst', key)];
    console.log(`${what.padEnd(46)} ${ms(a).padStart(8)}  Typst ${ms(b)}; casebrief ÷ Typst = ${ratio(a, b)}`);
    rows.push({ what: `${what}: casebrief / Typst`, seconds: a / 1000, typstSeconds: b / 1000 });
    if (target) check(`${what} ≤ ${TARGET.ofTypst}× Typst`, a <= TARGET.ofTypst * b, ratio(a, b));
  }
  for (const count of [100, 200]) {
    const yaml = copies(root, milan, count);
    const typ = typstCopies(yaml, path.join(root, `typst-${count}`), map);
    mkdirSync(out(`typst-${count}`), { recursive: true });
    spawnSync('sync');
    const [cb, ty] = await measureInTurns(
      [
        { command, args: ['build', yaml, '--out', out(`pdf-${count}`), '-f', 'pdf', '-q'] },
        { command: process.execPath, args: compiler.compile('batch', typ, out(`typst-${count}`)) },
      ],
      { options: { env }, runs: BATCH_RUNS, warmup: 0 },
    );
    row(`batch of ${count} PDFs: casebrief (${m.cores} cores)`, cb, each(cb));
    row(`  Typst, one process, ${count} documents`, ty, `${each(ty)}; casebrief ÷ Typst = ${ratio(cb.seconds, ty.seconds)}`);
    if (count === 100) check(`batch of 100 PDFs ≤ ${TARGET.ofTypst}× Typst`, cb.seconds <= TARGET.ofTypst * ty.seconds, ratio(cb.seconds, ty.seconds));
  }
}

if (process.env.BENCH_ONLY === 'typst') {
  console.log('\ntargets (BENCH_ONLY=typst: the Typst rows only):');
  for (const line of checks) console.log(`  ${line}`);
  process.exit(0);
}

// One case study, cold, as a user runs it (bin/casebrief.js), in turns with pandoc writing the same
// two outputs (a deck, and a PDF through wkhtmltopdf), one run of each per round: the ratio
// compares the same moments of a machine whose speed drifts.
const withPandoc = has('pandoc') && has('wkhtmltopdf');
const commands = [{ command, args: ['build', milan, '--out', out('one')] }];
if (withPandoc) {
  const md = path.join(root, 'milan-shanghai.md');
  writeFileSync(md, caseStudyMarkdown(milan));
  mkdirSync(out('pandoc'), { recursive: true });
  commands.push(
    { command: 'pandoc', args: [md, '-o', path.join(out('pandoc'), 'deck.pptx')] },
    { command: 'pandoc', args: [md, '--pdf-engine=wkhtmltopdf', '-o', path.join(out('pandoc'), 'brief.pdf')] },
  );
}
const [one, deck, brief] = await measureInTurns(commands, opts);
row('one case study, PDF + PPTX (cold process)', one, `${each(one)}; CPU time ${s(one.cpuSeconds)}`);
check(`one case study cold < ${TARGET.coldSeconds} s`, one.seconds < TARGET.coldSeconds, s(one.seconds));
if (deck && brief) {
  const pandoc = deck.seconds + brief.seconds;
  const ratio = one.seconds / pandoc;
  row(
    'pandoc: deck + PDF brief (wkhtmltopdf)',
    { seconds: pandoc, peakMB: Math.max(deck.peakMB, brief.peakMB) },
    `deck ${s(deck.seconds)} + brief ${s(brief.seconds)}; CPU time ${s(deck.cpuSeconds + brief.cpuSeconds)}`,
  );
  console.log(`${'  casebrief ÷ pandoc (same rounds)'.padEnd(46)} ${`${ratio.toFixed(2)}×`.padStart(8)}`);
  check(`one case study ≤ ${TARGET.ofPandoc}× pandoc`, ratio <= TARGET.ofPandoc, `${ratio.toFixed(2)}×`);
} else {
  console.log('pandoc or wkhtmltopdf is not installed (apt-get install pandoc wkhtmltopdf): no comparison');
  check(`one case study ≤ ${TARGET.ofPandoc}× pandoc`, false, 'not measured (no pandoc or wkhtmltopdf)');
}
// The stack's floor, in turns with casebrief: a program on the same libraries, bundled the same
// way, that writes one line of PDF and a one-slide deck (bench/floor/stack-floor.mjs).
const floorScript = await stackFloor(repo, root);
mkdirSync(out('floor'), { recursive: true });
const [oneAgain, floor] = await measureInTurns(
  [
    { command, args: ['build', milan, '--out', out('one')] },
    { command: process.execPath, args: [floorScript, milan, out('floor')] },
  ],
  opts,
);
row(
  '  the stack alone: one line of PDF + one slide',
  floor,
  `CPU time ${s(floor.cpuSeconds)}; casebrief (same rounds) ${s(oneAgain.seconds)} = floor + ${s(oneAgain.seconds - floor.seconds)}`,
);
row('  PDF only', await measure(command, ['build', milan, '--out', out('one'), '-f', 'pdf'], opts));
row('  PPTX only', await measure(command, ['build', milan, '--out', out('one'), '-f', 'pptx'], opts));
row('  node itself (node -e 0)', await measure(process.execPath, ['-e', '0'], opts));
row('Chinese case study, PDF + PPTX', await measure(command, ['build', chinese, '--lang', 'zh', '--out', out('zh')], opts));

// The public API in a warm process: renderCaseStudy from the library's bundle, both formats.
const inProcess = spawnSync(process.execPath, [path.join(repo, 'bench', 'lib', 'in-process.mjs'), library, milan, String(IN_PROCESS_RUNS)], { env, encoding: 'utf8' });
if (inProcess.status !== 0) throw new Error(`in-process render failed:\n${inProcess.stderr}`);
const warm = { ...JSON.parse(inProcess.stdout), peakMB: NaN };
row(`in process: renderCaseStudy, warm (median of ${IN_PROCESS_RUNS})`, warm, `÷ cold process = ${(warm.seconds / one.seconds).toFixed(2)}×`);

// A batch: 200 and 400 in turns, for the ratio between them. The copies (these and the pack's) are
// written, and written out, before the first batch is timed.
const batchOpts = { options: { env }, runs: BATCH_RUNS, warmup: 0 };
const [batch200, batch400, pack100] = [copies(root, milan, 200), copies(root, milan, 400), copies(root, milan, 100)];
spawnSync('sync');
// And 200 with one thread (--jobs 1), in the same turns: the default must never be slower.
const [b200, b400, b200one] = await measureInTurns(
  [
    { command, args: ['build', batch200, '--out', out('b200'), '-q'] },
    { command, args: ['build', batch400, '--out', out('b400'), '-q'] },
    { command, args: ['build', batch200, '--out', out('b200-j1'), '-q', '--jobs', '1'] },
  ],
  batchOpts,
);
row(`batch of 200, both outputs (${m.cores} cores)`, b200, `CPU time ${s(b200.cpuSeconds)}; ${each(b200, 1)}`);
row('batch of 400, both outputs', b400, `400 ÷ 200 = ${(b400.seconds / b200.seconds).toFixed(2)}×; ${each(b400, 1)}`);
row('batch of 200, both outputs, --jobs 1', b200one, `CPU time ${s(b200one.cpuSeconds)}; default ÷ --jobs 1 = ${(b200.seconds / b200one.seconds).toFixed(2)}×`);
check('batch of 200 (default threads) ≤ --jobs 1', b200.seconds <= b200one.seconds, `${(b200.seconds / b200one.seconds).toFixed(2)}×`);
check(`batch of 200 < ${TARGET.batch200Seconds} s on ${m.cores} cores`, b200.seconds < TARGET.batch200Seconds, s(b200.seconds));
check(`batch of 200, both outputs < ${TARGET.batch200BothSeconds} s on ${m.cores} cores (issue 20)`, b200.seconds < TARGET.batch200BothSeconds, s(b200.seconds));
row('pack of 100 (one PDF)', await measure(command, ['pack', pack100, '--title', 'Benchmark pack', '-o', out('pack.pdf')], batchOpts));

const watchMs = await watchLatency(command, milan, root, RUNS);
console.log(`${'watch: save → both outputs rebuilt on disk'.padEnd(46)} ${`${Math.round(watchMs)} ms`.padStart(8)}`);
rows.push({ what: 'watch: save → both outputs on disk', seconds: watchMs / 1000 });

const served = await serverLoad(command, milan, root);
console.log(
  `${'serve: 100 concurrent renders (3 PDF : 1 PPTX)'.padEnd(46)} ${`${served.perSecond.toFixed(1)}/s`.padStart(8)}  p50 ${Math.round(served.p50)} ms, p99 ${Math.round(served.p99)} ms`,
);
console.log(`${'serve: preview after a one-paragraph edit'.padEnd(46)} ${`${Math.round(served.previewMs)} ms`.padStart(8)}  (server side, median of 10; the page then draws it)`);
rows.push({ what: 'serve: 100 concurrent renders', perSecond: served.perSecond, p50Ms: served.p50, p99Ms: served.p99 });
rows.push({ what: 'serve: preview after an edit (server side)', seconds: served.previewMs / 1000 });

console.log('\ntargets:');
for (const line of checks) console.log(`  ${line}`);
writeFileSync(path.join(root, 'bench.json'), JSON.stringify({ machine: m, date: new Date().toISOString(), rows, checks }, null, 2));
console.log(`\n(bundle, outputs and bench.json in ${root})`);
