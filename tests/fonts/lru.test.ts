import { describe, expect, it } from 'vitest';
import { Lru } from '../../src/fonts/lru.js';

describe('Lru', () => {
  it('keeps at most its limit, dropping the entry used longest ago', () => {
    const lru = new Lru<string, number>(2);
    lru.set('a', 1);
    lru.set('b', 2);
    expect(lru.get('a')).toBe(1);
    lru.set('c', 3);
    expect(lru.size).toBe(2);
    expect(lru.has('b')).toBe(false);
    expect([...lru.keys()]).toEqual(['a', 'c']);
  });

  it('replaces a value set again without growing', () => {
    const lru = new Lru<string, number>(2);
    lru.set('a', 1);
    lru.set('a', 2);
    expect(lru.size).toBe(1);
    expect(lru.get('a')).toBe(2);
  });

  it('refuses a limit below one', () => {
    expect(() => new Lru(0)).toThrow(RangeError);
  });
});
