// Builds dist/ (run by `npm run build`, and by `npm install` in a git clone through "prepare"):
// - the command: dist/cli.js and dist/build-worker.js, bundled with their dependencies. Renderers
//   are split into chunks that load only when their format is asked for;
// - the library: dist/index.js, our own code bundled, dependencies left to Node.js to resolve,
//   with its type declarations in dist/types/ (tsc, tsconfig.build.json);
// - dist/templates.json, the shipped templates precompiled.
// Dependencies are bundled as they are published: nothing of theirs is edited or replaced.
import { build } from 'esbuild';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { bundleOptions, commandBundleOptions } from './bundle-options.mjs';

const require = createRequire(import.meta.url);
await rm('dist', { recursive: true, force: true });
// The declarations take tsc longest: it runs beside the bundling (it checks no types: tsconfig.build.json).
const declarations = new Promise((resolve, reject) => {
  const tsc = spawn(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
  tsc.on('error', reject);
  tsc.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`tsc -p tsconfig.build.json failed (exit code ${code})`))));
});

await build({
  ...commandBundleOptions,
  sourcemap: 'linked',
  // The command, the worker of a batch build, and the render worker of `casebrief serve`: one bundle, shared chunks.
  entryPoints: { cli: 'src/cli.ts', 'build-worker': 'src/batch/build-worker.ts', 'server/render-worker': 'src/server/render-worker.ts' },
  outdir: 'dist',
  chunkNames: 'chunks/[name]-[hash]',
  splitting: true,
});
// pdfkit reads its sRGB profile (PDF/A) next to its own module, which is now a chunk of dist/.
await mkdir('dist/chunks/data', { recursive: true });
await copyFile(path.join(path.dirname(require.resolve('pdfkit')), 'data', 'sRGB_IEC61966_2_1.icc'), 'dist/chunks/data/sRGB_IEC61966_2_1.icc');

await build({
  ...bundleOptions,
  sourcemap: 'linked',
  entryPoints: { index: 'src/index.ts' },
  outdir: 'dist',
  chunkNames: 'lib/[name]-[hash]',
  splitting: true,
  packages: 'external',
});

// The shipped templates, precompiled: Handlebars' compiler is then loaded only for a user's own
// template. Keyed by the template's text, so an edited template is simply compiled at run time.
const { default: Handlebars } = await import('handlebars');
const precompiled = {};
for (const dir of ['templates', 'templates/partials']) {
  for (const name of (await readdir(dir)).filter((f) => f.endsWith('.hbs'))) {
    const text = await readFile(`${dir}/${name}`, 'utf8');
    precompiled[createHash('sha256').update(text).digest('hex')] = Handlebars.precompile(text);
  }
}
await writeFile('dist/templates.json', JSON.stringify(precompiled));
await declarations;
await (await import('./build-studio.mjs')).buildStudio(); // the studio of casebrief serve: dist/studio
