// The floor of casebrief's stack: the least a program built on the same libraries pays in a cold
// process, as a measure of what is left for casebrief's own work. It loads what every build of
// both outputs loads (yaml, pdfkit with fontkit, HarfBuzz, pptxgenjs), reads the case study, and
// writes a PDF with one line of its title in an embedded Noto Sans, and a deck of one slide with
// the title. Bundled as casebrief is (bench/lib/floor.mjs) and run as a user runs a command.
// Usage: node floor.mjs <case-study.yaml> <out-dir>
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import pptxgen from 'pptxgenjs';
import { parse } from 'yaml';

const [file, outDir] = process.argv.slice(2);
const study = parse(readFileSync(file, 'utf8'));
const title = String(study.title?.en ?? study.title);
// HarfBuzz, as casebrief loads it (its WebAssembly compiled at import).
await import('harfbuzzjs');

const require = createRequire(path.join(process.cwd(), 'package.json'));
const font = path.join(path.dirname(require.resolve('@embedpdf/fonts-latin')), '..', 'fonts', 'NotoSans-Regular.ttf');
const doc = new PDFDocument({ size: 'A4', font: null });
const chunks = [];
doc.on('data', (chunk) => chunks.push(chunk));
const ended = new Promise((resolve) => doc.on('end', resolve));
doc.registerFont('body', font);
doc.font('body').fontSize(12).text(title, 72, 72);
doc.end();
await ended;
writeFileSync(path.join(outDir, 'floor.pdf'), Buffer.concat(chunks));

const deck = new pptxgen();
deck.addSlide().addText(title, { x: 1, y: 1, w: 8, h: 1 });
writeFileSync(path.join(outDir, 'floor.pptx'), await deck.write({ outputType: 'nodebuffer' }));
