// The pure parts of `npm run cypher`: arguments, parameter values, how Neo4j values print, the
// three output formats, and the library headers.
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { parseArgs, parseParamValue, UsageError } from '../../src/cli/args.js';
import { queryParams, readHeader } from '../../src/cli/library.js';
import { renderCsv, renderJson, renderTable, wrap } from '../../src/cli/output.js';
import { toNeo4jParam, toPlain, toText } from '../../src/cli/values.js';

const { Node, Relationship, Path, PathSegment, Date: Neo4jDate, Duration } = neo4j.types;

const russia = new Node(1, ['Actor', 'State'], { id: 'russia', name: 'Russia' }, 'e1');
const niger = new Node(2, ['Actor', 'State'], { id: 'niger', name: 'Niger' }, 'e2');
const junta = new Node(3, ['Actor', 'MilitaryGovernment'], { id: 'niger-junta' }, 'e3');
const deployed = new Relationship(10, 1, 2, 'DEPLOYED_TO', { quantity: 100, startDate: '2024-04-10' }, 'r10', 'e1', 'e2');
const governs = new Relationship(11, 3, 2, 'GOVERNS', {}, 'r11', 'e3', 'e2');
// russia -[DEPLOYED_TO]-> niger <-[GOVERNS]- niger-junta: segments are in path order.
const path = new Path(russia, junta, [new PathSegment(russia, deployed, niger), new PathSegment(niger, governs, junta)]);

