// asOf everywhere follows DESIGN §3: a relationship holds at D when start <= D < end, partial
// dates standing for their earliest day.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { query, startTestApp } from '../helpers/app.js';

let app: RunningApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.stop();
});

const AS_OF = `query($asOf: Date) {
  niger: actor(id: "niger") { neighbors(asOf: $asOf) { id } relationships(asOf: $asOf) { type source { id } target { id } } }
  junta: actor(id: "niger-junta") { relationships(asOf: $asOf) { type source { id } target { id } } }
  russia: actor(id: "russia") { relationships(asOf: $asOf, direction: OUT, types: [DEPLOYED_TO]) { target { id } startDate } }
}`;

const pairs = (rels: any[]) => rels.map((r) => `${r.source.id} ${r.type} ${r.target.id}`);

describe('time travel', () => {
  it('mid-2022: Niger with its Western partners, no junta alliance with Russia, no Russian deployment', async () => {
    const data = await query(app, AS_OF, { asOf: '2022-06' });
    const niger = pairs(data.niger.relationships);
    expect(niger).toEqual(expect.arrayContaining(['niger ALLIED_WITH united-states', 'niger ALLIED_WITH france', 'france DEPLOYED_TO niger']));
    expect(data.niger.neighbors.map((n: any) => n.id)).toEqual(expect.arrayContaining(['united-states', 'france']));
    expect(niger).not.toContain('niger-junta GOVERNS niger');
    expect(pairs(data.junta.relationships).filter((p) => p.includes('russia'))).toEqual([]);
    expect(data.russia.relationships).toEqual([]);
  });

  it('May 2024: the junta allied with Russia, Russian deployments, France gone', async () => {
    const data = await query(app, AS_OF, { asOf: '2024-05-05' });
    expect(pairs(data.junta.relationships)).toEqual(expect.arrayContaining(['niger-junta ALLIED_WITH russia', 'niger-junta GOVERNS niger']));
    expect(data.russia.relationships.map((r: any) => r.target.id)).toContain('niger');
    expect(data.russia.relationships.map((r: any) => r.startDate)).toEqual(expect.arrayContaining(['2024-04-10', '2024-05-04']));
    const niger = pairs(data.niger.relationships);
    expect(niger).not.toContain('niger ALLIED_WITH france');
    expect(niger).not.toContain('france DEPLOYED_TO niger');
    expect(niger).not.toContain('niger ALLIED_WITH united-states');
  });

  it('compares partial dates by their earliest day', async () => {
    // The first Russian instructors arrived on 2024-04-10: not yet on 2024-04-09, nor as of
    // "2024-04" (its earliest day, the 1st), but there on the 10th.
    const dates = async (asOf: string) =>
      (await query(app, AS_OF, { asOf })).russia.relationships.map((r: any) => r.startDate) as string[];
    expect(await dates('2024-04-09')).not.toContain('2024-04-10');
    expect(await dates('2024-04')).not.toContain('2024-04-10');
    expect(await dates('2024-04-10')).toContain('2024-04-10');
  });

  it('applies to the graph and to paths too', async () => {
    const graph2022 = await query(app, '{ relationshipGraph(actorId: "niger-junta", asOf: "2022-06") { nodes { id } edges { type } } }');
    expect(graph2022.relationshipGraph.nodes.map((n: any) => n.id)).not.toContain('russia');
    const graph2024 = await query(app, '{ relationshipGraph(actorId: "niger-junta", asOf: "2024-05") { nodes { id } } }');
    expect(graph2024.relationshipGraph.nodes.map((n: any) => n.id)).toContain('russia');
    const path = await query(
      app,
      '{ before: shortestPath(fromId: "niger-junta", toId: "russia", maxLength: 1, asOf: "2022-06") { length } after: shortestPath(fromId: "niger-junta", toId: "russia", maxLength: 1, asOf: "2024-05") { length } }',
    );
    expect(path).toEqual({ before: null, after: { length: 1 } });
  });
});
