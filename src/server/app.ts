import { timingSafeEqual } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { readFile, rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Hono, type Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { streamSSE } from 'hono/streaming';
import { CaseStudyError, OptionError, type Problem } from '../errors.js';
import { pdfFontFile } from '../fonts/font-files.js';
import { formats, importSurveyText, type Warning } from '../index.js';
import { checkImage } from '../load/check-image.js';
import { BadNameError, MAX_STUDY_BYTES, NoSuchStudyError, StudyFolder } from './folder.js';
import { openApi } from './openapi.js';
import { runJob, type JobResult, type RenderJob } from './render-jobs.js';
import { renderPool } from './render-pool.js';
import { CancelledError, QueueFullError, RenderTimeoutError, renderQueue } from './render-queue.js';
import { formatNamed, parsePosted, previewParts, renderOptions } from './render-service.js';
import { idFrom, starterYaml } from './starter.js';
import { applyYamlEdits, YamlEditError, type YamlEdit } from './yaml-edit.js';

/** How the server is set up; `casebrief serve` fills it from its options. */
export interface StudioConfig {
  /** The folder whose case studies are served. */
  folder: string;
  /** The address it listens on (for the Host check): 127.0.0.1 by default. */
  host: string;
  /** When set, every /api request needs `Authorization: Bearer <token>`. */
  token?: string;
  /** The folder of the studio's page and scripts (dist/studio). */
  assets: string;
  /** Largest request body; default 5 MB. */
  maxBodyBytes?: number;
  /** Longest a render may take before the request is answered 503; default 60 s. */
  renderTimeoutMs?: number;
  /**
   * Render workers (threads), each doing one render at a time; default: one per core, at most 4.
   * 0 renders in the server's own thread, one at a time.
   */
  workers?: number;
  /** Renders that may wait; default 256. */
  queueCapacity?: number;
  /** A theme file every brief is rendered in (the office's colours, fonts, logo and footer line), as `--theme`. */
  theme?: string;
}

/** The served app and what it holds open (the folder's watcher, open event streams). */
export interface StudioApp {
  app: Hono;
  /** Tells the app the port it listens on, once known (for the Host and Origin checks). */
  listening(port: number): void;
  close(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

/** True for an address only this machine can reach. */
export function isLoopback(host: string): boolean {
  return LOOPBACK.has(host) || /^127(\.\d{1,3}){3}$/.test(host);
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

/** The studio page's policy: everything from this server, nothing from elsewhere. */
const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

export function createStudioApp(config: StudioConfig): StudioApp {
  const folder = new StudyFolder(config.folder);
  const maxBody = config.maxBodyBytes ?? MAX_STUDY_BYTES;
  const limits = { capacity: config.queueCapacity ?? 256, timeoutMs: config.renderTimeoutMs ?? 60_000 };
  const workers = config.workers ?? Math.min(4, availableParallelism());
  const pool = workers > 0 ? renderPool({ size: workers, ...limits }) : undefined;
  const queue = pool ? undefined : renderQueue({ concurrency: 1, ...limits });
  /** Runs a render job on a worker (or here), in its turn; a job whose client has gone is not run. */
  const render = (asked: RenderJob, c?: Context): Promise<JobResult> => {
    const signal = c?.req.raw.signal;
    const cancelled = signal ? () => signal.aborted : undefined;
    const job = config.theme === undefined ? asked : { ...asked, options: { ...asked.options, theme: config.theme } };
    return pool ? pool.run(job, cancelled) : queue!.run(() => runJob(job), cancelled);
  };
  let port = 0;
  const app = new Hono();

  // Names a browser may use for this server: the address it listens on (and, on loopback, the
  // other loopback names). A page of another site that points its own name at 127.0.0.1 (DNS
  // rebinding) sends its own name, and is refused.
  const hostNames = (): Set<string> => {
    const names = isLoopback(config.host) ? ['127.0.0.1', 'localhost', '[::1]'] : [config.host.includes(':') ? `[${config.host}]` : config.host];
    return new Set(names.map((n) => `${n}:${port}`));
  };
  const wildcard = config.host === '0.0.0.0' || config.host === '::';

  app.use('*', async (c, next) => {
    // Behind --host 0.0.0.0 (with a token) the names clients use are not known; the token guards it.
    if (!wildcard) {
      const host = c.req.header('host') ?? '';
      if (!hostNames().has(host.toLowerCase())) return c.json({ error: `this server answers to ${[...hostNames()].join(', ')}, not "${host}"` }, 403);
    }
    const method = c.req.method;
    if (method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS') {
      const origin = c.req.header('origin');
      const site = c.req.header('sec-fetch-site');
      const own = [...hostNames()].map((h) => `http://${h}`);
      if ((origin !== undefined && !(wildcard || own.includes(origin))) || site === 'cross-site') {
        return c.json({ error: `a change from another site (${origin ?? site}) is refused` }, 403);
      }
    }
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
  });

  app.use('/api/*', async (c, next) => {
    if (config.token) {
      const auth = c.req.header('authorization') ?? '';
      const given = auth.startsWith('Bearer ') ? auth.slice(7) : c.req.path === '/api/events' ? (c.req.query('token') ?? '') : '';
      if (!sameSecret(given, config.token)) {
        c.header('WWW-Authenticate', 'Bearer');
        return c.json({ error: 'this server needs Authorization: Bearer <token> (the token it was started with)' }, 401);
      }
    }
    c.header('Cache-Control', 'no-store');
    await next();
  });
  // A body announced as too big is refused before it is read; one sent in chunks, as it is read.
  app.use('/api/*', async (c, next) => {
    const length = Number(c.req.header('content-length') ?? 0);
    if (length > maxBody) throw new TooLargeError(maxBody);
    await next();
  });
  /** The request's body, at most `maxBody` bytes. */
  const bytesOf = async (c: Context): Promise<Uint8Array> => {
    const body = c.req.raw.body;
    if (!body) return new Uint8Array(0);
    const reader = body.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > maxBody) {
        await reader.cancel().catch(() => undefined);
        throw new TooLargeError(maxBody);
      }
      chunks.push(value);
    }
    return Buffer.concat(chunks);
  };
  const textOf = async (c: Context): Promise<string> => new TextDecoder('utf-8').decode(await bytesOf(c));
  const jsonOf = async (c: Context): Promise<unknown> => {
    try {
      return JSON.parse(await textOf(c));
    } catch (err) {
      if (err instanceof TooLargeError) throw err;
      return undefined;
    }
  };

  app.get('/api/openapi.json', (c) => c.json(openApi));
  app.get('/api/formats', (c) => c.json(formats()));

  /** The case-study file a posted YAML stands for (for its picture and for messages). */
  const postedFile = async (c: Context) => {
    const name = c.req.query('file');
    return name ? await folder.pathOf(name, { mustExist: false }) : path.join(folder.dir, '<input>.yaml');
  };
  const query = (c: Context) => c.req.query() as Record<string, string>;

  app.post('/api/render', async (c) => {
    const format = formatNamed(c.req.query('format'));
    const options = renderOptions(query(c), ['format', 'file']);
    const { file, warnings } = await render({ kind: 'render', text: await textOf(c), file: await postedFile(c), format, options });
    if (!file) throw new Error('the render made no file');
    c.header('Content-Type', file.mimeType);
    c.header('Content-Disposition', `attachment; filename="${file.name}"`);
    if (warnings.length) c.header('X-Casebrief-Warnings', encodeURIComponent(JSON.stringify(warnings.map((w) => shown(w, folder.dir)))));
    return c.body(toArrayBuffer(file.bytes), 200);
  });

  app.post('/api/validate', async (c) => {
    const options = renderOptions(query(c), ['file']);
    const { warnings } = await render({ kind: 'validate', text: await textOf(c), file: await postedFile(c), options });
    return c.json({ ok: true, warnings: warnings.map((w) => shown(w, folder.dir)) });
  });

  app.post('/api/preview', async (c) => {
    const options = renderOptions(query(c), ['file', 'parts']);
    const parts = previewParts(c.req.query('parts'));
    // A preview the page no longer waits for (the person typed on) is not made when its turn comes.
    const result = await render({ kind: 'preview', text: await textOf(c), file: await postedFile(c), options, parts }, c);
    return c.json({
      ...(result.pdf ? { pdf: Buffer.from(result.pdf).toString('base64') } : {}),
      ...(result.slides ? { slides: result.slides } : {}),
      warnings: result.warnings.map((w) => shown(w, folder.dir)),
    });
  });

  const listStudies = async (c: Context) => c.json(await folder.list());
  const getStudy = async (c: Context) => {
    const text = await folder.read(c.req.param('file')!);
    return c.body(text, 200, { 'Content-Type': 'application/yaml; charset=utf-8' });
  };
  const putStudy = async (c: Context) => {
    const name = c.req.param('file')!;
    const full = await folder.pathOf(name, { mustExist: false });
    let text: string;
    if ((c.req.header('content-type') ?? '').startsWith('application/json')) {
      const body = (await jsonOf(c)) as { edits?: unknown } | undefined;
      if (!body || !Array.isArray(body.edits)) throw new OptionError('send { "edits": [{ "path": [...], "value": ... }] }, or the YAML itself as application/yaml');
      text = applyYamlEdits(await folder.read(name), body.edits as YamlEdit[]);
    } else text = await textOf(c);
    // Nothing is written unless it is a case study a build takes.
    const study = parsePosted(text, full);
    await folder.write(name, study.text);
    return c.json({ ok: true, file: name, yaml: study.text });
  };
  for (const base of ['/api/case-studies', '/api/studies']) {
    app.get(base, listStudies);
    app.get(`${base}/:file`, getStudy);
    app.put(`${base}/:file`, putStudy);
  }

  app.get('/api/starter', (c) => {
    const id = idFrom(c.req.query('id') ?? 'new-case-study');
    return c.body(starterYaml(id), 200, { 'Content-Type': 'application/yaml; charset=utf-8' });
  });

  app.post('/api/import', async (c) => {
    const { id, yaml, warnings } = importSurveyText(await textOf(c), { file: 'survey.txt' });
    return c.json({ id, file: `${id}.yaml`, yaml, warnings });
  });

  app.post('/api/pack', async (c) => {
    const format = formatNamed(c.req.query('format') ?? 'pdf');
    const options = renderOptions(query(c), ['format']);
    const body = (await jsonOf(c)) as { title?: unknown; files?: unknown } | undefined;
    if (!body || typeof body.title !== 'string' || !body.title.trim())
      throw new OptionError('a pack needs a title: { "title": "Mission to Shanghai", "files": ["milan-shanghai.yaml"] }');
    if (!Array.isArray(body.files) || !body.files.length || !body.files.every((f) => typeof f === 'string'))
      throw new OptionError('a pack needs "files": the case-study file names of this folder, in order');
    const files = await Promise.all((body.files as string[]).map((f) => folder.pathOf(f)));
    const { file, warnings } = await render({ kind: 'pack', files, title: body.title, format, options });
    if (!file) throw new Error('the pack made no file');
    c.header('Content-Type', file.mimeType);
    c.header('Content-Disposition', `attachment; filename="${file.name}"`);
    if (warnings.length) c.header('X-Casebrief-Warnings', encodeURIComponent(JSON.stringify(warnings.map((w) => shown(w, folder.dir)))));
    return c.body(toArrayBuffer(file.bytes), 200);
  });

  app.put('/api/pictures/:name', async (c) => {
    const name = c.req.param('name');
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,120}\.(png|jpe?g)$/i.test(name) || name.includes('..')) throw new BadNameError(name);
    const bytes = await bytesOf(c);
    // Checked where it will be used, by the loader's own check, before it takes the name.
    const temp = `.upload-${process.pid}-${Date.now()}-${name}`;
    await writeFile(path.join(folder.dir, temp), bytes, { flag: 'wx' });
    try {
      const check = await checkImage(path.join(folder.dir, 'picture.yaml'), temp);
      if (!check.ok) throw new CaseStudyError('E_INPUT', [{ file: name, message: check.message.replace(`image "${temp}"`, `the picture "${name}"`) }]);
      await rename(path.join(folder.dir, temp), path.join(folder.dir, name));
      return c.json({ ok: true, file: name, width: check.width, height: check.height });
    } finally {
      await unlink(path.join(folder.dir, temp)).catch(() => undefined);
    }
  });

  // Changes of the folder's case studies, to every open page.
  const listeners = new Set<(name: string) => void>();
  const stopWatching = folder.watch((name) => listeners.forEach((l) => l(name)));
  app.get('/api/events', (c) =>
    streamSSE(c, async (stream) => {
      const queued: string[] = [];
      let wake: (() => void) | undefined;
      const listener = (name: string) => {
        queued.push(name);
        wake?.();
      };
      listeners.add(listener);
      stream.onAbort(() => {
        listeners.delete(listener);
        wake?.();
      });
      await stream.writeSSE({ event: 'hello', data: JSON.stringify({ folder: path.basename(folder.dir) }) });
      while (!stream.aborted && !stream.closed) {
        const name = queued.shift();
        if (name !== undefined) {
          await stream.writeSSE({ event: 'changed', data: JSON.stringify({ file: name }) });
          continue;
        }
        // Wait for a change, or send a comment every 25 s so proxies keep the stream open.
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, 25_000).unref();
        });
        wake = undefined;
        if (!queued.length && !stream.aborted) await stream.write(': keep-alive\n\n');
      }
      listeners.delete(listener);
    }),
  );

  app.all('/api/*', (c) => c.json({ error: `no such route: ${c.req.method} ${c.req.path}` }, 404));

  // The studio: its page and its bundled scripts, styles and fonts.
  const asset = async (c: Context, name: string) => {
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name)) return c.json({ error: 'not found' }, 404);
    const file = path.join(config.assets, name);
    const body = await readFile(file).catch(() => undefined);
    if (!body) return c.json({ error: name === 'index.html' ? `the studio's files are missing from ${config.assets}; run npm run build` : 'not found' }, 404);
    c.header('Content-Type', MIME[path.extname(name)] ?? 'application/octet-stream');
    c.header('Cache-Control', 'no-cache');
    if (name.endsWith('.html')) {
      c.header('Content-Security-Policy', CSP);
      c.header('Referrer-Policy', 'no-referrer');
    }
    return c.body(toArrayBuffer(body), 200);
  };
  app.get('/', (c) => asset(c, 'index.html'));
  app.get('/favicon.ico', (c) => c.body(null, 204));
  app.get('/assets/:name', (c) => asset(c, c.req.param('name')));
  // Chinese text in the slide thumbnails is set in the Noto Sans SC the PDF embeds, read from its
  // npm package (10 MB a face); the page's unicode-range asks for it only when there is Chinese to show.
  for (const [name, role] of [
    ['noto-sans-sc-400.ttf', 'cjk'],
    ['noto-sans-sc-700.ttf', 'cjk-bold'],
  ] as const) {
    app.get(`/assets/fonts/${name}`, async (c) => {
      c.header('Content-Type', 'font/ttf');
      c.header('Cache-Control', 'max-age=86400');
      return c.body(toArrayBuffer(await readFile(pdfFontFile(role))), 200);
    });
  }

  app.notFound((c) => c.json({ error: `not found: ${c.req.path}` }, 404));
  app.onError((err, c) => errorResponse(err, c, folder.dir));

  return {
    app,
    listening(p) {
      port = p;
    },
    async close() {
      stopWatching();
      listeners.clear();
      await pool?.close();
    },
  };
}

