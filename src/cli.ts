// The command's program: bin/casebrief.js runs it.
import { exitWhenFlushed, processIo } from './cli/io.js';
import { runMain } from './cli/run-main.js';

exitWhenFlushed(await runMain(process.argv.slice(2), processIo));
