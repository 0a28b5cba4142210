/**
 * A real Neo4j Community server for development and tests, with no Docker and no tarball: the
 * jars come from Maven Central (neo4j/pom.xml, copied into one folder by `mvn`), and the server is
 * started with `java` the way the distribution's own launcher would start it.
 *
 * One job a module: layout (where files live), jars (the pom's version and jars), java (which
 * java), conf (neo4j.conf), ports, bolt (waiting for Bolt), admin (neo4j-admin: password, dump,
 * load), process (stop, status) and start. Nothing here reads a file at import: a server given
 * NEO4J_URI never touches the local Neo4j.
 */
export { dumpLocalNeo4j, loadLocalNeo4j, type AdminOptions } from './admin.js';
export { ensureNeo4jJars, neo4jVersion } from './jars.js';
export { findJava, type JavaCandidates } from './java.js';
export { LOCAL_NEO4J_DIR, LOCAL_NEO4J_HOME } from './layout.js';
export { localNeo4jStatus, stopLocalNeo4j, type LocalNeo4jStatus } from './process.js';
export { startLocalNeo4j, type LocalNeo4jHandle, type LocalNeo4jOptions } from './start.js';
