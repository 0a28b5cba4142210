// Turns what a person types into a Lucene query for the full-text index. Every character that
// Lucene treats as syntax is escaped, so input can never be a malformed (or crafted) query.
// Each word matches exactly (boosted), as a prefix (type-ahead) or fuzzily (misspellings such as
// "Tchiani" for "Tiani"); all words must match somewhere.

const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const MAX_WORDS = 8;
// Lucene's English stop words: the index drops them, so requiring one would match nothing.
const STOP_WORDS = new Set(
  'a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with'.split(' '),
);

export function escapeLucene(word: string): string {
  return word.replace(SPECIAL, (c) => `\\${c}`);
}

export function toLuceneQuery(text: string): string | null {
  const words = text
    .normalize('NFKC')
    .split(/[\s\p{P}]+/u)
    .map((w) => w.trim())
    .filter((w) => w.length > 0 && !STOP_WORDS.has(w.toLowerCase()))
    .slice(0, MAX_WORDS);
  if (words.length === 0) return null;
  return words
    .map((w) => {
      const e = escapeLucene(w.toLowerCase());
      // Fuzzy matching on very short words matches almost anything; keep it for 4+ letters.
      const fuzzy = w.length >= 4 ? ` OR ${e}~${w.length >= 7 ? 2 : 1}` : '';
      return `+(${e}^4 OR ${e}*^2${fuzzy})`;
    })
    .join(' ');
}
