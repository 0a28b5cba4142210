// The knowledge model over the real API: kind, modality, certainty, reportedBy, places and
// amounts, as the curated seeds state them (seeds/NOTES.md §3).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { gql, query, startTestApp } from '../helpers/app.js';

let app: RunningApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.stop();
});

const REL = `query($id: ID!) {
  relationship(id: $id) {
    type kind modality certainty startDate notBefore
    reportedBy { id }
    place { id name kind country latitude longitude coordinatesSource within { id name within { id } } }
    amount { value unit qualifier }
    quantity
  }
}`;
const rel = async (id: string) => (await query(app, REL, { id })).relationship;

describe('the knowledge model', () => {
  it('gives the first Russian deployment its kind, certainty, sources, place and amount', async () => {
    const r = await rel('russia-deployed-to-niger-2024-04-10');
    expect(r).toMatchObject({ type: 'DEPLOYED_TO', kind: 'STATE', modality: 'ACTUAL', certainty: 'CONFIRMED', startDate: '2024-04-10' });
    expect(r.reportedBy.map((a: any) => a.id).sort()).toEqual(['lsi-africa', 'ria-novosti', 'rtn', 'tele-sahel']);
    expect(r.place).toMatchObject({ id: 'niamey', name: 'Niamey', kind: 'CITY', country: 'NE', within: null });
    expect(r.place.latitude).toBeCloseTo(13.515, 3);
    expect(r.place.longitude).toBeCloseTo(2.118, 3);
    expect(r.place.coordinatesSource).toContain('Wikidata');
    expect(r.amount).toEqual({ value: 100, unit: 'instructors', qualifier: 'EXACT' });
    expect(r.quantity).toBe(100);
  });

  it('keeps an agreement apart from a deed, and a claim apart from a confirmed fact', async () => {
    const withdrawal = await rel('united-states-withdrew-from-niger-2024-04');
    expect(withdrawal).toMatchObject({ kind: 'EVENT', modality: 'AGREED', certainty: 'CONFIRMED', reportedBy: [] });
    expect(withdrawal.amount).toEqual({ value: 1000, unit: 'soldiers', qualifier: 'ABOUT' });
    const nato = await rel('nato-deployed-to-niger-2024-04');
    expect(nato).toMatchObject({ modality: 'ACTUAL', certainty: 'CLAIMED', reportedBy: [{ id: 'ria-novosti' }], amount: null, quantity: null });
    const austin = await rel('russia-deployed-to-niger-niamey-air-base');
    expect(austin).toMatchObject({ certainty: 'HINTED', startDate: null, notBefore: '2024-05-02', reportedBy: [{ id: 'lloyd-austin' }] });
    expect(austin.place).toMatchObject({ id: 'niamey-air-base', kind: 'MILITARY_BASE', within: { id: 'niamey', name: 'Niamey', within: null } });
  });

  it('lets the data override a type\'s default kind', async () => {
    expect((await rel('united-states-pressed-niger-2024-03')).kind).toBe('STATE');
    expect((await rel('niger-junta-rejected-united-states-2024-03')).kind).toBe('EVENT');
  });

  it('puts the amount of the 4 May flights on the delivery, not on the deployment', async () => {
    expect((await rel('russia-supplied-niger-2024-05-04')).amount).toEqual({ value: 2, unit: 'cargo flights', qualifier: 'EXACT' });
    expect((await rel('russia-deployed-to-niger-2024-05-04')).amount).toBeNull();
  });

  it('marks quantity deprecated in favour of amount', async () => {
    const res = await gql(app, '{ __type(name: "Relationship") { fields(includeDeprecated: true) { name isDeprecated deprecationReason } } }');
    const quantity = res.data?.__type.fields.find((f: any) => f.name === 'quantity');
    expect(quantity).toMatchObject({ isDeprecated: true });
    expect(quantity.deprecationReason).toContain('amount');
  });
});

describe('places and relationship types', () => {
  it('lists every place by name, each with its coordinates and the place it lies in', async () => {
    const data = await query(app, '{ places { id name kind country within { id } } }');
    expect(data.places.map((p: any) => p.id)).toEqual([
      'agadez',
      'seyni-kountche-stadium',
      'national-assembly-niamey',
      'niamey',
      'niamey-airport',
      'niamey-air-base',
    ]);
    expect(data.places.find((p: any) => p.id === 'niamey-airport')).toMatchObject({ kind: 'AIRPORT', country: 'NE', within: { id: 'niamey' } });
    expect(data.places.find((p: any) => p.id === 'agadez').within).toBeNull();
  });

  it('answers one place by id, and null for an unknown one', async () => {
    const data = await query(app, '{ stadium: place(id: "seyni-kountche-stadium") { name kind within { name } } none: place(id: "timbuktu") { id } }');
    expect(data).toEqual({ stadium: { name: 'General Seyni Kountché Stadium', kind: 'VENUE', within: { name: 'Niamey' } }, none: null });
  });

  it('filters relationships by place, counting the places within it', async () => {
    const at = async (placeId: string) =>
      (await query(app, 'query($p: ID) { relationships(first: 100, filter: { placeId: $p }) { totalCount edges { node { id place { id } } } } }', { p: placeId }))
        .relationships;
    const agadez = await at('agadez');
    expect(agadez.edges.map((e: any) => e.node.id).sort()).toEqual(['nato-deployed-to-niger-agadez-2024-04', 'united-states-deployed-to-niger-agadez']);
    const stadium = await at('seyni-kountche-stadium');
    expect(stadium.edges.map((e: any) => e.node.id).sort()).toEqual([
      'cnsp-supporters-rallied-for-niger-junta-2023-08-26',
      'cnsp-supporters-rallied-for-russia-2023-08-26',
    ]);
    const niamey = await at('niamey');
    const places = new Set(niamey.edges.map((e: any) => e.node.place.id));
    expect([...places].sort()).toEqual(['national-assembly-niamey', 'niamey', 'niamey-air-base', 'niamey-airport', 'seyni-kountche-stadium']);
    expect(niamey.totalCount).toBe(niamey.edges.length);
    expect(niamey.edges.map((e: any) => e.node.id)).toEqual(expect.arrayContaining(stadium.edges.map((e: any) => e.node.id)));
    expect((await at('timbuktu')).totalCount).toBe(0);
  });

  it('describes every relationship type: label, default kind, family, CAMEO code', async () => {
    const data = await query(app, '{ relationshipTypes { type label kind family cameo description } }');
    const enumValues = (await query(app, '{ __type(name: "RelationshipType") { enumValues { name } } }')).__type.enumValues.map((v: any) => v.name);
    expect(data.relationshipTypes.map((t: any) => t.type)).toEqual(enumValues);
    expect(data.relationshipTypes.find((t: any) => t.type === 'SPOKE_WITH')).toMatchObject({ kind: 'EVENT', cameo: '040', family: 'COOPERATION' });
    expect(data.relationshipTypes.find((t: any) => t.type === 'DEPLOYED_TO')).toMatchObject({ kind: 'STATE', cameo: null });
    expect(data.relationshipTypes.every((t: any) => t.label.length > 0 && t.description.length > 0)).toBe(true);
  });
});
