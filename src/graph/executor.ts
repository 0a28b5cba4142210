// The one place that runs Cypher. Reads go through executeRead and writes through executeWrite
// (a cluster routes them; transient errors are retried by the driver), every transaction has the
// configured timeout, sessions are closed in `finally`, and Neo4j errors become typed GraphQL
// errors. A per-request view counts round trips, so tests can prove that one GraphQL request
// costs a bounded number of them, and holds the request's deadline: each of its transactions
// gets only the time left (Neo4j stops it then, and rolls it back), none starts after it, and
// a read still running at the deadline is answered TIMEOUT at once. Every transaction carries
// metadata naming the app and the request (`SHOW TRANSACTIONS YIELD metaData`), so an operator or
// a test can tell which request a running query belongs to.
import type { Driver, ManagedTransaction, RecordShape } from 'neo4j-driver';
import { AppError, ErrorCode, mapDatabaseError } from './errors.js';

export type Params = Record<string, unknown>;
export type Tx = Pick<ManagedTransaction, 'run'>;

/** The `app` of every transaction's metadata. */
export const TRANSACTION_APP = 'sahel-graph';

export interface Scope {
  /** Deadline of the request, this many milliseconds from now. */
  timeoutMs?: number;
  /** Tags its transactions' metadata. */
  requestId?: string;
}

export class GraphExecutor {
  /** Statements sent to Neo4j through this executor (a round trip each). */
  roundTrips = 0;

  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    private readonly txTimeoutMs: number,
    /** When the work of this view must end (epoch ms), if ever. */
    private readonly deadline?: { at: number; timeoutMs: number },
    private readonly metadata: { app: string; requestId?: string } = { app: TRANSACTION_APP },
  ) {}

  /**
   * A view over the same driver with its own round-trip counter (one per GraphQL request), its
   * request's id in the transactions' metadata, and given `timeoutMs`, a deadline that many
   * milliseconds from now.
   */
  scoped({ timeoutMs, requestId }: Scope = {}): GraphExecutor {
    const deadline = timeoutMs === undefined ? undefined : { at: Date.now() + timeoutMs, timeoutMs };
    return new GraphExecutor(this.driver, this.database, this.txTimeoutMs, deadline, { app: TRANSACTION_APP, ...(requestId ? { requestId } : {}) });
  }

  private deadlinePassed(): AppError {
    return new AppError(
      ErrorCode.TIMEOUT,
      `The request took longer than its ${this.deadline?.timeoutMs} ms deadline; its database work was stopped.`,
    );
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
    const left = this.deadline ? this.deadline.at - Date.now() : Infinity;
    if (left <= 0) throw this.deadlinePassed();
    const session = this.driver.session({ database: this.database, defaultAccessMode: mode });
    const counted = (tx: ManagedTransaction): Tx => ({
      run: ((cypher: string, params?: Params) => {
        if (this.deadline && Date.now() >= this.deadline.at) throw this.deadlinePassed();
        this.roundTrips += 1;
        return tx.run(cypher, params);
      }) as Tx['run'],
    });
    const cutByDeadline = left < timeoutMs;
    const config = { timeout: Math.max(1, Math.ceil(Math.min(timeoutMs, left))), metadata: this.metadata };
    const running = (async () => {
      try {
        return mode === 'READ'
          ? await session.executeRead((tx) => work(counted(tx)), config)
          : await session.executeWrite((tx) => work(counted(tx)), config);
      } catch (error) {
        const mapped = mapDatabaseError(error);
        // Neo4j stopped it at the time it was given, which was the request's deadline.
        if (cutByDeadline && mapped instanceof AppError && mapped.extensions.code === ErrorCode.DATABASE_TIMEOUT) throw this.deadlinePassed();
        throw mapped;
      } finally {
        await session.close();
      }
    })();
    // Neo4j checks transaction timeouts every few seconds; a read need not wait for that check
    // to answer. A write always waits for its outcome, so that TIMEOUT means nothing was written.
    if (mode === 'WRITE' || !Number.isFinite(left)) return running;
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(this.deadlinePassed()), left);
    });
    running.catch(() => undefined); // its outcome no longer matters once the deadline has answered
    try {
      return await Promise.race([running, expired]);
    } finally {
      clearTimeout(timer);
    }
  }
}

