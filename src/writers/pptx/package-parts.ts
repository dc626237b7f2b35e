import type { Pptx } from './pptxgen-library.js';
import { partText, unzipPackage } from './zip-package.js';

/**
 * The parts of a package by name, in the order pptxgenjs wrote them, as bytes (UTF-8 for XML)
 * or, for XML that casebrief wrote or edited, as text. A part is decoded only when a fix reads it.
 */
export type PackageParts = Map<string, string | Uint8Array>;

/** Whether a part is XML (a relationships part is XML too). */
export const isXmlPart = (name: string): boolean => name.endsWith('.xml') || name.endsWith('.rels');

/** The text of XML part data, however it is held. */
export const xmlText = (data: string | Uint8Array): string => (typeof data === 'string' ? data : partText(data));

/**
 * The package pptxgenjs writes, opened again as parts, as bytes. pptxgenjs only hands out a
 * zip; it is written stored (uncompressed), since `fixPackage` edits the parts and compresses
 * them once.
 */
export async function pptxParts(pptx: Pptx): Promise<PackageParts> {
  const zipped = await pptx.write({ outputType: 'uint8array', compression: false });
  if (!(zipped instanceof Uint8Array)) throw new TypeError('pptxgenjs did not write the package as bytes');
  // pptxgenjs adds its folders as entries of their own; a package has parts only (unzipPackage leaves folders out).
  const parts: PackageParts = new Map();
  for (const [name, bytes] of unzipPackage(zipped)) parts.set(name, bytes);
  return parts;
}
