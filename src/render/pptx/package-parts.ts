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

/**
 * What `pptx.write()` would have zipped, as parts: the package is fixed and zipped once, by
 * `fixPackage`, instead of being zipped by pptxgenjs, unzipped and zipped again.
 */
export async function pptxParts(pptx: Pptx): Promise<PackageParts> {
  const zip: unknown = await pptx.write({ outputType: PARTS as 'uint8array' });
  if (!(zip instanceof JSZip)) throw new Error('pptxgenjs did not hand over its JSZip object (is a second copy of jszip installed?)');
  const parts: PackageParts = new Map();
  for (const entry of Object.values(zip.files)) {
    if (!entry.dir) parts.set(entry.name, isXml(entry.name) ? await entry.async('string') : await entry.async('uint8array'));
  }
  return parts;
}
