// One statement's result in the CLI's three formats. Tables wrap long cells (evidence quotes run
// to a few hundred characters) so that a row stays readable in a terminal; json is the rows as
// objects; csv has a header line and writes nested values as JSON.
import Table from 'cli-table3';
import { stringify } from 'csv-stringify/sync';
import type { Format } from './args.js';
import { toPlain, toText } from './values.js';

export interface ResultSet {
  columns: string[];
  rows: unknown[][];
}

const MAX_CELL_WIDTH = 60;

/**
 * Wraps at spaces. A longer word (a path, a URL) is cut after its last `)` or `/` that fits, else
 * at the width: cli-table3 would truncate it.
 */
export function wrap(text: string, width: number): string {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (let word of paragraph.split(' ')) {
      if (line && line.length + 1 + word.length > width) {
        lines.push(line);
        line = '';
      }
      while (word.length > width) {
        const head = word.slice(0, width);
        const cut = Math.max(head.lastIndexOf(')'), head.lastIndexOf('/')) + 1 || width;
        lines.push(word.slice(0, cut));
        word = word.slice(cut);
      }
      line = line ? `${line} ${word}` : word;
    }
    lines.push(line);
  }
  return lines.join('\n');
}

export function renderTable({ columns, rows }: ResultSet): string {
  const cells = rows.map((row) => row.map((v) => wrap(toText(v), MAX_CELL_WIDTH)));
  const widest = (text: string) => Math.max(...text.split('\n').map((l) => l.length));
  const colWidths = columns.map((c, i) => Math.max(widest(c), ...cells.map((r) => widest(r[i] ?? ''))) + 2);
  // No colours: the output is the same in a terminal, a pipe and a README.
  const table = new Table({ head: columns, colWidths, style: { head: [], border: [] } });
  table.push(...cells);
  return `${table.toString()}\n${rows.length} ${rows.length === 1 ? 'row' : 'rows'}\n`;
}

export function renderJson({ columns, rows }: ResultSet): string {
  const objects = rows.map((row) => Object.fromEntries(columns.map((c, i) => [c, toPlain(row[i])])));
  return `${JSON.stringify(objects, null, 2)}\n`;
}

function csvCell(value: unknown): string | number | boolean | null {
  const plain = toPlain(value);
  if (plain === null || typeof plain === 'string' || typeof plain === 'number' || typeof plain === 'boolean') return plain;
  return JSON.stringify(plain);
}

export function renderCsv({ columns, rows }: ResultSet): string {
  return stringify([columns, ...rows.map((row) => row.map(csvCell))]);
}

export function render(result: ResultSet, format: Format): string {
  switch (format) {
    case 'table':
      return renderTable(result);
    case 'json':
      return renderJson(result);
    case 'csv':
      return renderCsv(result);
    default:
      return unreachable(format);
  }
}

function unreachable(value: never): never {
  throw new Error(`unhandled format ${String(value)}`);
}
