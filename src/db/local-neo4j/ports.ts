// Loopback TCP checks: a port must be free before Neo4j binds it, and Bolt must accept a
// connection before a driver is worth trying.
import { connect, createServer } from 'node:net';

export async function assertPortFree(port: number): Promise<void> {
  await new Promise<void>((done, fail) => {
    const server = createServer();
    server.once('error', (error: NodeJS.ErrnoException) =>
      fail(new Error(`127.0.0.1:${port} is not free (${error.code}); pick another port or stop what uses it`)),
    );
    server.listen(port, '127.0.0.1', () => server.close(() => done()));
  });
}

export function tcpAnswers(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect({ port, host: '127.0.0.1' });
    socket.setTimeout(1000);
    socket.once('connect', () => (socket.destroy(), done(true)));
    socket.once('error', () => done(false));
    socket.once('timeout', () => (socket.destroy(), done(false)));
  });
}
