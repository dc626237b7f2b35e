// esbuild's options for casebrief's bundles, shared by scripts/build.mjs and the benchmark's
// floor program (bench/lib/floor.mjs), which must be bundled exactly as the command is.

/** Every bundle: ESM for Node.js 20, whitespace and syntax minified only (names stay readable in stack traces). */
export const bundleOptions = {
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
};

/** The command's bundle, its dependencies inside. */
export const commandBundleOptions = {
  ...bundleOptions,
  // harfbuzzjs loads its WebAssembly from beside its own module: it stays in node_modules.
  external: ['harfbuzzjs'],
  // Bundled CommonJS dependencies call require() for Node.js's modules; ESM has none, so give them one.
  banner: { js: "import { createRequire as __cbRequire } from 'node:module'; const require = __cbRequire(import.meta.url);" },
};
