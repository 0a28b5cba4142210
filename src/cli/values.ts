// Neo4j values for people and for programs. `toText` reads like Cypher (nodes as
// `(:Label {key: value})`, relationships as `[:TYPE {…}]`, paths as chains of ids), for tables;
// `toPlain` is plain JSON data, for json and csv. Dates, times, durations and points print as
// their ISO text. Parameters go the other way: `toNeo4jParam`.
import neo4j, { isDuration, isNode, isPath, isRelationship, type Duration, type Node, type Path, type Relationship } from 'neo4j-driver';

type Props = Record<string, unknown>;

function isMap(value: object): value is Props {
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** ISO 8601 as Cypher prints it (P1Y2M3DT4H5M6.5S); the driver's own toString gives "P1DT" for one day. */
function durationText(d: Duration): string {
  const months = Number(d.months);
  const seconds = Number(d.seconds);
  const nanos = Number(d.nanoseconds);
  const fraction = nanos ? `.${String(nanos).padStart(9, '0').replace(/0+$/, '')}` : '';
  const part = (n: number, unit: string) => (n ? `${n}${unit}` : '');
  const date = part(Math.trunc(months / 12), 'Y') + part(months % 12, 'M') + part(Number(d.days), 'D');
  const time =
    part(Math.trunc(seconds / 3600), 'H') +
    part(Math.trunc((seconds % 3600) / 60), 'M') +
    (seconds % 60 || fraction ? `${seconds % 60}${fraction}S` : '');
  return date || time ? `P${date}${time ? `T${time}` : ''}` : 'PT0S';
}

export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value !== 'object') return value;
  if (isNode(value)) return { elementId: value.elementId, labels: value.labels, properties: toPlain(value.properties) };
  if (isRelationship(value)) {
    const { elementId, type, startNodeElementId, endNodeElementId } = value;
    return { elementId, type, startNodeElementId, endNodeElementId, properties: toPlain(value.properties) };
  }
  if (isPath(value)) {
    return {
      nodes: [value.start, ...value.segments.map((s) => s.end)].map(toPlain),
      relationships: value.segments.map((s) => toPlain(s.relationship)),
    };
  }
  if (isMap(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toPlain(v)]));
  return isDuration(value) ? durationText(value) : String(value);
}

const KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;
const mapText = (props: Props) =>
  `{${Object.entries(props)
    .map(([k, v]) => `${KEY.test(k) ? k : `\`${k}\``}: ${toText(v, true)}`)
    .join(', ')}}`;
const withProps = (head: string, props: Props) => (Object.keys(props).length ? `${head} ${mapText(props)}` : head);

const nodeText = (n: Node) => `(${withProps(n.labels.map((l) => `:${l}`).join(''), n.properties)})`;
const relationshipText = (r: Relationship) => `[${withProps(`:${r.type}`, r.properties)}]`;

// A path is read for its route, so its nodes show their `id` (every actor and article has one).
function pathText(p: Path): string {
  const name = (n: Node) => (typeof n.properties.id === 'string' ? `(${n.properties.id})` : nodeText(n));
  return p.segments.reduce((text, s) => {
    const forward = s.relationship.startNodeElementId === s.start.elementId;
    const rel = `[:${s.relationship.type}]`;
    return `${text}${forward ? `-${rel}->` : `<-${rel}-`}${name(s.end)}`;
  }, name(p.start));
}

/** Readable text of a value; `nested` strings are quoted, as inside a list or map. */
export function toText(value: unknown, nested = false): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return nested ? JSON.stringify(value) : value;
  if (Array.isArray(value)) return `[${value.map((v) => toText(v, true)).join(', ')}]`;
  if (typeof value !== 'object') return String(value);
  if (isNode(value)) return nodeText(value);
  if (isRelationship(value)) return relationshipText(value);
  if (isPath(value)) return pathText(value);
  if (isMap(value)) return mapText(value);
  return isDuration(value) ? durationText(value) : String(value);
}

/**
 * A CLI parameter as the driver should send it. JavaScript numbers travel as Cypher floats, which
 * `LIMIT $n` or `range(0, $n)` refuse, so whole numbers are sent as integers.
 */
export function toNeo4jParam(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toNeo4jParam);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toNeo4jParam(v)]));
  }
  return value;
}
