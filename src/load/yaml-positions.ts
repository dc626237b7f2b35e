import { isAlias, isMap, isScalar, isSeq, type Document, type Node } from 'yaml';

type Ranged = { range?: [number, number, number] | null };

/** The deepest YAML node along `path` (a key path from a validator), for error positions. */
export function nodeAt(doc: Document, path: readonly PropertyKey[]): Ranged | undefined {
  let node: unknown = doc.contents;
  for (const segment of path) {
    if (isAlias(node)) node = node.resolve(doc);
    const next = child(node, segment);
    if (next === undefined) break;
    node = next;
  }
  return (node ?? undefined) as Ranged | undefined;
}

/** The range of `key` itself inside the mapping at `path`, or of the mapping if the key is absent. */
export function rangeOfKey(doc: Document, path: readonly PropertyKey[], key: string) {
  const map = nodeAt(doc, path);
  if (isMap(map)) {
    const pair = map.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
    if (pair && isScalar(pair.key)) return pair.key.range ?? undefined;
  }
  return map?.range ?? undefined;
}

function child(node: unknown, segment: PropertyKey): Node | undefined {
  if (isMap(node)) {
    const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
    return (pair?.value ?? undefined) as Node | undefined;
  }
  if (isSeq(node) && typeof segment === 'number') return node.items[segment] as Node | undefined;
  return undefined;
}
