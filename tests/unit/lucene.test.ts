import { describe, expect, it } from 'vitest';
import { escapeLucene, toLuceneQuery } from '../../src/graph/lucene.js';

describe('search text to Lucene', () => {
  it('escapes every Lucene operator so input is never syntax', () => {
    expect(escapeLucene('a+b-c&&d||e!(f){g}[h]^"i"~j*k?l:m\\n/o')).toBe(
      'a\\+b\\-c\\&\\&d\\|\\|e\\!\\(f\\)\\{g\\}\\[h\\]\\^\\"i\\"\\~j\\*k\\?l\\:m\\\\n\\/o',
    );
  });

  it('requires every word, each exact, as a prefix or fuzzily', () => {
    expect(toLuceneQuery('Tchiani')).toBe('+(tchiani^4 OR tchiani*^2 OR tchiani~2)');
    expect(toLuceneQuery('Africa Corps')).toBe('+(africa^4 OR africa*^2 OR africa~1) +(corps^4 OR corps*^2 OR corps~1)');
    expect(toLuceneQuery('US')).toBe('+(us^4 OR us*^2)');
  });

  it('leaves out stop words, which the index does not hold', () => {
    expect(toLuceneQuery('Community of the States')).toBe(
      '+(community^4 OR community*^2 OR community~2) +(states^4 OR states*^2 OR states~1)',
    );
  });

  it('returns null when nothing searchable is left', () => {
    expect(toLuceneQuery('of the')).toBeNull();
    expect(toLuceneQuery('   ')).toBeNull();
    expect(toLuceneQuery('"()"')).toBeNull();
  });
});
