// Bundles bench/floor/stack-floor.mjs as casebrief's own command is bundled (scripts/build.mjs:
// esbuild, ESM, dependencies inside, harfbuzzjs left in node_modules), into the bench's folder.
import { build } from 'esbuild';
import path from 'node:path';

/** Builds the floor program into `root` (which links casebrief's node_modules); returns its path. */
export async function stackFloor(repo, root) {
  const outfile = path.join(root, 'floor.mjs');
  await build({
    entryPoints: [path.join(repo, 'bench', 'floor', 'stack-floor.mjs')],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    minifyWhitespace: true,
    minifySyntax: true,
    nodePaths: [path.join(root, 'node_modules')],
    external: ['harfbuzzjs'],
    banner: { js: "import { createRequire as __cbRequire } from 'node:module'; const require = __cbRequire(import.meta.url);" },
    logLevel: 'warning',
  });
  return outfile;
}
