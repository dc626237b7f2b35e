// `npm run bench`: casebrief's speed as whole processes (medians), peak memory, and pandoc
// side by side. Not part of the test suite. See README "Speed" for the figures and the targets.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { caseStudyMarkdown } from './lib/markdown.mjs';
import { measure, measureInTurns } from './lib/measure.mjs';
import { copies, machine, privateBuild } from './lib/setup.mjs';
import { watchLatency } from './lib/watch-latency.mjs';

const repo = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const BATCH_RUNS = Number(process.env.BENCH_BATCH_RUNS ?? 3);
const milan = path.join(repo, 'data', 'milan-shanghai.yaml');
const chinese = path.join(repo, 'bench', 'fixtures', 'milan-shanghai-zh.yaml');
const node = process.execPath;
// Fixed dates keep the work identical from run to run.
const env = { ...process.env, SOURCE_DATE_EPOCH: '1790000000' };
// bin/casebrief unsets NODE_EXTRA_CA_CERTS (Node.js 20 parses that file at every start; casebrief
// opens no connection). The runs of `node` itself do the same, so that they compare like with like.
const nodeEnv = { ...env };
delete nodeEnv.NODE_EXTRA_CA_CERTS;

const m = machine();
console.log(`machine: ${m.cpu}, ${m.cores} cores, ${m.ramGB} GB RAM, node ${m.node}, ${m.os}`);
const { root, command, cli } = privateBuild(repo);
// The build just wrote ~20 MB; let the system write it out now rather than during the first timings.
spawnSync('sync');
const out = (name) => path.join(root, 'out', name);
const s = (x) => `${x.toFixed(2)} s`;
const mb = (x) => `${Math.round(x)} MB`;
const each = (r, digits = 1) => `runs: ${r.all.map((x) => x.toFixed(digits)).join(', ')} s`;
const rows = [];
const row = (what, r, extra = '') => {
  rows.push([what, r.seconds, r.peakMB, extra]);
  console.log(`${what.padEnd(44)} ${s(r.seconds).padStart(8)}  peak ${mb(r.peakMB).padStart(7)}  ${extra}`);
};
const opts = { options: { env }, runs: RUNS };

// `casebrief` is what a user runs: bin/casebrief, from the startup snapshot `npm install` built.
// `node dist/cli.js` is the same program without the snapshot (what bin/casebrief falls back to).
// casebrief and pandoc run in turns, one run of each per round, so that the ratio compares the same moments.
const md = path.join(root, 'milan-shanghai.md');
writeFileSync(md, caseStudyMarkdown(milan));
mkdirSync(out('pandoc'), { recursive: true });
const [one, deck, brief] = await measureInTurns(
  [
    { command, args: ['build', milan, '--out', out('one')] },
    { command: 'pandoc', args: [md, '-o', path.join(out('pandoc'), 'deck.pptx')] },
    { command: 'pandoc', args: [md, '--pdf-engine=wkhtmltopdf', '-o', path.join(out('pandoc'), 'brief.pdf')] },
  ],
  opts,
);
row('one case study, PDF + PPTX (cold process)', one, `${each(one, 2)}; CPU time ${s(one.cpuSeconds)}`);
row('  PDF only', await measure(command, ['build', milan, '--out', out('one'), '-f', 'pdf'], opts));
row('  PPTX only', await measure(command, ['build', milan, '--out', out('one'), '-f', 'pptx'], opts));
const nodeOpts = { options: { env: nodeEnv }, runs: RUNS };
row('  without the snapshot (node dist/cli.js)', await measure(node, [cli, 'build', milan, '--out', out('one')], nodeOpts));
row('  node itself (node -e 0)', await measure(node, ['-e', '0'], nodeOpts));
if (env.NODE_EXTRA_CA_CERTS) row('  node -e 0 with NODE_EXTRA_CA_CERTS as set here', await measure(node, ['-e', '0'], opts), env.NODE_EXTRA_CA_CERTS);
row('Chinese case study, PDF + PPTX', await measure(command, ['build', chinese, '--lang', 'zh', '--out', out('zh')], opts));
row('  without the snapshot', await measure(node, [cli, 'build', chinese, '--lang', 'zh', '--out', out('zh')], nodeOpts));

// pandoc, same case study, measured in turns with casebrief above: the deck, and a PDF brief through wkhtmltopdf.
const pandoc = deck.seconds + brief.seconds;
console.log(`pandoc deck ${s(deck.seconds)} + wkhtmltopdf brief ${s(brief.seconds)} = ${s(pandoc)}; casebrief / pandoc = ${(one.seconds / pandoc).toFixed(2)}× (in turns)`);
console.log(`  CPU time (all threads): casebrief ${s(one.cpuSeconds)}, pandoc ${s(deck.cpuSeconds + brief.cpuSeconds)}`);
rows.push(['pandoc: deck + PDF brief (wkhtmltopdf)', pandoc, Math.max(deck.peakMB, brief.peakMB), `casebrief ÷ pandoc = ${(one.seconds / pandoc).toFixed(2)}×`]);

const batchOpts = { options: { env }, runs: BATCH_RUNS, warmup: 0 };
// 200 and 400 in turns too, for the ratio between them. The 700 copies (these and the pack's) are
// written first, and written out, so that the first batch does not share the disk with their writeback.
const [batch200, batch400, pack100] = [copies(root, milan, 200), copies(root, milan, 400), copies(root, milan, 100)];
spawnSync('sync');
const [b200, b400] = await measureInTurns(
  [
    { command, args: ['build', batch200, '--out', out('b200'), '-q'] },
    { command, args: ['build', batch400, '--out', out('b400'), '-q'] },
  ],
  batchOpts,
);
row(`batch of 200, both outputs (${m.cores} at once)`, b200, each(b200));
row('batch of 400, both outputs', b400, `400 ÷ 200 = ${(b400.seconds / b200.seconds).toFixed(2)}×; ${each(b400)}`);

const help = spawnSync(command, ['--help'], { encoding: 'utf8' }).stdout;
if (/casebrief pack/.test(help)) {
  row('pack of 100 (one PDF)', await measure(command, ['pack', pack100, '--title', 'Benchmark pack', '-o', out('pack.pdf')], batchOpts));
} else {
  console.log('pack: not available');
}

const watchMs = await watchLatency(command, milan, root, RUNS);
console.log(`${'watch: save → both outputs rebuilt on disk'.padEnd(44)} ${`${Math.round(watchMs)} ms`.padStart(8)}`);
rows.push(['watch: save → both outputs on disk', watchMs / 1000, NaN, '']);

writeFileSync(path.join(root, 'bench.json'), JSON.stringify({ machine: m, rows }, null, 2));
console.log(`\n(bundle, outputs and bench.json in ${root})`);
