import { Args, Query, Resolver } from 'type-graphql';
import type { Services } from '../../graph/services.js';
import { arg, ListSize } from '../common/list-size.js';
import { RelationshipGraphArgs, ShortestPathArgs } from './graph.args.js';
import { Graph, Path, toGraph } from './graph.type.js';

@Resolver()
export class GraphResolver {
  constructor(private readonly services: Services) {}

  @Query(() => Graph, { description: "An actor's neighbourhood up to depth hops, as nodes and edges to draw." })
  // At most `limit` nodes, each with its edges (Graph.edges).
  @ListSize((args, sizes) => Math.min(arg(args, 'limit'), sizes.actors))
  async relationshipGraph(@Args(() => RelationshipGraphArgs) args: RelationshipGraphArgs): Promise<Graph> {
    const { actorId, depth, limit, types, asOf, includeUncertain } = args;
    return toGraph(await this.services.traversal.neighbourhood(actorId, depth, { types, asOf, includeUncertain }, limit), args);
  }

  @Query(() => Path, { nullable: true, description: 'The shortest path between two actors, or null when there is none.' })
  // maxLength relationships and one node more.
  @ListSize((args) => arg(args, 'maxLength') + 1)
  async shortestPath(@Args(() => ShortestPathArgs) { fromId, toId, types, asOf, includeUncertain, maxLength }: ShortestPathArgs): Promise<Path | null> {
    const path = await this.services.traversal.shortestPath(fromId, toId, { types, asOf, includeUncertain }, maxLength);
    path?.nodes.forEach((a) => this.services.loaders.primeActor(a));
    return path;
  }
}
