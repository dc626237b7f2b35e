// Builds the studio of `casebrief serve` into dist/studio/ (or the folder given as the first
// argument): its page and styles, its script bundled with CodeMirror, pdf.js and the yaml package
// from node_modules, pdf.js's worker, and the Carlito fonts the slide thumbnails are set in.
// Everything the page loads comes from this folder: no CDN, so the studio works offline.
// Into dist/ it also bundles the server's render worker (dist/server/render-worker.js).
// Dependencies are bundled as they are published: nothing of theirs is edited or replaced.
import { build } from 'esbuild';
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The render worker of `casebrief serve`, bundled as the command is: dist/server/render-worker.js. */
export async function buildRenderWorker() {
  const out = path.join(root, 'dist', 'server');
  await build({
    absWorkingDir: root,
    entryPoints: { 'render-worker': 'src/server/render-worker.ts' },
    outdir: out,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    minifyWhitespace: true,
    minifySyntax: true,
    sourcemap: 'linked',
    logLevel: 'warning',
    // As in scripts/build.mjs: harfbuzzjs loads its WebAssembly from beside its own module, and
    // bundled CommonJS dependencies need a require().
    external: ['harfbuzzjs'],
    banner: { js: "import { createRequire as __cbRequire } from 'node:module'; const require = __cbRequire(import.meta.url);" },
  });
  // pdfkit reads its sRGB profile (PDF/A) from beside its own module, which is now this bundle.
  await mkdir(path.join(out, 'data'), { recursive: true });
  await copyFile(path.join(root, 'node_modules', 'pdfkit', 'js', 'data', 'sRGB_IEC61966_2_1.icc'), path.join(out, 'data', 'sRGB_IEC61966_2_1.icc'));
}

/** Builds the studio into `folder`; with no folder, into dist/studio, with the render worker. */
export async function buildStudio(folder) {
  if (folder === undefined) await buildRenderWorker();
  folder ??= path.join(root, 'dist', 'studio');
  const out = path.resolve(folder);
  await mkdir(out, { recursive: true });

  await build({
    absWorkingDir: root,
    entryPoints: { studio: 'src/server/studio/main.ts' },
    outdir: out,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    sourcemap: false,
    legalComments: 'linked',
    logLevel: 'warning',
  });

  const files = [
    ['src/server/studio/index.html', 'index.html'],
    ['src/server/studio/studio.css', 'studio.css'],
    ['node_modules/pdfjs-dist/build/pdf.worker.min.mjs', 'pdf.worker.mjs'],
    ...['400-normal', '700-normal', '400-italic'].map((face) => [`node_modules/@fontsource/carlito/files/carlito-latin-${face}.woff2`, `carlito-latin-${face}.woff2`]),
  ];
  for (const [from, to] of files) await copyFile(path.join(root, from), path.join(out, to));
}

// Run as a script (node scripts/build-studio.mjs [folder]), as the browser tests do.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await buildStudio(process.argv[2]);