describe('parseArgs', () => {
  it('reads a query, repeated params, the format and --write', () => {
    expect(parseArgs(['who-deployed-to-niger', '--param', 'targetId=mali', '--param=limit=5', '--format', 'json', '--write'])).toEqual({
      kind: 'run',
      source: 'who-deployed-to-niger',
      params: { targetId: 'mali', limit: 5 },
      format: 'json',
      write: true,
    });
  });

  it('defaults to a read-only table', () => {
    expect(parseArgs(['RETURN 1'])).toEqual({ kind: 'run', source: 'RETURN 1', params: {}, format: 'table', write: false });
  });

  it('knows --list and --help', () => {
    expect(parseArgs(['--list'])).toEqual({ kind: 'list' });
    expect(parseArgs(['--help'])).toEqual({ kind: 'help' });
  });

  it('keeps everything after the first = in a value', () => {
    expect(parseArgs(['q', '--param', 'text=a=b'])).toMatchObject({ params: { text: 'a=b' } });
  });

  it.each([
    [[], /no query/],
    [['q', '--format', 'xml'], /--format must be one of table, json, csv/],
    [['q', '--param'], /--param needs a value/],
    [['q', '--param', 'no-equals'], /name=value/],
    [['q', '--param', '1x=2'], /name=value/],
    [['q', '--verbose'], /unknown option --verbose/],
    [['q', 'r'], /one file or one query/],
    [['q', '--list'], /--list takes no query/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
    expect(() => parseArgs(argv)).toThrow(message);
  });
});

describe('parameter values', () => {
  it('are JSON when they parse as JSON, else strings', () => {
    expect(parseParamValue('5')).toBe(5);
    expect(parseParamValue('1.5')).toBe(1.5);
    expect(parseParamValue('null')).toBeNull();
    expect(parseParamValue('true')).toBe(true);
    expect(parseParamValue('["a", 1]')).toEqual(['a', 1]);
    expect(parseParamValue('"2024"')).toBe('2024');
    expect(parseParamValue('russia')).toBe('russia');
    expect(parseParamValue('2024-05')).toBe('2024-05');
    expect(parseParamValue('')).toBe('');
  });

  it('send whole numbers as integers, also inside lists and maps', () => {
    const sent = toNeo4jParam({ n: 5, f: 1.5, xs: [1, 'a'], s: 's', z: null }) as Record<string, unknown>;
    expect(neo4j.isInt(sent.n)).toBe(true);
    expect(sent.f).toBe(1.5);
    expect(neo4j.isInt((sent.xs as unknown[])[0])).toBe(true);
    expect((sent.xs as unknown[])[1]).toBe('a');
    expect(sent.s).toBe('s');
    expect(sent.z).toBeNull();
  });
});

describe('Neo4j values as text', () => {
  it('prints nodes, relationships and paths as Cypher reads them', () => {
    expect(toText(russia)).toBe('(:Actor:State {id: "russia", name: "Russia"})');
    expect(toText(deployed)).toBe('[:DEPLOYED_TO {quantity: 100, startDate: "2024-04-10"}]');
    expect(toText(path)).toBe('(russia)-[:DEPLOYED_TO]->(niger)<-[:GOVERNS]-(niger-junta)');
  });

  it('prints dates, durations, lists, maps and nulls', () => {
    expect(toText(new Neo4jDate(2024, 4, 10))).toBe('2024-04-10');
    expect(toText(new Duration(0, 1, 0, 0))).toBe('P1D');
    expect(toText(new Duration(14, 3, 3600 * 25 + 61 * 60 + 6, 250_000_000))).toBe('P1Y2M3DT26H1M6.25S');
    expect(toText(new Duration(0, 0, 0, 0))).toBe('PT0S');
    expect(toText(['a', 1, null])).toBe('["a", 1, null]');
    expect(toText({ a: 'x', 'two words': [true] })).toBe('{a: "x", `two words`: [true]}');
    expect(toText(null)).toBe('null');
    expect(toText('plain')).toBe('plain');
  });
});

describe('Neo4j values as data', () => {
  it('turns graph values into plain JSON', () => {
    expect(toPlain(russia)).toEqual({ elementId: 'e1', labels: ['Actor', 'State'], properties: { id: 'russia', name: 'Russia' } });
    expect(toPlain(path)).toMatchObject({
      nodes: [{ properties: { id: 'russia' } }, { properties: { id: 'niger' } }, { properties: { id: 'niger-junta' } }],
      relationships: [{ type: 'DEPLOYED_TO', startNodeElementId: 'e1' }, { type: 'GOVERNS', startNodeElementId: 'e3' }],
    });
    expect(toPlain({ d: new Neo4jDate(2024, 4, 10), xs: [new Duration(0, 1, 0, 0)] })).toEqual({ d: '2024-04-10', xs: ['P1D'] });
  });
});

describe('output formats', () => {
  const result = { columns: ['actor', 'quantity', 'day', 'tags'], rows: [['russia', 100, new Neo4jDate(2024, 4, 10), ['a', 'b']], ['niger', null, null, []]] };

  it('table: a row per record and a count', () => {
    const text = renderTable(result);
    expect(text).toContain('│ russia │ 100      │ 2024-04-10 │ ["a", "b"] │');
    expect(text).toContain('│ niger  │ null     │ null       │ []         │');
    expect(text.trimEnd().endsWith('2 rows')).toBe(true);
  });

  it('table: long cells wrap instead of being cut off', () => {
    const quote = 'The equipment, along with 100 Russian military instructors, arrived in Niamey on Wednesday, state television said.';
    const text = renderTable({ columns: ['quote'], rows: [[quote]] });
    const words = text.replace(/[│┌┐└┘├┤─┬┴┼\s]+/g, ' ').trim();
    expect(words).toContain(quote);
    expect(Math.max(...text.split('\n').map((l) => l.length))).toBeLessThanOrEqual(64);
  });

  it('json: the rows as objects', () => {
    expect(JSON.parse(renderJson(result))).toEqual([
      { actor: 'russia', quantity: 100, day: '2024-04-10', tags: ['a', 'b'] },
      { actor: 'niger', quantity: null, day: null, tags: [] },
    ]);
  });

  it('csv: a header, empty cells for null, JSON for lists', () => {
    expect(renderCsv(result)).toBe('actor,quantity,day,tags\nrussia,100,2024-04-10,"[""a"",""b""]"\nniger,,,[]\n');
  });

  it('wrap cuts long words after a closing bracket when it can', () => {
    expect(wrap('aaa bbb ccc', 7)).toBe('aaa bbb\nccc');
    expect(wrap('(africa-corps)-[:REPORTED_ON]->(russia)', 20)).toBe('(africa-corps)\n-[:REPORTED_ON]->(ru\nssia)');
    expect(wrap('abcdefghij', 4)).toBe('abcd\nefgh\nij');
  });
});

describe('library headers', () => {
  it('read the question and the declared parameters with their Browser values', () => {
    const header = readHeader(`// Who deployed to Niger?
//
// Parameters:
//   :param targetId => "niger"
//   :param types => ["A", "B"]
//   :param asOf => null
MATCH (n) RETURN n; // :param notAHeader => 1`);
    expect(header).toEqual({ purpose: 'Who deployed to Niger?', params: { targetId: 'niger', types: ['A', 'B'], asOf: null } });
  });
});

describe('queryParams', () => {
  it('sends declared parameters as null unless given, and names the undeclared ones', () => {
    const { params, undeclared } = queryParams({ targetId: 'niger', asOf: null }, { asOf: '2024-05', tagretId: 'mali' });
    expect(params).toEqual({ targetId: null, asOf: '2024-05', tagretId: 'mali' });
    expect(undeclared).toEqual(['tagretId']);
  });

  it('passes everything through for a query that declares nothing', () => {
    expect(queryParams({}, { rows: [] })).toEqual({ params: { rows: [] }, undeclared: [] });
  });
});
