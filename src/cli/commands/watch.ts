import { UsageError } from '../../errors.js';
import { watchCaseStudies } from '../../batch/watch.js';
import { parseCommandArgs } from '../options.js';
import type { Io } from '../io.js';
import { BUILD_OPTIONS, buildSettings } from './build.js';

/** `casebrief watch`: rebuilds on every save until interrupted; errors are printed, never fatal. */
export async function watchCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, BUILD_OPTIONS);
  if (!positionals.length) throw new UsageError('watch needs a case study file or folder, e.g. casebrief watch data/');
  const settings = await buildSettings(values);
  // A watching process lives long: its rebuilds are faster with optimized code.
  const stop = await watchCaseStudies(positionals, settings, {
    rebuilt(outcome, cause) {
      const time = new Date().toTimeString().slice(0, 8);
      if (outcome.ok) io.out(`${time} ${outcome.input} (${cause}) → ${outcome.outputs.join(', ')} in ${Math.round(outcome.ms)} ms`);
      else io.err(`${time} ${outcome.input} (${cause}) failed:\n${outcome.errors.join('\n')}`);
      if (outcome.ok) for (const w of outcome.warnings) io.err(w);
    },
  });
  io.err('Watching for changes; press Ctrl+C to stop.');
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  stop();
  return 0;
}
