// neo4j.conf for a loopback-only instance, rewritten at every start, and the ports read back
// from it by `status`.

export interface ConfSettings {
  boltPort: number;
  httpPort: number;
  /** server.memory.pagecache.size, e.g. '256m'. */
  pageCache: string;
}

export function neo4jConf(opts: ConfSettings): string {
  return [
    '# Written by src/db/local-neo4j/conf.ts at every start: edit that file, not this one.',
    // Loopback only, and advertised as such: the Browser connects to the advertised Bolt address.
    'server.default_listen_address=127.0.0.1',
    'server.default_advertised_address=127.0.0.1',
    'server.bolt.enabled=true',
    `server.bolt.listen_address=127.0.0.1:${opts.boltPort}`,
    `server.bolt.advertised_address=127.0.0.1:${opts.boltPort}`,
    'server.http.enabled=true',
    `server.http.listen_address=127.0.0.1:${opts.httpPort}`,
    `server.http.advertised_address=127.0.0.1:${opts.httpPort}`,
    'server.https.enabled=false',
    // No proxy in front of a loopback server: don't trust X-Forwarded-* headers.
    'server.http.x_forward.enabled=false',
    `server.memory.pagecache.size=${opts.pageCache}`,
    // As the shipped neo4j.conf: LOAD CSV reads file:/// URLs from <home>/import only.
    'server.directories.import=import',
    // Nothing phones home or broadcasts: usage reports to Neo4j, the UDP fleet-discovery beacon
    // on the LAN (it also binds a port, which would clash with a second instance), Fleet Manager,
    // driver telemetry, and the Browser's own telemetry.
    'dbms.usage_report.enabled=false',
    'server.fleet_discovery.enabled=false',
    'dbms.fleet_manager.enabled=false',
    'server.bolt.telemetry.enabled=false',
    'client.allow_telemetry=false',
  ].join('\n') + '\n';
}

/** The Bolt and HTTP ports that a neo4j.conf written above listens on. */
export function confPorts(conf: string): { boltPort?: number; httpPort?: number } {
  const port = (connector: string) => {
    const match = new RegExp(`^server\\.${connector}\\.listen_address=.*:(\\d+)$`, 'm').exec(conf);
    return match ? Number(match[1]) : undefined;
  };
  return { boltPort: port('bolt'), httpPort: port('http') };
}
