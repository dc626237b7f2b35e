import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { CaseStudyError, type Problem } from '../../errors.js';
import type { SlideLayout } from '../../model/document.js';
import { SLIDE_KINDS, type LayoutPin } from './match-layouts.js';

/**
 * A layout map (`--layout-map FILE.yaml`): for a kind of slide, the name of the template layout
 * it goes on, e.g. `content: Titolo e contenuto`. Kinds not named are matched as usual.
 * Mistakes are `file:line:col` problems; layout names are checked against the template when it is read.
 */
export function parseLayoutMap(text: string, file: string): LayoutPin[] {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const at = (offset: number | undefined) => (offset === undefined ? {} : lines.linePos(offset));
  const problems: Problem[] = doc.errors.map((e) => ({ file, ...at(e.pos[0]), message: `${e.message.split('\n')[0]}; a layout map is YAML: one "kind: layout name" a line` }));
  if (problems.length) throw new CaseStudyError('E_INPUT', problems);
  const kinds = SLIDE_KINDS.join(', ');
  if (doc.contents === null) return [];
  if (!isMap(doc.contents))
    throw new CaseStudyError('E_INPUT', [
      { file, ...at(doc.contents.range?.[0]), message: `a layout map is a mapping of kinds of slide to layout names, e.g. "content: Title and Content"; kinds: ${kinds}` },
    ]);
  const pins: LayoutPin[] = [];
  for (const item of doc.contents.items) {
    const key = isScalar(item.key) ? String(item.key.value) : undefined;
    const keyAt = at(isScalar(item.key) ? item.key.range?.[0] : undefined);
    if (!key || !SLIDE_KINDS.includes(key as SlideLayout)) {
      problems.push({ file, ...keyAt, message: `unknown kind of slide "${key ?? '?'}"; the kinds are: ${kinds}` });
      continue;
    }
    const value = isScalar(item.value) ? item.value.value : undefined;
    const node = item.value as { range?: [number, number, number] } | null;
    const valueAt = at(node?.range?.[0]);
    if (typeof value !== 'string' || !value.trim()) {
      problems.push({ file, ...(node?.range ? valueAt : keyAt), message: `"${key}" needs the name of a layout of the template, as text` });
      continue;
    }
    pins.push({ kind: key as SlideLayout, name: value, file, ...(valueAt as { line?: number; col?: number }) });
  }
  if (problems.length) throw new CaseStudyError('E_INPUT', problems);
  return pins;
}
