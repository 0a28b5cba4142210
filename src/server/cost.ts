// The cost limit: before any resolver runs, a request's cost is estimated from the lengths of the
// lists it asks for, multiplied level by level (a list of 20 actors with 20 neighbours each, each
// with 20 more, costs 8,000, not 3), and a request over the budget is refused with
// QUERY_TOO_COSTLY and HTTP 400. The lengths are the fields' own bounds (`first`, `limit`) where
// they take one, else high percentiles read from the graph itself (src/graph/stats.service.ts),
// refreshed every few minutes, so the same query is judged by the graph it will run on.
//
// graphql-query-complexity walks the operation (fragments, aliases, @skip/@include, variables);
// this file only says what each field costs: 1, plus its children, times the list's length.
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import type { Logger } from 'pino';
import { ErrorCode } from '../graph/errors.js';
import type { GraphExecutor } from '../graph/executor.js';
import { StatsService, type ListSizes } from '../graph/stats.service.js';
import { LIST_SIZE, type ListSizeEstimate } from '../schema/common/list-size.js';
import type { Context } from '../schema/context.js';

/** What is assumed while the graph cannot be read: generous lengths, so that nothing slips by. */
const UNKNOWN_GRAPH: ListSizes = {
  actors: 10_000,
  relationships: 100_000,
  articles: 100,
  places: 1_000,
  degree: 50,
  meanDegree: 10,
  evidence: 20,
  articleActors: 200,
};

/** The graph's list sizes, read at start and then every `refreshMs`. */
export class ListSizeMonitor {
  private sizes: ListSizes = UNKNOWN_GRAPH;
  private timer: NodeJS.Timeout | undefined;
  private readonly stats: StatsService;

  constructor(
    db: GraphExecutor,
    private readonly refreshMs: number,
    private readonly logger: Logger,
  ) {
    this.stats = new StatsService(db);
  }

  get current(): ListSizes {
    return this.sizes;
  }

  async refresh(): Promise<void> {
    try {
      this.sizes = await this.stats.listSizes();
      this.logger.debug({ listSizes: this.sizes }, 'list sizes read from the graph');
    } catch (error) {
      // Keep the last sizes read (or the generous ones): a request is never judged by a graph
      // smaller than the one it may meet.
      this.logger.warn({ err: error }, 'could not read list sizes from the graph; keeping the previous ones');
    }
  }

  async start(): Promise<void> {
    await this.refresh();
    const tick = async () => {
      await this.refresh();
      // A refresh that was under way when the server stopped does not start another.
      if (this.timer !== undefined) this.timer = setTimeout(tick, this.refreshMs).unref();
    };
    this.timer = setTimeout(tick, this.refreshMs).unref();
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}

/** One field's cost: 1, plus its children's, times the length of the list it answers. */
export function costEstimator(sizes: () => ListSizes): ComplexityEstimator {
  return ({ field, type, args, childComplexity }) => {
    // Introspection is judged by whether it is allowed at all (INTROSPECTION), not by its cost.
    if (field.name.startsWith('__') || type.name.startsWith('__')) return 0;
    const estimate = field.extensions?.[LIST_SIZE] as ListSizeEstimate | undefined;
    if (estimate) return 1 + Math.ceil(Math.max(0, estimate(args, sizes()))) * Math.max(1, childComplexity);
    // Any other field, lists of scalars (aliases) included: their lengths are bounded on write.
    return 1 + childComplexity;
  };
}

function tooCostly(cost: number, budget: number): GraphQLError {
  return new GraphQLError(
    `The query's estimated cost is ${cost}, over the budget of ${budget}: ask for fewer items (first, limit), fewer nested lists, or split it into several queries.`,
    { extensions: { code: ErrorCode.QUERY_TOO_COSTLY, cost, budget, http: { status: 400 } } },
  );
}

/**
 * Refuses operations over the budget before they run; outside production, every answer reports
 * its estimated cost in `extensions.cost`.
 */
export function costPlugin(options: { budget: number; monitor: ListSizeMonitor; report: boolean }): ApolloServerPlugin<Context> {
  const estimators = [costEstimator(() => options.monitor.current)];
  return {
    async serverWillStart() {
      await options.monitor.start();
      return {
        async serverWillStop() {
          options.monitor.stop();
        },
      };
    },
    async requestDidStart() {
      let cost: number | undefined;
      return {
        async didResolveOperation({ request, document, schema }) {
          try {
            cost = getComplexity({ schema, query: document, variables: request.variables ?? {}, operationName: request.operationName, estimators });
          } catch (error) {
            // Variables that do not fit their types: the same answer execution would give.
            throw new GraphQLError((error as Error).message, { extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } } });
          }
          if (cost > options.budget) throw tooCostly(cost, options.budget);
        },
        async willSendResponse({ response }) {
          if (!options.report || cost === undefined || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, cost: { estimated: cost, budget: options.budget } };
        },
      };
    },
  };
}
