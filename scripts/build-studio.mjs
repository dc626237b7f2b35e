// Builds the studio of `casebrief serve` into dist/studio/ (or the folder given as the first
// argument): its page and styles, its script bundled with CodeMirror, pdf.js and the yaml package
// from node_modules, pdf.js's worker, and the Carlito fonts the slide thumbnails are set in.
// Everything the page loads comes from this folder: no CDN, so the studio works offline.
// Dependencies are bundled as they are published: nothing of theirs is edited or replaced.
import { build } from 'esbuild';
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Builds the studio into `folder`; with no folder, into dist/studio. */
export async function buildStudio(folder) {
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
