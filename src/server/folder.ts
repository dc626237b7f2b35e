import { randomBytes } from 'node:crypto';
import { watch, type FSWatcher } from 'node:fs';
import { lstat, open, readdir, realpath, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { CaseStudyError } from '../errors.js';
import { parseCaseStudy } from '../index.js';

/**
 * The folder the server serves: its case studies (*.yaml, *.yml directly in it), read and written
 * by name only. A name is a plain file name in the folder, never a path: anything else is refused
 * before the file system is asked, and a link leading out of the folder is refused after.
 */

/** The most a case study may be, as the loader takes it. */
export const MAX_STUDY_BYTES = 5 * 2 ** 20;

/** A name that cannot be a case study of the folder: the server answers 400. */
export class BadNameError extends Error {
  constructor(name: string) {
    super(`"${name}" is not a case-study file name of this folder: use a name such as milan-shanghai.yaml (letters, digits, - _ . and no folder)`);
    this.name = 'BadNameError';
  }
}

/** No case study of that name: 404. */
export class NoSuchStudyError extends Error {
  constructor(name: string) {
    super(`there is no case study "${name}" in this folder`);
    this.name = 'NoSuchStudyError';
  }
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,120}\.ya?ml$/;

/** True for a name the folder's case studies may have. */
export function isStudyName(name: string): boolean {
  return NAME.test(name) && !name.includes('..');
}

/** One case study of the folder, as listed. */
export interface StudyEntry {
  file: string;
  id?: string;
  title?: string;
  /** False when the file is not a valid case study (then `problems` says how many problems it has). */
  ok: boolean;
  problems?: number;
  modified: string;
}

export class StudyFolder {
  readonly dir: string;
  #real: Promise<string>;

  constructor(dir: string) {
    this.dir = path.resolve(dir);
    this.#real = realpath(this.dir);
  }

  /** The full path of a case study named `name`; refuses names and links that leave the folder. */
  async pathOf(name: string, { mustExist = true } = {}): Promise<string> {
    if (!isStudyName(name)) throw new BadNameError(name);
    const file = path.join(this.dir, name);
    let info: Awaited<ReturnType<typeof lstat>>;
    try {
      info = await lstat(file);
    } catch {
      if (mustExist) throw new NoSuchStudyError(name);
      return file;
    }
    if (info.isSymbolicLink()) {
      const target = await realpath(file).catch(() => undefined);
      const real = await this.#real;
      if (!target || path.dirname(target) !== real || !(await stat(target)).isFile()) throw new BadNameError(name);
    } else if (!info.isFile()) throw new BadNameError(name);
    return file;
  }

  /** The case studies of the folder, by file name, each with its id and title when it can be read. */
  async list(): Promise<StudyEntry[]> {
    const names = (await readdir(this.dir)).filter(isStudyName).sort();
    const entries = await Promise.all(
      names.map(async (file): Promise<StudyEntry | undefined> => {
        let text: string;
        let modified: string;
        try {
          const full = await this.pathOf(file);
          const info = await stat(full);
          if (info.size > MAX_STUDY_BYTES) return { file, ok: false, problems: 1, modified: info.mtime.toISOString() };
          modified = info.mtime.toISOString();
          text = await this.read(file);
        } catch {
          return undefined;
        }
        try {
          const study = parseCaseStudy(text, { file });
          return { file, id: study.data.id, title: titleText(study.data.title), ok: true, modified };
        } catch (err) {
          if (!(err instanceof CaseStudyError)) throw err;
          // What can still be read of a file with mistakes: its id and title, if they are plain.
          const loose = (() => {
            try {
              return parseDocument(text).toJS() as Record<string, unknown> | null;
            } catch {
              return null;
            }
          })();
          const id = typeof loose?.id === 'string' ? loose.id : undefined;
          const title = loose?.title === undefined ? undefined : titleText(loose.title);
          return { file, id, title, ok: false, problems: err.problems.length, modified };
        }
      }),
    );
    return entries.filter((e): e is StudyEntry => e !== undefined);
  }

  /** The text of a case study (UTF-8). */
  async read(name: string): Promise<string> {
    const file = await this.pathOf(name);
    const handle = await open(file, 'r');
    try {
      const info = await handle.stat();
      if (info.size > MAX_STUDY_BYTES) throw new BadNameError(name);
      return new TextDecoder('utf-8').decode(await handle.readFile());
    } finally {
      await handle.close();
    }
  }

  /**
   * Writes a case study atomically: the text goes to a temporary file beside it, is flushed to
   * disk, and is renamed over the old file, so a reader sees the old text or the new, never half.
   * A file that exists keeps its permissions.
   */
  async write(name: string, text: string): Promise<void> {
    const file = await this.pathOf(name, { mustExist: false });
    const target = await realpath(file).catch(() => file);
    const mode = await stat(target).then(
      (s) => s.mode & 0o777,
      () => 0o644,
    );
    const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
    const handle = await open(temp, 'wx', mode);
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } catch (err) {
      await handle.close();
      await unlink(temp).catch(() => undefined);
      throw err;
    }
    await handle.close();
    try {
      await rename(temp, target);
    } catch (err) {
      await unlink(temp).catch(() => undefined);
      throw err;
    }
  }

  /**
   * Calls `changed(name)` when a case study of the folder changes or appears or goes (debounced
   * per file). Returns a function that stops watching.
   */
  watch(changed: (name: string) => void): () => void {
    const timers = new Map<string, NodeJS.Timeout>();
    let watcher: FSWatcher | undefined;
    try {
      watcher = watch(this.dir, { persistent: false }, (_event, filename) => {
        const name = filename?.toString();
        if (!name || !isStudyName(name)) return;
        clearTimeout(timers.get(name));
        timers.set(
          name,
          setTimeout(() => {
            timers.delete(name);
            changed(name);
          }, 60),
        );
      });
      watcher.on('error', () => undefined);
    } catch {
      watcher = undefined;
    }
    return () => {
      watcher?.close();
      for (const t of timers.values()) clearTimeout(t);
    };
  }
}

/** A title as one line of text: a plain title, or the first of a title given in several languages. */
export function titleText(title: unknown): string | undefined {
  if (typeof title === 'string') return title;
  if (title && typeof title === 'object') {
    const first = Object.values(title as Record<string, unknown>).find((v) => typeof v === 'string');
    return first as string | undefined;
  }
  return undefined;
}
