import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

function packageDir(name: string): string {
  // Font packages export only their JS entry, so locate the package from it.
  return path.dirname(path.dirname(require.resolve(name)));
}

/** The faces a renderer asks for; each maps to a file shipped by an npm package. */
export type FaceRole = 'latin' | 'latin-bold' | 'latin-italic' | 'cjk' | 'cjk-bold';

/** Fonts embedded in the PDF: Noto Sans for Latin, Greek and Cyrillic; Noto Sans SC for Chinese. */
export function pdfFontFile(role: FaceRole): string {
  const latin = packageDir('@embedpdf/fonts-latin');
  // Noto Sans SC as TrueType outlines: fontkit subsets glyf fonts in ~1 ms to ~1 kB, where the
  // CFF edition cost ~0.1 s and ~70 kB a document (it copies the shared subroutines).
  const cjk = path.dirname(require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'));
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
  const dir = path.join(path.dirname(require.resolve('@fontsource/carlito/LICENSE')), 'files');
  const weight = role === 'latin-bold' ? 700 : 400;
  return [
    path.join(dir, `carlito-latin-${weight}-normal.woff`),
    path.join(dir, `carlito-latin-ext-${weight}-normal.woff`),
  ];
}
