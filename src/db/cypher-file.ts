// Reads a .cypher file into its statements, the way cypher-shell -f does: statements end with
// `;`, and `//` or `/* */` comments are dropped. Semicolons inside strings, backtick names and
// comments do not split.
import { readFileSync } from 'node:fs';

export function splitStatements(text: string): string[] {
  const statements: string[] = [];
  let current = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    const next = text[i + 1];
    if (ch === '/' && next === '/') {
      const end = text.indexOf('\n', i);
      i = end === -1 ? text.length : end;
      continue;
    }
    if (ch === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : end + 2;
      continue;
    }
    if (ch === "'" || ch === '"' || ch === '`') {
      let j = i + 1;
      while (j < text.length && text[j] !== ch) j += text[j] === '\\' && ch !== '`' ? 2 : 1;
      current += text.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === ';') {
      if (current.trim()) statements.push(current.trim());
      current = '';
      i += 1;
      continue;
    }
    current += ch;
    i += 1;
  }
  if (current.trim()) statements.push(current.trim());
  return statements;
}

export function readCypherFile(path: string): string[] {
  return splitStatements(readFileSync(path, 'utf8'));
}

/** A file that holds exactly one statement (the loader's and the services' parameterised queries). */
export function readStatement(path: string): string {
  const statements = readCypherFile(path);
  if (statements.length !== 1) throw new Error(`${path} should hold one statement, found ${statements.length}`);
  return statements[0] as string;
}
