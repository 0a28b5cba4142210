// Writing the knowledge model: createRelationship, upsertRelationship and importGraph take kind,
// modality, certainty, reportedByIds, placeId, notBefore and amount, validated before anything
// is written (BAD_USER_INPUT naming the field), and the deprecated quantity still works.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { auth, gql, query, startTestApp } from '../helpers/app.js';

let app: RunningApp;
const ARTICLE = 'russian-instructors-equipment-arrive-niger-april-2024';
const QUOTE = 'Niger received Russian military instructors and equipment this week';
const cleanUp = () => app.db.write("MATCH ()-[r]->() WHERE r.id STARTS WITH 'test-km-' DELETE r");

beforeAll(async () => {
  app = await startTestApp();
  await cleanUp();
});
afterAll(async () => {
  await cleanUp();
  await app?.stop();
});

const FIELDS = `id type kind modality certainty startDate notBefore reportedBy { id } place { id }
  amount { value unit qualifier } quantity`;
const CREATE = `mutation($input: RelationshipInput!) { createRelationship(input: $input) { ${FIELDS} } }`;
const IMPORT = 'mutation($input: GraphImportInput!) { importGraph(input: $input) { actors relationships } }';
const input = (extra: Record<string, unknown> = {}) => ({
  type: 'DEPLOYED_TO',
  sourceId: 'russia',
  targetId: 'niger',
  evidence: [{ articleId: ARTICLE, quote: QUOTE }],
  ...extra,
});
const exists = async (id: string) => (await query(app, 'query($id: ID!) { relationship(id: $id) { id } }', { id })).relationship !== null;

/** The request fails with BAD_USER_INPUT whose message names `field`, and writes nothing. */
async function refused(variables: Record<string, unknown>, field: string, statement = CREATE): Promise<void> {
  const before = await app.db.read('MATCH ()-[r]->() RETURN count(r) AS n');
  const res = await gql(app, statement, variables, auth);
  expect(res.errors?.[0]?.extensions.code, JSON.stringify(res.errors)).toBe('BAD_USER_INPUT');
  expect(res.errors?.[0]?.message).toContain(field);
  expect(res.data?.createRelationship ?? res.data?.importGraph ?? null).toBeNull();
  expect(await app.db.read('MATCH ()-[r]->() RETURN count(r) AS n')).toEqual(before);
}

describe('writing the knowledge model', () => {
  it('creates a relationship with every new field, and time travel reads them', async () => {
    const res = await gql(
      app,
      CREATE,
      {
        input: input({
          id: 'test-km-full',
          kind: 'EVENT',
          modality: 'INTENDED',
          certainty: 'CLAIMED',
          reportedByIds: ['ria-novosti', 'rtn'],
          placeId: 'agadez',
          notBefore: '2024-06',
          amount: { value: 250, unit: 'instructors', qualifier: 'ABOUT' },
        }),
      },
      auth,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.createRelationship).toEqual({
      id: 'test-km-full',
      type: 'DEPLOYED_TO',
      kind: 'EVENT',
      modality: 'INTENDED',
      certainty: 'CLAIMED',
      startDate: null,
      notBefore: '2024-06',
      reportedBy: [{ id: 'ria-novosti' }, { id: 'rtn' }],
      place: { id: 'agadez' },
      amount: { value: 250, unit: 'instructors', qualifier: 'ABOUT' },
      quantity: 250,
    });
    const at = async (asOf: string, includeUncertain: boolean) =>
      (
        await query(app, 'query($a: Date, $u: Boolean) { relationships(filter: { placeId: "agadez", asOf: $a, includeUncertain: $u }) { edges { node { id standing } } } }', {
          a: asOf,
          u: includeUncertain,
        })
      ).relationships.edges.find((e: any) => e.node.id === 'test-km-full')?.node.standing ?? null;
    expect(await at('2024-06-15', false)).toBeNull();
    expect(await at('2024-06-15', true)).toBe('UNCERTAIN');
    expect(await at('2024-07-01', false)).toBe('HAPPENED');
  });

  it('defaults: the type\'s kind, ACTUAL, REPORTED, no sources, no place', async () => {
    const res = await gql(app, CREATE, { input: input({ id: 'test-km-defaults', startDate: '2024-06-01' }) }, auth);
    expect(res.data?.createRelationship).toMatchObject({ kind: 'STATE', modality: 'ACTUAL', certainty: 'REPORTED', reportedBy: [], place: null, amount: null });
  });

  it('keeps the deprecated quantity working, as an amount of unspecified unit', async () => {
    const res = await gql(app, CREATE, { input: input({ id: 'test-km-quantity', startDate: '2024-06-02', quantity: 40 }) }, auth);
    expect(res.data?.createRelationship).toMatchObject({ quantity: 40, amount: { value: 40, unit: 'unspecified', qualifier: null } });
  });

  it('refuses an amount without a unit, or with an empty one, or not positive', async () => {
    await refused({ input: input({ id: 'test-km-no-unit', amount: { value: 5 } }) }, 'unit');
    await refused({ input: input({ id: 'test-km-empty-unit', amount: { value: 5, unit: '' } }) }, 'unit');
    await refused({ input: input({ id: 'test-km-zero', amount: { value: 0, unit: 'soldiers' } }) }, 'value');
    await refused({ input: input({ id: 'test-km-both', amount: { value: 5, unit: 'soldiers' }, quantity: 5 }) }, 'quantity');
  });

  it('refuses a bound that is not a date, or a lower bound beside a known start, or after the end', async () => {
    await refused({ input: input({ id: 'test-km-bad-bound', notBefore: '2024-13' }) }, 'notBefore');
    await refused({ input: input({ id: 'test-km-two-starts', startDate: '2024-01', notBefore: '2023' }) }, 'notBefore');
    await refused({ input: input({ id: 'test-km-end-first', notBefore: '2024-05', endDate: '2024-01' }) }, 'notBefore');
  });

  it('refuses an unknown place or source actor, naming the field', async () => {
    await refused({ input: input({ id: 'test-km-atlantis', placeId: 'atlantis' }) }, 'place');
    await refused({ input: input({ id: 'test-km-nobody', reportedByIds: ['nobody-at-all'] }) }, 'reportedByIds');
    expect(await exists('test-km-atlantis')).toBe(false);
  });

  it('importGraph: a bad row anywhere writes none of the batch', async () => {
    const rows = [
      input({ id: 'test-km-import-1', startDate: '2024-06-03', placeId: 'niamey' }),
      input({ id: 'test-km-import-2', startDate: '2024-06-04', placeId: 'atlantis' }),
    ];
    await refused({ input: { relationships: rows } }, 'relationships[1]', IMPORT);
    expect(await exists('test-km-import-1')).toBe(false);
    const ok = await gql(app, IMPORT, { input: { relationships: [rows[0]] } }, auth);
    expect(ok.data?.importGraph).toEqual({ actors: 0, relationships: 1 });
    const back = await query(app, '{ relationship(id: "test-km-import-1") { place { name } certainty } }');
    expect(back.relationship).toEqual({ place: { name: 'Niamey' }, certainty: 'REPORTED' });
  });
});
