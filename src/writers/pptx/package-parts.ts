import type { Pptx } from './pptxgen-library.js';
import { partText, unzipPackage } from './zip-package.js';

/** The parts of a package by name, in the order pptxgenjs wrote them: XML as text, media as bytes. */
export type PackageParts = Map<string, string | Uint8Array>;

const isXml = (name: string): boolean => name.endsWith('.xml') || name.endsWith('.rels');

/**
 * The package pptxgenjs writes, opened again as parts. pptxgenjs only hands out a zip; it is
 * written stored (uncompressed), since `fixPackage` edits the parts and compresses them once.
 */
export async function pptxParts(pptx: Pptx): Promise<PackageParts> {
  const zipped = await pptx.write({ outputType: 'uint8array', compression: false });
  if (!(zipped instanceof Uint8Array)) throw new TypeError('pptxgenjs did not write the package as bytes');
  // pptxgenjs adds its folders as entries of their own; a package has parts only (unzipPackage leaves folders out).
  const parts: PackageParts = new Map();
  for (const [name, bytes] of unzipPackage(zipped)) parts.set(name, isXml(name) ? partText(bytes) : bytes);
  return parts;
}
