#!/usr/bin/env node
import { processIo } from './cli/io.js';
import { runMain } from './cli/run-main.js';

process.exitCode = await runMain(process.argv.slice(2), processIo);
