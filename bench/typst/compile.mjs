// Typst (typst.ts's Node.js compiler) compiling .typ files to PDF, for the benchmark, in one of
// three ways:
//   node compile.mjs <compiler-dir> <fonts-json> cold <in.typ> <out.pdf>    one file, as a cold process does
//   node compile.mjs <compiler-dir> <fonts-json> batch <folder> <out-dir>   every .typ of a folder, one process
//   node compile.mjs <compiler-dir> <fonts-json> warm <in.typ> <runs>       timings in a warm process (JSON on stdout):
//     full (global cache evicted before each compile), edit (one paragraph changed, cache kept) and same (unchanged)
//   node compile.mjs <compiler-dir> <fonts-json> version                    the Typst version the compiler embeds
// <compiler-dir> holds node_modules/@myriaddreamin/typst-ts-node-compiler; <fonts-json> lists the font files.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const [dir, fontsJson, mode, input, output] = process.argv.slice(2);
const { NodeCompiler } = createRequire(path.resolve(dir, 'package.json'))('@myriaddreamin/typst-ts-node-compiler');
const compiler = NodeCompiler.create({ fontArgs: [{ fontBlobs: JSON.parse(fontsJson).map((f) => readFileSync(f)) }] });

function pdf(source) {
  const result = compiler.compile({ mainFileContent: source });
  const error = result.takeError();
  if (error) {
    result.printErrors?.();
    throw new Error('Typst could not compile the brief');
  }
  return compiler.pdf(result.result);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

if (mode === 'version') {
  const result = compiler.compile({ mainFileContent: '#metadata(str(sys.version)) <v>' });
  console.log(compiler.query(result.result, { selector: '<v>' })[0].value);
} else if (mode === 'cold') writeFileSync(output, pdf(readFileSync(input, 'utf8')));
else if (mode === 'batch') {
  for (const name of readdirSync(input)
    .filter((n) => n.endsWith('.typ'))
    .sort()) {
    writeFileSync(path.join(output, name.replace(/\.typ$/, '.pdf')), pdf(readFileSync(path.join(input, name), 'utf8')));
  }
} else if (mode === 'warm') {
  const source = readFileSync(input, 'utf8');
  const runs = Number(output ?? 20);
  const edited = (i) => source.replace('began 30 years ago', `began ${30 + (i % 7) + 1} years ago`);
  if (edited(0) === source) throw new Error('the edit of the first paragraph did not apply: its words are not in the source');
  const time = (f) => {
    const t0 = process.hrtime.bigint();
    f();
    return Number(process.hrtime.bigint() - t0) / 1e6;
  };
  for (let i = 0; i < 3; i++) pdf(source);
  const full = [];
  const edit = [];
  const same = [];
  for (let i = 0; i < runs; i++) {
    // Interleaved, as casebrief's side is: a full compile, then an edit, then the same text again.
    compiler.evictCache(0);
    full.push(time(() => pdf(edited(i))));
    edit.push(time(() => pdf(edited(i + 1))));
    same.push(time(() => pdf(edited(i + 1))));
  }
  console.log(JSON.stringify({ fullMs: median(full), editMs: median(edit), sameMs: median(same) }));
} else throw new Error(`unknown mode ${mode}`);
