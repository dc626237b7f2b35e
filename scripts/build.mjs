// Bundles the CLI into dist/ (run by `npm install` through "prepare", and by `npm run build`).
// Renderers are split into chunks loaded only when their format is asked for. Dependencies are
// bundled too: resolving and compiling ~200 separate modules cost ~0.4 s of every cold run.
import { build } from 'esbuild';
import { chmod, copyFile, mkdir, readFile, rm } from 'node:fs/promises';
import { dirname } from 'node:path';

await rm('dist', { recursive: true, force: true });
// JavaScript inflate/deflate replaced by node's native zlib (see the shims for why that is safe).
const alias = { 'tiny-inflate': './scripts/shims/tiny-inflate.cjs', pako: './scripts/shims/pako.cjs', 'source-map': './scripts/shims/empty.cjs', 'brotli/decompress.js': './scripts/shims/no-brotli.cjs' };
/** jszip's JavaScript CRC-32 replaced by node's native one (see the shim). */
const nativeCrc32 = {
  name: 'native-crc32',
  setup(b) {
    b.onResolve({ filter: /^\.\.?\/crc32$/ }, ({ importer }) => (/[\\/]jszip[\\/]lib[\\/]/.test(importer) ? { path: new URL('./shims/jszip-crc32.cjs', import.meta.url).pathname } : undefined));
  },
};
/**
 * Edits to dependencies' sources, checked: a dependency that changed fails the build. Both bundles
 * take pdfkit's MD5 from node's crypto (pdfkit hashes its file ID, and attachments' checksums, in
 * JavaScript, ~4 ms of a cold run; the digest is the same). In both, pptxgenjs's media step, which
 * runs for every slide, layout and master of a deck (~20 times), takes node:fs with require()
 * rather than import(): bundled, each import() was a fresh copy of node:fs's hundred exports
 * (CommonJS), or a trip through the module loader (ESM); ~1.1 ms a deck, 2% of a batch. It loads
 * node:https for pictures given by URL (casebrief never does) only when one is asked for, so that
 * the startup snapshot, which cannot hold that module, does not either; and the snapshot's pdfkit
 * makes no require() for its 14 standard fonts (casebrief embeds its own; see write-pdf.ts).
 */
const pdfkitMd5 = [
  ["function md5Hash(data) {\n  return md5.create().update(data).digest();\n}", "function md5Hash(data) {\n  return new Uint8Array(require('node:crypto').createHash('md5').update(data).digest());\n}"],
];
const pptxgenjsNodeModules = [
  [/pptxgen\.es\.js$/, [
    ["({ default: fs } = yield import('node:fs'));", "({ default: fs } = { default: require('node:fs') });"],
    ["import('node:https')", "Promise.resolve({ default: { get: (...args) => require('node:https').get(...args) } })"],
  ]],
];
const snapshotEdits = [
  ...pptxgenjsNodeModules,
  [/pdfkit\.node\.mjs$/, [...pdfkitMd5, ["import { createRequire } from 'module';", ''], ['createRequire(import.meta.url)', "() => { throw new Error('pdfkit standard fonts are not part of casebrief'); }"]]],
];
function sourceEdits(edits) {
  return {
    name: 'source-edits',
    setup(b) {
      for (const [filter, replacements] of edits) {
        b.onLoad({ filter }, async ({ path }) => {
          let contents = await readFile(path, 'utf8');
          for (const [from, to] of replacements) {
            if (!contents.includes(from)) throw new Error(`source-edits: "${from}" not found in ${path}; the dependency changed`);
            contents = contents.replace(from, to);
          }
          return { contents, loader: 'js' };
        });
      }
    },
  };
}
/**
 * pdfkit imports @noble/ciphers/aes for encrypted PDFs, which casebrief never writes; the module
 * computes four 256 kB lookup tables as it loads. Bundled behind functions that load it on their
 * first call, it costs nothing until then (and the startup snapshot does not carry 1.3 MB of tables).
 */
const lazyAes = {
  name: 'lazy-aes',
  setup(b) {
    b.onResolve({ filter: /^@noble\/ciphers\/aes$/ }, async ({ importer, resolveDir, pluginData }) => {
      if (pluginData?.lazyAes || !/[\\/]pdfkit[\\/]/.test(importer)) return undefined;
      const real = await b.resolve('@noble/ciphers/aes', { resolveDir, kind: 'require-call', pluginData: { lazyAes: true } });
      if (real.errors.length > 0) return { errors: real.errors };
      return { path: real.path, namespace: 'lazy-aes' };
    });
    b.onLoad({ filter: /.*/, namespace: 'lazy-aes' }, ({ path: file }) => ({
      contents: `let aes; const real = () => (aes ??= require(${JSON.stringify(file)}));\nexport const cbc = (...args) => real().cbc(...args);\nexport const ecb = (...args) => real().ecb(...args);\n`,
      loader: 'js',
      resolveDir: dirname(file),
    }));
  },
};
await build({
  entryPoints: { cli: 'src/cli.ts', 'build-worker': 'src/batch/build-worker.ts' },
  plugins: [nativeCrc32, lazyAes, sourceEdits([...pptxgenjsNodeModules, [/pdfkit\.node\.mjs$/, pdfkitMd5]])],
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Bundled CommonJS dependencies call require() for node built-ins; ESM has none, so give them one.
  banner: { js: "import { createRequire as __cbRequire } from 'node:module'; const require = __cbRequire(import.meta.url);" },
  alias,
  // Minify only whitespace and syntax: names stay readable in stack traces, parsing gets cheaper.
  minifyWhitespace: true,
  minifySyntax: true,
  sourcemap: 'linked',
  logLevel: 'warning',
});
// pdfkit reads its sRGB profile (PDF/A) relative to its own module, which is now a dist/ chunk.
await mkdir('dist/data', { recursive: true });
await copyFile('node_modules/pdfkit/js/data/sRGB_IEC61966_2_1.icc', 'dist/data/sRGB_IEC61966_2_1.icc');
await chmod('dist/cli.js', 0o755);

