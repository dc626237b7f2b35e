/** A city as the title line names it. */
export interface TitleCity {
  name: string;
  country?: string;
}

const OPEN = '[(（]';
const CLOSE = '[)）]';
/** "and" between the two cities: English, an ampersand, a dash, or Chinese 和 / 与 / 及. */
const JOIN = '(?:\\s+(?:and|&|[-–—])\\s+|\\s*[和与及]\\s*)';
const CITY = `([^()（）]+?)(?:\\s*${OPEN}\\s*([^()（）]+?)\\s*${CLOSE})?`;
const TITLE = new RegExp(`^${CITY}${JOIN}${CITY}$`, 'iu');

/**
 * Reads the title line, "City (Country) and City": the two cities and any
 * country given in brackets after either. Undefined when the line is not of
 * that shape.
 */
export function parseTitle(line: string): [TitleCity, TitleCity] | undefined {
  const m = TITLE.exec(line.trim());
  if (!m) return undefined;
  const city = (name?: string, country?: string): TitleCity | undefined => {
    const n = name?.trim();
    if (!n) return undefined;
    const c = country?.trim();
    return c ? { name: n, country: c } : { name: n };
  };
  const a = city(m[1], m[2]);
  const b = city(m[3], m[4]);
  return a && b ? [a, b] : undefined;
}

/** "Source : International Affairs Office City of Milan" (or "来源：…") → the words after the colon. */
export function parseSourceLine(line: string): string | undefined {
  const m = /^(?:sources?|来源|資料來源|资料来源)\s*[:：]\s*(.+)$/iu.exec(line.trim());
  return m?.[1]?.trim() || undefined;
}

/**
 * "This case study belongs to the file « Europe - China Exchange Platform
 * Survey »" → the name between the guillemets (or quotes); "本案例属于《…》"
 * likewise. Undefined for any other line.
 */
export function parseClosingLine(line: string): string | undefined {
  const en = /^this\s+case[\s-]+study\s+belongs\s+to\s+(?:the\s+)?(?:file|collection|survey)\s*[:：]?\s*(.+?)\s*\.?$/iu.exec(line.trim());
  const zh = /^本(?:案例|案例研究|个案)(?:研究)?属于\s*(.+?)\s*[。.]?$/u.exec(line.trim());
  const name = (en ?? zh)?.[1];
  return name === undefined ? undefined : unquote(name) || undefined;
}

/** Strips one pair of surrounding quotes or guillemets, and the words "file"/"文件" outside them. */
function unquote(s: string): string {
  const m = /^[«"“‘'《「『]\s*(.+?)\s*[»"”’'》」』]\s*(?:文件|file)?$/u.exec(s);
  return (m?.[1] ?? s).trim();
}
