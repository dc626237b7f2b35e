import { CaseStudyError } from '../errors.js';
import { ReadRefused, readFileCapped } from './read-capped.js';
import { wrongEncoding } from './text-encoding.js';

/** The largest case study we read; real ones are a few kilobytes. */
export const MAX_SOURCE_BYTES = 5 * 1024 * 1024;

/**
 * Reads a text file, refusing what is missing, not a regular file (a folder, a
 * pipe, a device, or a link to one), too large, binary or not UTF-8.
 */
export async function readSourceText(file: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFileCapped(file, {
      maxBytes: MAX_SOURCE_BYTES,
      tooBig: (size) => `is ${(size / 1048576).toFixed(1)} MB; a case study may be at most 5 MB`,
    });
  } catch (err) {
    if (err instanceof ReadRefused) throw fail(file, err.message);
    throw err;
  }
  const encoding = wrongEncoding(bytes, file);
  if (encoding) throw fail(file, encoding);
  if (bytes.includes(0)) throw fail(file, 'is a binary file, not text; a case study is a YAML text file');
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw new CaseStudyError('E_INPUT', [{ file, ...at, message: 'is not valid UTF-8 text; save the file as UTF-8 (most editors offer "Save with encoding")' }]);
  }
}

function fail(file: string, message: string): CaseStudyError {
  return new CaseStudyError('E_INPUT', [{ file, message }]);
}

/** Line and column of the first byte that breaks UTF-8, found by decoding line by line (LF, CRLF or CR). */
function firstInvalidUtf8(bytes: Buffer): { line: number; col: number } {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x0a && !(bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) continue;
    try {
      decoder.decode(bytes.subarray(start, i));
    } catch {
      const good = new TextDecoder('utf-8').decode(bytes.subarray(start, i)).indexOf('\uFFFD');
      return { line, col: Math.max(1, good + 1) };
    }
    line++;
    start = i + 1;
  }
  return { line: 1, col: 1 };
}