// The shipped templates, precompiled: Handlebars' compiler costs ~60 ms of a cold run. Keyed by
// the template's text, so an edited or user template is simply compiled at run time.
const { default: Handlebars } = await import('handlebars');
const { createHash } = await import('node:crypto');
const { readdir, writeFile } = await import('node:fs/promises');
const precompiled = {};
for (const dir of ['templates', 'templates/partials']) {
  for (const name of (await readdir(dir)).filter((f) => f.endsWith('.hbs'))) {
    const text = await readFile(`${dir}/${name}`, 'utf8');
    precompiled[createHash('sha256').update(text).digest('hex')] = Handlebars.precompile(text);
  }
}
await writeFile('dist/templates.json', JSON.stringify(precompiled));

// The startup snapshot (docs/startup.md): one CommonJS file, since a snapshot cannot load modules,
// run under `node --build-snapshot`. It is built for the Node.js running this install and for this
// folder; bin/casebrief uses it only then, and runs dist/cli.js if it could not be built.
const { realpathSync } = await import('node:fs');
const { pathToFileURL } = await import('node:url');
const root = realpathSync(process.cwd());
await build({
  entryPoints: ['src/startup/snapshot.ts'],
  outfile: 'dist/snapshot/snapshot.cjs',
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // A snapshot's require() loads only node built-ins, and it has no import(): dynamic imports become requires.
  supported: { 'dynamic-import': false },
  // The code believes it is dist/cli.js, as in the ESM bundle: pdfkit finds dist/data/, casebrief its package folder.
  define: { 'import.meta.url': JSON.stringify(pathToFileURL(`${root}/dist/cli.js`).href) },
  plugins: [nativeCrc32, lazyAes, sourceEdits(snapshotEdits)],
  alias,
  // Whitespace and syntax minified, names kept as written, as in the ESM bundle: readable stack
  // traces without esbuild's keepNames, whose __name() call ran each time a function was created
  // (~3% of a batch's main thread). The source is 0.56 MB larger; the snapshot 0.29 MB.
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'error',
});
// ASCII only: one non-ASCII character makes V8 hold the whole ~1.6 MB source as UTF-16, twice the
// size, in every start's snapshot. esbuild escapes strings but leaves regular expressions as written,
// so their characters become \uXXXX escapes (the same character, with or without the u flag).
const snapshotCode = await readFile('dist/snapshot/snapshot.cjs', 'utf8');
if (/\\[^\x00-\x7f]/.test(snapshotCode)) throw new Error('snapshot bundle: a non-ASCII character escaped with a backslash cannot be rewritten as \\uXXXX');
await writeFile('dist/snapshot/snapshot.cjs', snapshotCode.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
const { spawnSync } = await import('node:child_process');
const blob = `dist/snapshot/node-${process.version}.blob`;
// V8 flags for a process started from the snapshot. V8 loads a snapshot only under the flags it was
// built with, so they are used for building it and written to dist/snapshot/flags for bin/casebrief.
// - A young generation of 16 MB from the start (V8 starts at 1 MB and grows it): a build allocates
//   ~15 MB, which took 12 scavenges and, as survivors were promoted, often a mark-compact of the
//   whole heap (15 ms of pauses, up to 28); now one scavenge (4 ms).
// - No rehashing: by default V8 gives every start a new hash seed, and so rehashes every table in the
//   snapshot while reading it (~10 ms here). Without it, the seed is the one this install's snapshot
//   was made with. (A random seed guards servers against crafted keys that collide; a command that
//   renders its user's own files has no such adversary.)
// - No TurboFan at first: a build of one case study ends before optimized code pays for itself;
//   src/startup/tiering.ts turns it back on after 250 ms, for longer work.
const snapshotFlags = ['--min-semi-space-size=16', '--no-rehash-snapshot', '--no-turbofan'];
const made = spawnSync(process.execPath, [...snapshotFlags, '--snapshot-blob', blob, '--build-snapshot', 'dist/snapshot/snapshot.cjs'], {
  env: { ...process.env, NODE_OPTIONS: '' },
  encoding: 'utf8',
});
if (made.status === 0) {
  if (made.stderr.trim()) console.warn(made.stderr.trim());
  await writeFile('dist/snapshot/flags', `${snapshotFlags.join(' ')}\n`);
  await writeFile('dist/snapshot/built-in', `${root}\n`);
} else {
  await rm(blob, { force: true });
  console.warn(`casebrief: could not build the startup snapshot; casebrief works, but starts slower.\n${made.stderr.slice(0, 4000)}`);
}
