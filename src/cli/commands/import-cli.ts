import { UsageError } from '../../errors.js';
import { parseCommandArgs } from '../options.js';
import type { Io } from '../io.js';
import { importCommand } from './import.js';

/** `casebrief import <files…> --out DIR [--force]`: prints what it wrote and what it could not map. */
export async function importCli(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    out: { type: 'string', short: 'o' },
    force: { type: 'boolean', default: false },
    debug: { type: 'boolean', default: false },
  });
  if (!positionals.length) throw new UsageError('import needs at least one survey text, e.g. casebrief import cases/milan-shanghai.txt --out data/');
  if (values.out === undefined) throw new UsageError('import needs --out DIR: the folder the YAML files go to');
  const { written, warnings } = await importCommand(positionals, { out: values.out, force: values.force });
  for (const w of warnings) io.err(`warning: ${w}`);
  for (const file of written) io.out(file);
  return 0;
}
