import { describe, expect, it } from 'vitest';
import { jsonSizeOver } from '../../src/server/json-size.js';

const answer = {
  data: {
    actor: { id: 'niger', name: 'Niger', aliases: ['Republic of Niger'], kind: 'STATE', relationships: Array.from({ length: 40 }, (_, i) => ({ id: `r-${i}`, startDate: null, count: i, held: i % 2 === 0 })) },
  },
};

describe('jsonSizeOver', () => {
  it('agrees with the JSON’s real length, to within a few percent', () => {
    const real = JSON.stringify(answer).length;
    expect(jsonSizeOver(answer, Math.floor(real * 0.9))).toBe(true);
    expect(jsonSizeOver(answer, Math.ceil(real * 1.1))).toBe(false);
  });

  it('stops as soon as the count passes the limit, without walking the rest', () => {
    let reads = 0;
    const huge = new Proxy(Array.from({ length: 100_000 }, (_, i) => `item ${i}`), {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads += 1;
        return Reflect.get(target, key, receiver);
      },
    });
    expect(jsonSizeOver({ data: { huge } }, 1000)).toBe(true);
    // Its commas alone are over the limit: not one item is read.
    expect(reads).toBe(0);
    const wide = Array.from({ length: 300 }, (_, i) => ({ id: `a-${i}`, children: Array.from({ length: 300 }, () => 'x') }));
    expect(jsonSizeOver(wide, 5000)).toBe(true);
  });

  it('counts keys and skips undefined values, as JSON does', () => {
    expect(jsonSizeOver({ a: undefined, b: undefined }, 3)).toBe(false);
    expect(jsonSizeOver({ aLongKeyName: 1 }, 10)).toBe(true);
  });
});
