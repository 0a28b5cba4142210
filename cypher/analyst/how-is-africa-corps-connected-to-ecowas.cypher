// How is the Africa Corps connected to ECOWAS?
//
// Every shortest path between two actors, following relationships in either direction, up to
// six hops. In Neo4j Browser the `path` column draws as a graph.
//
// Parameters (CLI: --param fromId=russia --param toId=france; Neo4j Browser: run these first):
//   :param fromId => "africa-corps"
//   :param toId => "ecowas"
//
// Returns one row per path: hops, route (e.g. "africa-corps -[REPORTED_ON]-> russia
// <-[ALLIED_WITH]- mali -[DISTANCED_FROM]-> ecowas"), path.
MATCH (a:Actor {id: coalesce($fromId, 'africa-corps')})
MATCH (b:Actor {id: coalesce($toId, 'ecowas')})
MATCH p = allShortestPaths((a)-[*..6]-(b))
WITH p, relationships(p) AS rels, nodes(p) AS ns
RETURN length(p) AS hops,
       reduce(route = ns[0].id, i IN range(0, size(rels) - 1) |
         route + CASE WHEN startNode(rels[i]) = ns[i] THEN ' -[' + type(rels[i]) + ']-> '
                      ELSE ' <-[' + type(rels[i]) + ']- ' END + ns[i + 1].id) AS route,
       p AS path
ORDER BY route;
