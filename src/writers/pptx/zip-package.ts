import JSZip from 'jszip';

/** One entry of a package: XML as text, media as bytes. */
export interface ZipEntry {
  name: string;
  data: string | Uint8Array;
}

/** DEFLATE's level: zlib's default, the usual balance of size and time. */
const LEVEL = 6;

/**
 * Zips a package with JSZip: entries in the order given, compressed with DEFLATE, text as UTF-8,
 * and every entry dated `date` (JSZip writes DOS times in UTC), so equal entries give equal bytes
 * in any time zone. No folder entries: a package holds parts only.
 */
export function zipPackage(entries: readonly ZipEntry[], date: Date): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const { name, data } of entries) zip.file(name, data, { date, createFolders: false, binary: typeof data !== 'string' });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: LEVEL } });
}
