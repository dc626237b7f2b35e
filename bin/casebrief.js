#!/usr/bin/env node
// The `casebrief` command (package.json "bin"). npm links it into node_modules/.bin, or writes a
// .cmd shim for it on Windows; both run it with the `node` on the PATH, as `node bin/casebrief.js`.
import '../dist/cli.js';