/** A request body over the limit: 413. */
class TooLargeError extends Error {
  constructor(max: number) {
    super(`the body is over ${(max / 2 ** 20).toFixed(0)} MB, the most a request may send`);
    this.name = 'TooLargeError';
  }
}

/** Every error as JSON, with the status that says whose it is. */
function errorResponse(err: Error, c: Context, dir: string): Response {
  if (err instanceof TooLargeError) return c.json({ error: err.message }, 413);
  if (err instanceof CancelledError) return c.json({ error: err.message }, 499 as never);
  if (err instanceof CaseStudyError) return c.json({ problems: err.problems.map((p) => shownProblem(p, dir)) }, 422);
  if (err instanceof YamlEditError) return c.json({ problems: [{ message: err.message }] }, 422);
  if (err instanceof BadNameError || err instanceof OptionError) return c.json({ error: err.message }, 400);
  if (err instanceof NoSuchStudyError) return c.json({ error: err.message }, 404);
  if (err instanceof QueueFullError || err instanceof RenderTimeoutError) {
    c.header('Retry-After', '5');
    return c.json({ error: err.message }, 503);
  }
  if (err instanceof HTTPException) return c.json({ error: err.message || 'bad request' }, err.status);
  return c.json({ error: `internal error: ${err.message}` }, 500);
}

/** A problem as the API gives it: the file named relative to the folder, no code frame. */
function shownProblem(p: Problem, dir: string) {
  return { file: relativeName(p.file, dir), ...(p.line !== undefined ? { line: p.line, col: p.col ?? 1 } : {}), message: p.message.split(dir + path.sep).join('') };
}

function shown(w: Warning, dir: string) {
  return { ...w, ...(w.file ? { file: relativeName(w.file, dir) } : {}), message: w.message.split(dir + path.sep).join('') };
}

function relativeName(file: string, dir: string): string {
  const rel = file.startsWith(dir + path.sep) ? file.slice(dir.length + 1) : file;
  return rel === '<input>.yaml' ? '<input>' : rel;
}

function sameSecret(given: string, token: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}
