import { existsSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../package-root.js';

const dirs = new Map<string, string>();

/**
 * The folder of an npm package installed with casebrief: node_modules/<name> in casebrief's
 * folder or above it, as Node's resolution looks (font packages are files, not modules to import).
 */
function packageDir(name: string): string {
  const root = packageRoot();
  let found = dirs.get(`${root}\0${name}`);
  if (found) return found;
  for (let dir = root; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (existsSync(path.join(candidate, 'package.json'))) {
      found = candidate;
      break;
    }
    if (path.dirname(dir) === dir) throw new Error(`casebrief: the npm package ${name} is not installed; run npm install`);
  }
  dirs.set(`${root}\0${name}`, found);
  return found;
}

/** The faces a renderer asks for; each maps to a file shipped by an npm package. */
export type FaceRole = 'latin' | 'latin-bold' | 'latin-italic' | 'cjk' | 'cjk-bold';

/** Fonts embedded in the PDF: Noto Sans for Latin, Greek and Cyrillic; Noto Sans SC for Chinese. */
export function pdfFontFile(role: FaceRole): string {
  const latin = packageDir('@embedpdf/fonts-latin');
  // Noto Sans SC as TrueType outlines: fontkit subsets glyf fonts in ~1 ms to ~1 kB, where the
  // CFF edition cost ~0.1 s and ~70 kB a document (it copies the shared subroutines).
  const cjk = path.join(packageDir('@expo-google-fonts/noto-sans-sc'), '400Regular');
  switch (role) {
    case 'latin':
      return path.join(latin, 'fonts', 'NotoSans-Regular.ttf');
    case 'latin-bold':
      return path.join(latin, 'fonts', 'NotoSans-Bold.ttf');
    case 'latin-italic':
      return path.join(latin, 'fonts', 'NotoSans-Italic.ttf');
    case 'cjk':
      return path.join(cjk, 'NotoSansSC_400Regular.ttf');
    case 'cjk-bold':
      return path.join(path.dirname(cjk), '700Bold', 'NotoSansSC_700Bold.ttf');
  }
}

/**
 * Fonts used to measure deck text. A .pptx cannot carry fonts, so the deck names
 * Calibri and Microsoft YaHei and we measure with metric-compatible open fonts:
 * Carlito has Calibri's advance widths; CJK ideographs are one em wide in both.
 */
export function deckMeasureFontFiles(role: 'latin' | 'latin-bold'): string[] {
  const dir = path.join(packageDir('@fontsource/carlito'), 'files');
  const weight = role === 'latin-bold' ? 700 : 400;
  // Latin first; the other subsets give Calibri's Greek, Cyrillic and Vietnamese letters their widths.
  return ['latin', 'latin-ext', 'greek', 'greek-ext', 'cyrillic', 'cyrillic-ext', 'vietnamese'].map((subset) => path.join(dir, `carlito-${subset}-${weight}-normal.woff`));
}

/**
 * Files of a @fontsource package (woff, one per subset) for measuring a deck template's text in a
 * metric-compatible stand-in: `family` as the package names its files (e.g. `arimo`).
 */
export function fontsourceFiles(family: string, bold: boolean, subsets: readonly string[] = ['latin', 'latin-ext', 'greek', 'cyrillic', 'vietnamese']): string[] {
  const dir = path.join(packageDir(`@fontsource/${family}`), 'files');
  const weight = bold ? 700 : 400;
  return subsets.map((subset) => path.join(dir, `${family}-${subset}-${weight}-normal.woff`)).filter((file) => existsSync(file));
}
