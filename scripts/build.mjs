// Bundles the CLI into dist/ (run by `npm install` through "prepare", and by `npm run build`).
// Renderers are split into chunks loaded only when their format is asked for.
import { build } from 'esbuild';
import { chmod, rm } from 'node:fs/promises';

await rm('dist', { recursive: true, force: true });
await build({
  entryPoints: { cli: 'src/cli.ts', 'build-worker': 'src/batch/build-worker.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
});
await chmod('dist/cli.js', 0o755);
