/** Page size and the frames inside it, in points. */
export interface PageGeometry {
  width: number;
  height: number;
  margin: { top: number; bottom: number; left: number; right: number };
  /** Baselines of the running header and footer. */
  headerBaseline: number;
  footerBaseline: number;
}

const SIZES = { a4: [595.28, 841.89], letter: [612, 792] } as const;

/** The brief's page geometry for a paper size (A4 unless told otherwise). */
export function pageGeometry(paper: 'a4' | 'letter' = 'a4'): PageGeometry {
  const [width, height] = SIZES[paper];
  return {
    width,
    height,
    margin: { top: 76, bottom: 70, left: 68, right: 68 },
    headerBaseline: 42,
    footerBaseline: height - 36,
  };
}
