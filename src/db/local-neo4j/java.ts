// Which java runs Neo4j. The candidates come from the configuration (src/config.ts reads
// NEO4J_JAVA_HOME and JAVA_HOME), not from the environment directly.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Neo4j 2025.x+ is built for Java 21 (org.neo4j:parent vm.target.version); its launcher accepts 21 and 25. */
export const MIN_JAVA = 21;

export interface JavaCandidates {
  /** NEO4J_JAVA_HOME: used as is, and an error if it is not Java 21+. */
  neo4jJavaHome?: string | undefined;
  /** JAVA_HOME: used if it is Java 21+, else passed over. */
  javaHome?: string | undefined;
  /** Searched last for the newest Java 21+; default /usr/lib/jvm (where Debian and Temurin install). */
  jvmDir?: string | undefined;
}

export interface FoundJava {
  java: string;
  version: number;
}

/** The Java feature version of a JDK/JRE folder, from the `release` file every build carries. */
export function javaVersion(javaHome: string): number | undefined {
  try {
    const match = /^JAVA_VERSION="(\d+)(?:\.(\d+))?/m.exec(readFileSync(join(javaHome, 'release'), 'utf8'));
    if (!match || !existsSync(join(javaHome, 'bin', 'java'))) return undefined;
    return Number(match[1] === '1' ? match[2] : match[1]); // "1.8.0_x" is Java 8
  } catch {
    return undefined;
  }
}

/** NEO4J_JAVA_HOME if set, else JAVA_HOME if new enough, else the newest suitable JDK in jvmDir. */
export function findJava(candidates: JavaCandidates = {}): FoundJava {
  const pick = (home: string, version: number) => ({ java: join(home, 'bin', 'java'), version });
  const { neo4jJavaHome: explicit, javaHome, jvmDir = '/usr/lib/jvm' } = candidates;
  if (explicit) {
    const version = javaVersion(explicit);
    if (version === undefined || version < MIN_JAVA) {
      throw new Error(`NEO4J_JAVA_HOME=${explicit} is not a Java ${MIN_JAVA}+ installation (found: ${version ?? 'none'})`);
    }
    return pick(explicit, version);
  }
  const javaHomeVersion = javaHome ? javaVersion(javaHome) : undefined;
  if (javaHome && javaHomeVersion !== undefined && javaHomeVersion >= MIN_JAVA) return pick(javaHome, javaHomeVersion);

  const found = (existsSync(jvmDir) ? readdirSync(jvmDir) : [])
    .map((name) => ({ home: join(jvmDir, name), version: javaVersion(join(jvmDir, name)) ?? 0 }))
    .filter((jdk) => jdk.version >= MIN_JAVA)
    .sort((a, b) => b.version - a.version)[0];
  if (found) return pick(found.home, found.version);
  throw new Error(
    `Neo4j needs Java ${MIN_JAVA}+ and none was found (NEO4J_JAVA_HOME unset, ` +
      `JAVA_HOME=${javaHome ?? 'unset'}${javaHomeVersion ? ` is Java ${javaHomeVersion}` : ''}, ` +
      `no Java ${MIN_JAVA}+ in ${jvmDir}). ` +
      `Install a JDK 21 or 25 (Debian 12 only packages openjdk-17; Eclipse Temurin 21/25 or Debian 13's ` +
      `openjdk-21-jdk-headless will do) or set NEO4J_JAVA_HOME to one.`,
  );
}
