// Bundles bench/floor/stack-floor.mjs with the options casebrief's own command is bundled with
// (scripts/bundle-options.mjs), into the bench's folder.
import { build } from 'esbuild';
import path from 'node:path';
import { commandBundleOptions } from '../../scripts/bundle-options.mjs';

/** Builds the floor program into `root` (which links casebrief's node_modules); returns its path. */
export async function stackFloor(repo, root) {
  const outfile = path.join(root, 'floor.mjs');
  await build({
    entryPoints: [path.join(repo, 'bench', 'floor', 'stack-floor.mjs')],
    outfile,
    ...commandBundleOptions,
    nodePaths: [path.join(root, 'node_modules')],
  });
  return outfile;
}
