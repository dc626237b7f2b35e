/**
 * How this process started, for `casebrief --version --debug`. There is no startup snapshot any
 * more: the command always runs dist/cli.js. Kept only until src/cli/run-main.ts stops asking.
 */
export function startedFrom(): 'dist/cli.js' {
  return 'dist/cli.js';
}
