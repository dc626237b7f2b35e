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
    expect(lru.get('b')).toBeUndefined();
    expect(lru.get('a')).toBe(1);
    expect(lru.get('c')).toBe(3);
  });

  it('drops the least recently used tenth when full, keeping what was read since', () => {
    const lru = new Lru<number, number>(100);
    for (let i = 0; i < 100; i++) lru.set(i, i);
    for (let i = 0; i < 10; i++) lru.get(i);
    lru.set(100, 100);
    expect(lru.size).toBe(91);
    for (let i = 0; i < 10; i++) expect(lru.get(i)).toBe(i);
    for (let i = 10; i < 20; i++) expect(lru.get(i)).toBeUndefined();
    expect(lru.get(20)).toBe(20);
    expect(lru.get(100)).toBe(100);
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
