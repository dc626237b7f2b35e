let fromSnapshot = false;

/** Records that this process was started from casebrief's startup snapshot. */
export function markStartedFromSnapshot(): void {
  fromSnapshot = true;
}

/** How this process started, for `casebrief --version --debug`. */
export function startedFrom(): 'startup snapshot' | 'dist/cli.js' {
  return fromSnapshot ? 'startup snapshot' : 'dist/cli.js';
}
