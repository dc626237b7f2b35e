import { spawn } from 'node:child_process';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../../errors.js';
import { parseCommandArgs } from '../options.js';
import type { Io } from '../io.js';

/**
 * `casebrief serve [FOLDER] [--port 4173] [--host 127.0.0.1] [--token T] [--open]`: the studio and
 * the HTTP API for the case studies of FOLDER, until Ctrl+C. Prints the address to open.
 */
export async function serveCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    port: { type: 'string', short: 'p', default: '4173' },
    host: { type: 'string', default: '127.0.0.1' },
    token: { type: 'string' },
    open: { type: 'boolean', default: false },
    theme: { type: 'string' },
    debug: { type: 'boolean', default: false },
  });
  if (positionals.length > 1) throw new UsageError(`serve takes one folder, not ${positionals.length}: casebrief serve data/`);
  const folder = path.resolve(positionals[0] ?? '.');
  const info = await stat(folder).catch(() => undefined);
  if (!info?.isDirectory()) throw new UsageError(`${positionals[0] ?? '.'} is not a folder; serve needs the folder of your case studies, e.g. casebrief serve data/`);
  if (!/^\d{1,5}$/.test(values.port) || Number(values.port) > 65535) throw new UsageError(`--port must be a port number from 0 to 65535, not "${values.port}"`);
  const token = values.token ?? (process.env.CASEBRIEF_TOKEN || undefined);
  if (token !== undefined && !/^[\x21-\x7e]{16,}$/.test(token)) throw new UsageError('--token must be at least 16 visible characters (no spaces), e.g. from: openssl rand -hex 16');
  // A theme is checked once, now: a mistake in it is reported before the server starts.
  const theme = values.theme === undefined ? undefined : path.resolve(values.theme);
  if (theme !== undefined) await (await import('../../brand/theme-file.js')).loadTheme(values.theme!);
  // Loaded here: the server and its framework are needed by this command only.
  const { isLoopback } = await import('../../server/app.js');
  const { startStudio } = await import('../../server/serve.js');
  if (!isLoopback(values.host) && token === undefined) {
    throw new UsageError(
      `--host ${values.host} would let other machines read and change the case studies in ${folder}; give --token (or CASEBRIEF_TOKEN) too, and every API call must then send it`,
    );
  }
  let studio: Awaited<ReturnType<typeof startStudio>>;
  try {
    studio = await startStudio({ folder, host: values.host, port: Number(values.port), token, ...(theme !== undefined ? { theme } : {}) });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new UsageError(`port ${values.port} on ${values.host} is taken; choose another with --port, or --port 0 for any free one`);
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new UsageError(`this machine has no address ${values.host}`);
    throw err;
  }
  // With a token, the page takes it from the part after # (never sent to the server or logged).
  const url = token ? `${studio.url}#token=${encodeURIComponent(token)}` : studio.url;
  io.out(`casebrief studio: ${url}`);
  io.err(`serving the case studies of ${folder}; press Ctrl+C to stop`);
  if (values.open) openInBrowser(url);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await studio.close();
  return 0;
}

/** Opens `url` in the desktop's browser; says where to go when it cannot. */
function openInBrowser(url: string): void {
  const [command, ...args] = process.platform === 'darwin' ? ['open', url] : process.platform === 'win32' ? ['cmd', '/c', 'start', '""', url] : ['xdg-open', url];
  try {
    const child = spawn(command!, args, { stdio: 'ignore', detached: true });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // No browser to open: the printed address is there to copy.
  }
}
