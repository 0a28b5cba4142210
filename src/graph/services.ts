// The graph services of one request, sharing that request's executor view (and its round-trip
// count) and its loaders.
import { ActorService } from './actors.service.js';
import { ArticleService } from './articles.service.js';
import type { GraphExecutor } from './executor.js';
import { IngestService } from './ingest.service.js';
import { createLoaders, type Loaders } from './loaders.js';
import { PlaceService } from './places.service.js';
import { RelationshipService } from './relationships.service.js';
import { TraversalService } from './traversal.service.js';

export interface Services {
  db: GraphExecutor;
  actors: ActorService;
  relationships: RelationshipService;
  articles: ArticleService;
  places: PlaceService;
  traversal: TraversalService;
  ingest: IngestService;
  loaders: Loaders;
}

export function createServices(db: GraphExecutor): Services {
  const actors = new ActorService(db);
  const relationships = new RelationshipService(db);
  const articles = new ArticleService(db);
  const places = new PlaceService(db);
  const traversal = new TraversalService(db);
  const ingest = new IngestService(db);
  return { db, actors, relationships, articles, places, traversal, ingest, loaders: createLoaders({ actors, articles, places, relationships }) };
}
