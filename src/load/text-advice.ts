import { isMap, isScalar, type Document } from 'yaml';
import { quoted } from './yaml-advice.js';
import { nodeAt } from './yaml-positions.js';

const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/**
 * Where text was expected but YAML read a mapping, says which character made
 * it one and how to quote the text: a comma inside `{ en: … }`, or a colon
 * followed by a space in `- Note: this is it`. Undefined for any other mapping.
 */
export function mappingAsText(doc: Document, source: string, path: readonly PropertyKey[]): string | undefined {
  const node = nodeAt(doc, path);
  if (!isMap(node) || !node.range) return undefined;
  const pairs = node.items
    .filter((p) => isScalar(p.key))
    .map((p) => ({
      key: String((p.key as { value: unknown }).value),
      keyNode: p.key as { range?: [number, number, number] | null },
      value: p.value as { range?: [number, number, number] | null } | null,
    }));
  const stray = pairs.find((p) => !LANGUAGE_TAG.test(p.key));
  if (!stray) return undefined;
  const start = node.range[0];
  const lineStart = source.lastIndexOf('\n', start - 1) + 1;
  const before = source.slice(lineStart, start).trimStart();
  if (node.flow) {
    const close = source.lastIndexOf('}', node.range[1]);
    const tagged = pairs.filter((p) => LANGUAGE_TAG.test(p.key));
    const parts = tagged.map((p, i) => {
      const from = p.value?.range?.[0] ?? p.keyNode.range?.[1] ?? start;
      const to = tagged[i + 1]?.keyNode.range?.[0] ?? close;
      const text = source.slice(from, to).trim().replace(/,$/, '').trim();
      return `${p.key}: ${quoted(text)}`;
    });
    if (!parts.length) return `inside { … } each text needs a language before it, e.g. \`{ en: "…" }\``;
    return `inside { … } a comma separates languages, so "${stray.key}" was read as one; put text that contains a comma in quotes: \`${before}{ ${parts.join(', ')} }\``;
  }
  const lineEnd = source.indexOf('\n', start);
  const text = source
    .slice(start, lineEnd < 0 ? undefined : lineEnd)
    .replace(/\s+#.*$/, '')
    .trim();
  if (!/:\s/.test(text)) return undefined;
  return `text that contains a colon followed by a space must be in quotes: \`${before}${quoted(text)}\``;
}
