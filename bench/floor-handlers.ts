// The floor's answers: for each benchmark query, the calls the GraphQL resolvers and their
// loaders make for the benchmark's selection, in the same order, through the same graph services
// (so the same Cypher), shaped into the same JSON as the GraphQL response's `data`.
import type { ArticleRecord } from '../src/graph/model.js';
import type { Services } from '../src/graph/services.js';
import type { QueryName, Vars } from './queries.js';

type Handler = (services: Services, vars: Vars) => Promise<unknown>;

const str = (vars: Vars, key: string) => {
  const value = vars[key];
  if (typeof value !== 'string') throw new Error(`missing variable ${key}`);
  return value;
};

// Each handler makes the calls the resolvers make for the benchmark's selection, in order.
export const HANDLERS: Record<QueryName, Handler> = {
  async actor(services, vars) {
    const id = str(vars, 'id');
    // actor(id) → Actor.relationships → Evidence.article: three levels, three statements.
    const actor = (await services.actors.byIds([id])).get(id);
    if (!actor) return { actor: null };
    const rows = await services.relationships.ofActors([id], 'BOTH', {});
    const articleIds = [...new Set(rows.flatMap((r) => r.rel.evidence.map((e) => e.articleId)))];
    const articles = articleIds.length > 0 ? await services.articles.byIds(articleIds) : new Map<string, ArticleRecord>();
    const end = (endId: string, other: { id: string; name: string }) =>
      endId === actor.id ? { id: actor.id, name: actor.name } : { id: other.id, name: other.name };
    return {
      actor: {
        id: actor.id,
        name: actor.name,
        kind: actor.kind,
        relationships: rows.map(({ rel, other }) => ({
          id: rel.id,
          type: rel.type,
          startDate: rel.startDate,
          endDate: rel.endDate,
          source: end(rel.sourceId, other),
          target: end(rel.targetId, other),
          evidence: rel.evidence.map((e) => {
            const article = articles.get(e.articleId);
            if (!article) throw new Error(`Evidence cites missing article ${e.articleId}`);
            return { quote: e.quote, article: { id: article.id, title: article.title } };
          }),
        })),
      },
    };
  },
  async graph(services, vars) {
    const g = await services.traversal.neighbourhood(str(vars, 'id'), 2, { types: null, asOf: null }, 200);
    return {
      relationshipGraph: {
        rootId: g.rootId,
        truncated: g.truncated,
        nodes: g.nodes.map(({ id, name, kind, distance }) => ({ id, name, kind, distance })),
        edges: g.edges.map(({ id, type, source, target, startDate, endDate }) => ({ id, type, source, target, startDate, endDate })),
      },
    };
  },
  async path(services, vars) {
    const p = await services.traversal.shortestPath(str(vars, 'from'), str(vars, 'to'), { types: null, asOf: null }, 6);
    return {
      shortestPath: p && {
        length: p.length,
        nodes: p.nodes.map(({ id, name }) => ({ id, name })),
        relationships: p.relationships.map((r) => ({ id: r.id, type: r.type, source: { id: r.sourceId }, target: { id: r.targetId } })),
      },
    };
  },
  async timeline(services, vars) {
    const rows = await services.relationships.timeline(str(vars, 'id'), null, null, 200);
    return {
      timeline: rows.map(({ rel, source, target }) => ({
        id: rel.id,
        type: rel.type,
        startDate: rel.startDate,
        endDate: rel.endDate,
        source: { id: source?.id, name: source?.name },
        target: { id: target?.id, name: target?.name },
      })),
    };
  },
  async search(services, vars) {
    const actors = await services.actors.search(str(vars, 'text'), 10);
    return { search: actors.map(({ id, name, kind }) => ({ id, name, kind })) };
  },
};
