import { spawnSync } from 'node:child_process';
import { runMain } from '../../src/cli/run-main.js';

/** Runs the CLI in this process and returns its exit code and output. */
export async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const progress: string[] = [];
  const io = {
    out: (l: string) => out.push(l),
    err: (l: string) => err.push(l),
    progress: (quiet: boolean) => ({ write: (t: string) => progress.push(t), mode: quiet ? ('quiet' as const) : ('lines' as const), colour: false }),
  };
  const code = await runMain(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Runs the command as a user does (`node bin/casebrief.js`, what npm's link or Windows shim runs), in a child process. */
export function cliProcess(argv: string[], env: NodeJS.ProcessEnv = {}): { code: number; out: string; err: string } {
  const r = spawnSync(process.execPath, ['bin/casebrief.js', ...argv], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}
