import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CaseStudyError, OptionError, UsageError, formatProblem } from '../errors.js';
import { packageRoot } from '../package-root.js';
import { HELP, commandHelp } from './help.js';
import type { Io } from './io.js';

type Command = (args: string[], io: Io) => Promise<number>;

/** Each command is loaded only when it is asked for, to keep start-up short. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  build: async () => (await import('./commands/build.js')).buildCommand,
  validate: async () => (await import('./commands/validate.js')).validateCommand,
  import: async () => (await import('./commands/import-cli.js')).importCli,
  watch: async () => (await import('./commands/watch.js')).watchCommand,
  pack: async () => (await import('./commands/pack.js')).packCommand,
  serve: async () => (await import('./commands/serve.js')).serveCommand,
  template: async () => (await import('./commands/template.js')).templateCommand,
};

/**
 * Runs the CLI and returns its exit code: 0 done, 1 bad input, 2 bad usage.
 * The only place that turns errors into messages; stack traces only with --debug.
 */
export async function runMain(argv: string[], io: Io): Promise<number> {
  const debug = argv.includes('--debug');
  const [name, ...args] = argv;
  try {
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
      io.out(HELP);
      return name === undefined ? 2 : 0;
    }
    if (name === '--version' || name === '-v') {
      const pkg = JSON.parse(readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')) as { version: string };
      io.out(pkg.version);
      if (debug) {
        io.out(`node ${process.version}, package ${packageRoot()}`);
      }
      return 0;
    }
    const load = COMMANDS[name];
    if (!load) throw new UsageError(`unknown command "${name}"; commands: ${Object.keys(COMMANDS).join(', ')}`);
    if (args.includes('--help') || args.includes('-h')) {
      io.out(commandHelp(name) ?? HELP);
      return 0;
    }
    return await (await load())(args, io);
  } catch (err) {
    if (err instanceof OptionError) {
      const help = name !== undefined && commandHelp(name) ? `casebrief ${name} --help` : 'casebrief --help';
      io.err(`casebrief: ${err.message}\nRun "${help}" for usage.`);
      return 2;
    }
    if (err instanceof CaseStudyError) {
      io.err(err.problems.map(formatProblem).join('\n'));
      return 1;
    }
    io.err(`casebrief: internal error: ${(err as Error).message ?? String(err)}`);
    if (debug) io.err((err as Error).stack ?? '');
    else io.err('This is a bug in casebrief. Run again with --debug to see where it happened, and report it.');
    return 70;
  }
}
