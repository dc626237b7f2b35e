/** What the tests read back from a PDF with pdf.js. */
export interface ReadPdf {
  /** Text of each page, items joined, line ends kept. */
  pages: string[];
  info: Record<string, unknown>;
  /** Bookmark titles, depth first, indented by two spaces a level. */
  outline: string[];
}

/** Reads text, Info and outline of a PDF with pdf.js (the way a reader's copy-and-paste sees it). */
export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
  }
  const { info } = await doc.getMetadata();
  const outline: string[] = [];
  type Node = { title: string; items: Node[] };
  const walk = (nodes: Node[] | null, depth: number) => nodes?.forEach((n) => (outline.push('  '.repeat(depth) + n.title), walk(n.items, depth + 1)));
  walk((await doc.getOutline()) as Node[] | null, 0);
  await doc.destroy();
  return { pages, info: info as Record<string, unknown>, outline };
}

/** Page text without the running header and the page footer lines. */
export function bodyText(pages: readonly string[], header: string): string {
  return pages
    .map((page) =>
      page
        .split('\n')
        .filter((line) => line.trim() !== header && !/^Page \d+ of \d+$/.test(line.trim()))
        .join('\n'),
    )
    .join('\n');
}

/** Text reduced so line breaks do not matter: NFKC, no whitespace, no hyphens. */
export function skeleton(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u00ad\u2010\u2011-]+/g, '');
}
