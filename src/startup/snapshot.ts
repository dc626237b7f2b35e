// The entry a V8 startup snapshot is built from: scripts/build.mjs bundles it into one
// CommonJS file and runs it under `node --build-snapshot` at install. Building it loads
// casebrief's code and renders the sample case study once, in memory, so the snapshot holds
// initialised libraries, parsed fonts and shaping caches; a process started from it
// (bin/casebrief) goes straight to work. See docs/startup.md.
import path from 'node:path';
import v8 from 'node:v8';
import { exitWhenFlushed, processIo } from '../cli/io.js';
import { runMain } from '../cli/run-main.js';
import { packageRoot } from '../package-root.js';
import { markStartedFromSnapshot } from './started-from.js';
import { optimizeLater } from './tiering.js';
import { warmUp } from './warm-up.js';

void warmUp(path.join(packageRoot(), 'data', 'milan-shanghai.yaml')).then(() => {
  v8.startupSnapshot.setDeserializeMainFunction(async () => {
    markStartedFromSnapshot();
    optimizeLater();
    exitWhenFlushed(await runMain(process.argv.slice(1), processIo));
  });
});
