// An executor that records the answers of a real one and then replays them: the benchmark's way
// of taking the database out of a measurement, to price what the Node side alone costs per query
// (bench/overhead.ts). Answers are keyed by statement and parameters, so any code path that asks
// the same thing gets the same records, with no round trip.
import type { Driver, QueryResult, RecordShape } from 'neo4j-driver';
import { GraphExecutor, type Params, type Tx } from '../src/graph/executor.js';

const key = (cypher: string, params: Params | undefined) => `${cypher}\u0000${JSON.stringify(params ?? {})}`;

export class ReplayExecutor extends GraphExecutor {
  private readonly answers = new Map<string, QueryResult>();
  /** While true, statements go to the real database and their answers are kept. */
  recording = true;

  constructor(
    private readonly real: GraphExecutor,
    driver: Driver,
    database: string,
  ) {
    super(driver, database, 60_000);
  }

  override scoped(): GraphExecutor {
    return this;
  }

  override async read<R extends RecordShape = RecordShape>(cypher: string, params: Params = {}): Promise<R[]> {
    return this.readTx(async (tx) => (await tx.run<R>(cypher, params)).records.map((r) => r.toObject()));
  }

  override readTx<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    if (this.recording) {
      return this.real.readTx((tx) =>
        work({
          run: (async (cypher: string, params?: Params) => {
            const result = await tx.run(cypher, params);
            this.answers.set(key(cypher, params), result);
            return result;
          }) as Tx['run'],
        }),
      );
    }
    return work({
      run: ((cypher: string, params?: Params) => {
        this.roundTrips += 1;
        const result = this.answers.get(key(cypher, params));
        if (!result) return Promise.reject(new Error(`no recorded answer for ${cypher.slice(0, 80)}…`));
        return Promise.resolve(result);
      }) as Tx['run'],
    });
  }
}
