import JSZip from 'jszip';

/** One entry of a package: XML as text, media as bytes. */
export interface ZipEntry {
  name: string;
  data: string | Uint8Array;
}

/** DEFLATE's level: zlib's default, the usual balance of size and time. */
const LEVEL = 6;
const COMPRESSED_MEDIA = /\.(?:png|jpe?g|gif)$/i;

/**
 * Zips a package with JSZip: entries in the order given, compressed with DEFLATE, text as UTF-8,
 * and every entry dated `date` (JSZip writes DOS times in UTC), so equal entries give equal bytes
 * in any time zone. No folder entries: a package holds parts only.
 */
export function zipPackage(entries: readonly ZipEntry[], date: Date): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const { name, data } of entries) {
    // Pictures are compressed already: deflating them again costs time and saves nothing.
    const stored = typeof data !== 'string' && COMPRESSED_MEDIA.test(name);
    zip.file(name, data, { date, createFolders: false, binary: typeof data !== 'string', ...(stored ? { compression: 'STORE' as const } : {}) });
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: LEVEL } });
}
