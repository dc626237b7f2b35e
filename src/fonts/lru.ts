/**
 * A map that keeps at most `limit` entries: when full, it drops the least recently used ones, a
 * tenth of the limit at a time. For per-process caches (parsed fonts, shaped words, widths) whose
 * size must stay bounded however many documents a process renders. A hit only stamps its entry
 * (no reordering of the map), so reading is as cheap as a plain Map's; the stamps are sorted only
 * when entries must go.
 */
export class Lru<K, V> {
  private readonly entries = new Map<K, { value: V; used: number }>();
  private clock = 0;

  constructor(readonly limit: number) {
    if (!(limit >= 1)) throw new RangeError('an LRU needs room for at least one entry');
  }

  get size(): number {
    return this.entries.size;
  }

  /** The value for `key`, which becomes the most recently used. */
  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    entry.used = ++this.clock;
    return entry.value;
  }

  set(key: K, value: V): void {
    const entry = this.entries.get(key);
    if (entry) {
      entry.value = value;
      entry.used = ++this.clock;
      return;
    }
    if (this.entries.size >= this.limit) this.dropLeastUsed();
    this.entries.set(key, { value, used: ++this.clock });
  }

  /** Forgets every entry. */
  clear(): void {
    this.entries.clear();
  }

  private dropLeastUsed(): void {
    const count = Math.max(1, Math.floor(this.limit / 10));
    const oldest = [...this.entries].sort((a, b) => a[1].used - b[1].used).slice(0, count);
    for (const [key] of oldest) this.entries.delete(key);
  }
}
