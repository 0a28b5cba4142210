// Waiting for a starting server to answer over Bolt, and the one query a fresh instance needs
// (creating a user other than the built-in `neo4j`).
import type { ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { auth, driver as neo4jDriver, type Driver } from 'neo4j-driver';
import { tcpAnswers } from './ports.js';

const START_TIMEOUT_MS = 120_000;

async function withDriver<T>(uri: string, user: string, password: string, use: (driver: Driver) => Promise<T>): Promise<T> {
  const driver = neo4jDriver(uri, auth.basic(user, password), { connectionTimeout: 2000, maxTransactionRetryTime: 0 });
  try {
    return await use(driver);
  } finally {
    await driver.close();
  }
}

const isAuthFailure = (error: unknown) =>
  (error as { code?: string }).code === 'Neo.ClientError.Security.Unauthorized';

/** Polls until Bolt accepts a TCP connection and an authenticated `RETURN 1` succeeds. */
export async function waitForBolt(child: ChildProcess, uri: string, port: number, user: string, password: string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  let last = 'Bolt port not open yet';
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`java exited (${child.exitCode ?? child.signalCode}) before Bolt answered`);
    }
    if (await tcpAnswers(port)) {
      try {
        await withDriver(uri, user, password, (driver) => driver.executeQuery('RETURN 1'));
        return;
      } catch (error) {
        if (isAuthFailure(error)) {
          throw new Error(
            `Bolt rejected ${user}'s password. The password is only set on the first start of a fresh ` +
              `homeDir: use the original one, or delete the homeDir to start over`,
          );
        }
        last = (error as Error).message; // e.g. the system database is still starting
      }
    }
    await sleep(500);
  }
  throw new Error(`Bolt did not answer within ${START_TIMEOUT_MS / 1000} s (last: ${last})`);
}

/** Creates `username` with the admin's password, as the built-in `neo4j` admin of a fresh instance. */
export async function createUser(uri: string, username: string, password: string): Promise<void> {
  await withDriver(uri, 'neo4j', password, (driver) =>
    driver.executeQuery(
      'CREATE USER $username IF NOT EXISTS SET PASSWORD $password CHANGE NOT REQUIRED',
      { username, password },
      { database: 'system' },
    ),
  );
}
