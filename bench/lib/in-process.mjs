// Renders one case study again and again in this process through casebrief's public API (the
// library's dist/index.js), after a few unmeasured renders: the cost of a render once everything is
// loaded, as a server that embeds casebrief sees it. Prints { seconds, all } as JSON.
// Usage: node in-process.mjs <dist/index.js> <case-study.yaml> <runs>
import { pathToFileURL } from 'node:url';
import { median } from './measure.mjs';

const [library, file, runs = '20'] = process.argv.slice(2);
if (!library || !file) throw new Error('usage: in-process.mjs <dist/index.js> <case-study.yaml> [runs]');
const { loadCaseStudy, renderCaseStudy } = await import(pathToFileURL(library).href);
const options = { formats: ['pdf', 'pptx'], sourceDateEpoch: 1_790_000_000 };
const render = async () => {
  const { files } = await renderCaseStudy(await loadCaseStudy(file), options);
  if (files.length !== 2) throw new Error(`expected a PDF and a PPTX, got ${files.length} files`);
};
for (let i = 0; i < 3; i++) await render();
const all = [];
for (let i = 0; i < Number(runs); i++) {
  const started = process.hrtime.bigint();
  await render();
  all.push(Number(process.hrtime.bigint() - started) / 1e9);
}
console.log(JSON.stringify({ seconds: median(all), all }));
