// Bundles the CLI into dist/ (run by `npm install` through "prepare", and by `npm run build`).
// Renderers are split into chunks loaded only when their format is asked for. Dependencies are
// bundled too: resolving and compiling ~200 separate modules cost ~0.4 s of every cold run.
import { build } from 'esbuild';
import { chmod, copyFile, mkdir, rm } from 'node:fs/promises';

await rm('dist', { recursive: true, force: true });
await build({
  entryPoints: { cli: 'src/cli.ts', 'build-worker': 'src/batch/build-worker.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Bundled CommonJS dependencies call require() for node built-ins; ESM has none, so give them one.
  banner: { js: "import { createRequire as __cbRequire } from 'node:module'; const require = __cbRequire(import.meta.url);" },
  // JavaScript inflate/deflate replaced by node's native zlib (see the shims for why that is safe).
  alias: { 'tiny-inflate': './scripts/shims/tiny-inflate.cjs', pako: './scripts/shims/pako.cjs', 'source-map': './scripts/shims/empty.cjs', 'brotli/decompress.js': './scripts/shims/no-brotli.cjs' },
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
const { readdir, readFile, writeFile } = await import('node:fs/promises');
const precompiled = {};
for (const dir of ['templates', 'templates/partials']) {
  for (const name of (await readdir(dir)).filter((f) => f.endsWith('.hbs'))) {
    const text = await readFile(`${dir}/${name}`, 'utf8');
    precompiled[createHash('sha256').update(text).digest('hex')] = Handlebars.precompile(text);
  }
}
await writeFile('dist/templates.json', JSON.stringify(precompiled));
