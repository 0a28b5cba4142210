// The one place that runs Cypher. Reads go through executeRead and writes through executeWrite
// (a cluster routes them; transient errors are retried by the driver), every transaction has the
// configured timeout, sessions are closed in `finally`, and Neo4j errors become typed GraphQL
// errors. A per-request view counts round trips, so tests can prove that one GraphQL request
// costs a bounded number of them.
import type { Driver, ManagedTransaction, RecordShape } from 'neo4j-driver';
import { mapDatabaseError } from './errors.js';

export type Params = Record<string, unknown>;
export type Tx = Pick<ManagedTransaction, 'run'>;

export class GraphExecutor {
  /** Statements sent to Neo4j through this executor (a round trip each). */
  roundTrips = 0;

  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    private readonly txTimeoutMs: number,
  ) {}

  /** A view over the same driver with its own round-trip counter (one per GraphQL request). */
  scoped(): GraphExecutor {
    return new GraphExecutor(this.driver, this.database, this.txTimeoutMs);
  }

  async read<R extends RecordShape = RecordShape>(cypher: string, params: Params = {}): Promise<R[]> {
    return this.readTx(async (tx) => (await tx.run<R>(cypher, params)).records.map((r) => r.toObject()));
  }

  /** `timeoutMs` overrides the request timeout, for start-up work (schema, seeds). */
  async write<R extends RecordShape = RecordShape>(cypher: string, params: Params = {}, timeoutMs?: number): Promise<R[]> {
    return this.writeTx(async (tx) => (await tx.run<R>(cypher, params)).records.map((r) => r.toObject()), timeoutMs);
  }

  /** Several statements in one read transaction. */
  readTx<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.transaction('READ', work);
  }

  /** Several statements in one write transaction: all of them happen, or none. */
  writeTx<T>(work: (tx: Tx) => Promise<T>, timeoutMs?: number): Promise<T> {
    return this.transaction('WRITE', work, timeoutMs);
  }

  private async transaction<T>(mode: 'READ' | 'WRITE', work: (tx: Tx) => Promise<T>, timeoutMs = this.txTimeoutMs): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: mode });
    const counted = (tx: ManagedTransaction): Tx => ({
      run: ((cypher: string, params?: Params) => {
        this.roundTrips += 1;
        return tx.run(cypher, params);
      }) as Tx['run'],
    });
    const config = { timeout: timeoutMs };
    try {
      return mode === 'READ'
        ? await session.executeRead((tx) => work(counted(tx)), config)
        : await session.executeWrite((tx) => work(counted(tx)), config);
    } catch (error) {
      throw mapDatabaseError(error);
    } finally {
      await session.close();
    }
  }
}

