import JSZip from 'jszip';
import type { Pptx } from './pptxgen-library.js';

/** The parts of a package by name, in the order they were written: XML as text, media as bytes. */
export type PackageParts = Map<string, string | Uint8Array>;

/** An `outputType` pptxgenjs passes on to JSZip's `generateAsync`, which we answer with the zip itself. */
const PARTS = 'casebrief:zip-object';
const generateAsync = JSZip.prototype.generateAsync;
// pptxgenjs has no way to give its parts back unzipped; it zips them with whatever type it is asked
// for. Asked for ours, JSZip hands back the object it was about to zip (see `pptxParts`).
JSZip.prototype.generateAsync = function (this: JSZip, options?: JSZip.JSZipGeneratorOptions) {
  if ((options?.type as string) === PARTS) return Promise.resolve(this) as never;
  return generateAsync.call(this, options as JSZip.JSZipGeneratorOptions<'uint8array'>) as never;
} as typeof generateAsync;

function isXml(name: string): boolean {
  return name.endsWith('.xml') || name.endsWith('.rels');
}

/** What JSZip 3.10 keeps of an entry added with `file()`: a promise of the data as given (base64 decoded). */
interface EntryInternals {
  _data?: unknown;
  _dataBinary?: unknown;
}

/**
 * An entry's content without JSZip's stream workers (a chain of setImmediate ticks per entry, twice
 * the time of pptxgenjs writing the XML): pptxgenjs adds text or base64, which JSZip holds,
 * already decoded, behind `_data`. Anything else, or another JSZip, goes through `async()`.
 */
async function entryData(entry: JSZip.JSZipObject): Promise<string | Uint8Array> {
  const { _data: held, _dataBinary: binary } = entry as unknown as EntryInternals;
  if (held instanceof Promise) {
    const data: unknown = await held;
    if (binary === false && typeof data === 'string') return isXml(entry.name) ? data : new TextEncoder().encode(data);
    if (binary === true && data instanceof Uint8Array) return isXml(entry.name) ? new TextDecoder().decode(data) : data;
  }
  return isXml(entry.name) ? entry.async('string') : entry.async('uint8array');
}

/**
 * What `pptx.write()` would have zipped, as parts: the package is fixed and zipped once, by
 * `fixPackage`, instead of being zipped by pptxgenjs, unzipped and zipped again.
 */
export async function pptxParts(pptx: Pptx): Promise<PackageParts> {
  const zip: unknown = await pptx.write({ outputType: PARTS as 'uint8array' });
  if (!(zip instanceof JSZip)) throw new Error('pptxgenjs did not hand over its JSZip object (is a second copy of jszip installed?)');
  const entries = Object.values(zip.files).filter((entry) => !entry.dir);
  const data = await Promise.all(entries.map(entryData));
  return new Map(entries.map((entry, i) => [entry.name, data[i]!]));
}
