// Cypher injection: hostile strings in every string argument and input field. Values only ever
// travel as parameters, so the graph must be exactly as before (queries) or hold exactly the
// intended write with the payload stored verbatim (mutations).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { auth, gql, startTestApp } from '../helpers/app.js';
import { resetToSeeds } from '../helpers/seed-reset.js';

const PAYLOADS = [
  "niger' }) MATCH (n) DETACH DELETE n //",
  'niger" }) MATCH (n) DETACH DELETE n //',
  'niger`) MATCH (n) DETACH DELETE n //',
  'niger\\u0060) MATCH (n) DETACH DELETE n //',
  '*/ MATCH (n) SET n.pwned = true /*',
  "x'}) WITH 1 AS x MATCH (n) SET n.pwned = true RETURN 1 //",
  "\\' MATCH (n) SET n.pwned = true //",
  "' OR 1=1 --",
  '$(x)',
  '${ids}',
  "CALL dbms.killQueries(['1']) //",
  "'; LOAD CSV FROM 'http://127.0.0.1:1/x.csv' AS l CREATE (:Pwned) //",
  '\u0000\u202e\ud83d\udca5 ünïcödé',
  '") RETURN 1 UNION MATCH (n) DETACH DELETE n RETURN 1 //',
];

let app: RunningApp;
const FINGERPRINT = `
MATCH (n) WITH count(n) AS nodes, count(n.pwned) AS pwned
MATCH ()-[r]->() RETURN nodes, pwned, count(r) AS rels, COUNT { MATCH (:Pwned) } AS pwnedNodes`;
interface Fingerprint {
  nodes: number;
  pwned: number;
  rels: number;
  pwnedNodes: number;
}
const fingerprint = async () => (await app.db.read<Fingerprint>(FINGERPRINT))[0] as Fingerprint;

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await resetToSeeds(app);
  await app?.stop();
});

const QUERIES: [string, (p: string) => Record<string, unknown>][] = [
  ['query($v: ID!) { actor(id: $v) { id } }', (v) => ({ v })],
  ['query($v: String!) { search(text: $v) { id } }', (v) => ({ v })],
  ['query($v: String) { actors(filter: { text: $v }) { totalCount } }', (v) => ({ v })],
  ['query($v: String) { actors(after: $v) { totalCount } }', (v) => ({ v })],
  ['query($v: ID) { relationships(filter: { actorId: $v, otherActorId: $v, articleId: $v }) { totalCount } }', (v) => ({ v })],
  ['query($v: String) { relationships(after: $v) { totalCount } }', (v) => ({ v })],
  ['query($v: ID!) { relationshipGraph(actorId: $v) { truncated } }', (v) => ({ v })],
  ['query($v: ID!) { shortestPath(fromId: $v, toId: "niger") { length } }', (v) => ({ v })],
  ['query($v: ID!) { shortestPath(fromId: "niger", toId: $v) { length } }', (v) => ({ v })],
  ['query($v: ID) { timeline(actorId: $v) { id } }', (v) => ({ v })],
  ['query($v: ID!) { article(id: $v) { id } relationship(id: $v) { id } }', (v) => ({ v })],
  ['mutation($v: ID!) { deleteActor(id: $v, detach: true) }', (v) => ({ v })],
  ['mutation($v: ID!) { deleteRelationship(id: $v) }', (v) => ({ v })],
];

describe('hostile strings in arguments', () => {
  it('leave the graph unchanged and run nothing but the intended statement', async () => {
    const before = await fingerprint();
    for (const [text, vars] of QUERIES) {
      for (const payload of PAYLOADS) {
        const res = await gql(app, text, vars(payload), auth);
        expect(res.status, `${text} ${payload}`).toBeLessThan(500);
        for (const e of res.errors ?? []) expect(e.extensions.code, `${text} ${payload}`).not.toBe('INTERNAL_SERVER_ERROR');
      }
    }
    expect(await fingerprint()).toEqual(before);
    expect(before).toMatchObject({ pwned: 0, pwnedNodes: 0 });
  });
});

describe('hostile strings in input fields', () => {
  it('are stored verbatim by the intended write and nothing else', async () => {
    const before = await fingerprint();
    for (const [i, payload] of PAYLOADS.entries()) {
      const id = `test-inject-${i}`;
      const actor = await gql(
        app,
        'mutation($i: ActorInput!) { upsertActor(input: $i) { id name aliases description } }',
        { i: { id, name: payload.slice(0, 200), kind: 'GROUP', aliases: [payload.slice(0, 200)], description: payload } },
        auth,
      );
      expect(actor.errors, payload).toBeUndefined();
      expect(actor.data?.upsertActor).toEqual({ id, name: payload.slice(0, 200), aliases: [payload.slice(0, 200)], description: payload });
      const rel = await gql(
        app,
        'mutation($i: RelationshipInput!) { upsertRelationship(input: $i) { id description dateBasis evidence { quote } } }',
        {
          i: {
            type: 'OPPOSED',
            sourceId: id,
            targetId: 'niger',
            description: payload,
            dateBasis: payload,
            evidence: [{ articleId: 'russia-reinforcements-niger-may-2024', quote: payload }],
          },
        },
        auth,
      );
      expect(rel.errors, payload).toBeUndefined();
      expect(rel.data?.upsertRelationship).toMatchObject({ description: payload, dateBasis: payload, evidence: [{ quote: payload }] });
      // Ids and names outside the slug rules are refused before any Cypher runs.
      const badId = await gql(app, 'mutation($i: ActorInput!) { upsertActor(input: $i) { id } }', { i: { id: payload, name: 'x', kind: 'GROUP' } }, auth);
      expect(badId.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    }
    const after = await fingerprint();
    expect(after).toEqual({ ...before, nodes: before.nodes + PAYLOADS.length, rels: before.rels + PAYLOADS.length });
  });
});
