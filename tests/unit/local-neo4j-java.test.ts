// Which java the local Neo4j picks, on JDK folders made here: a `release` file and a bin/java,
// which is all that src/db/local-neo4j/java.ts looks at.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findJava } from '../../src/db/local-neo4j/index.js';

const root = mkdtempSync(join(tmpdir(), 'sahel-graph-jdks-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function jdk(dir: string, javaVersion: string): string {
  const home = join(root, dir);
  mkdirSync(join(home, 'bin'), { recursive: true });
  writeFileSync(join(home, 'release'), `IMPLEMENTOR="Test"\nJAVA_VERSION="${javaVersion}"\n`);
  writeFileSync(join(home, 'bin', 'java'), '');
  return home;
}

const jvmDir = join(root, 'jvm');
const java17 = jdk('jvm/java-17', '17.0.15');
const java21 = jdk('jvm/java-21', '21.0.8');
const java25 = jdk('jvm/temurin-25', '25');
const java8 = jdk('old/java-8', '1.8.0_402');
const elsewhere21 = jdk('opt/jdk-21', '21.0.1');

describe('local Neo4j: finding Java 21+', () => {
  it('takes the newest Java 21+ in the JVM folder when nothing is configured', () => {
    expect(findJava({ jvmDir })).toEqual({ java: join(java25, 'bin', 'java'), version: 25 });
  });

  it('prefers NEO4J_JAVA_HOME, and refuses one that is too old or not a JDK', () => {
    expect(findJava({ neo4jJavaHome: java21, javaHome: elsewhere21, jvmDir })).toEqual({ java: join(java21, 'bin', 'java'), version: 21 });
    expect(() => findJava({ neo4jJavaHome: java17, jvmDir })).toThrow(`NEO4J_JAVA_HOME=${java17} is not a Java 21+ installation (found: 17)`);
    expect(() => findJava({ neo4jJavaHome: root, jvmDir })).toThrow('(found: none)');
  });

  it('uses JAVA_HOME when it is new enough, else passes it over for the JVM folder', () => {
    expect(findJava({ javaHome: elsewhere21, jvmDir }).java).toBe(join(elsewhere21, 'bin', 'java'));
    expect(findJava({ javaHome: java8, jvmDir }).java).toBe(join(java25, 'bin', 'java'));
  });

  it('says what it looked at when no Java 21+ is anywhere', () => {
    expect(() => findJava({ javaHome: java8, jvmDir: join(root, 'old') })).toThrow(
      /needs Java 21\+ and none was found \(NEO4J_JAVA_HOME unset, JAVA_HOME=.*java-8 is Java 8, no Java 21\+ in .*old\)/,
    );
  });
});
