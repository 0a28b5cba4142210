import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitStatements } from '../../src/db/cypher-file.js';
import { RELATIONSHIP_TYPES } from '../../src/graph/vocabulary.js';
import { CYPHER_DIR } from '../../src/paths.js';

describe('splitting .cypher files', () => {
  it('splits on semicolons outside strings, names and comments', () => {
    const text = `// a comment; not a statement
CREATE (:A {s: 'x;y'}); /* block; comment */ MATCH (\`we;ird\`) RETURN "a;b";
RETURN 1 // trailing; comment
;`;
    expect(splitStatements(text)).toEqual(["CREATE (:A {s: 'x;y'})", 'MATCH (`we;ird`) RETURN "a;b"', 'RETURN 1']);
  });

  it('keeps escaped quotes inside strings', () => {
    expect(splitStatements("RETURN 'it\\'s; fine'; RETURN 2")).toEqual(["RETURN 'it\\'s; fine'", 'RETURN 2']);
  });
});

describe('the relationship-id constraints', () => {
  it('cover exactly the fixed vocabulary', () => {
    const dir = join(CYPHER_DIR, 'schema');
    const text = readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
    const types = [...text.matchAll(/FOR \(\)-\[r:(\w+)\]-\(\)/g)].map((m) => m[1]);
    expect(types.sort()).toEqual([...RELATIONSHIP_TYPES].sort());
  });

  it('schema files are versioned and run in order', () => {
    const files = readdirSync(join(CYPHER_DIR, 'schema'));
    expect(files.every((f) => /^V\d{3}__[a-z_]+\.cypher$/.test(f))).toBe(true);
  });
});
