import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

describe('config', () => {
  it('has working defaults', () => {
    const config = loadConfig({});
    expect(config.http).toEqual({ port: 4000, host: '127.0.0.1', bodyLimitKb: 100, authenticatedBodyLimitKb: 4096 });
    expect(config.neo4j).toMatchObject({ uri: undefined, username: 'neo4j', database: 'neo4j', boltPort: 7687, httpPort: 7474 });
    expect(config.apiKeys).toEqual([]);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT must be a number (got "eighty")'],
    [{ PORT: '70000' }, 'PORT must be between 0 and 65535 (got "70000")'],
    [{ NEO4J_URI: 'http://localhost:7474' }, 'NEO4J_URI must be a bolt://, neo4j://, bolt+s:// or neo4j+s:// URI'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL must be one of trace, debug, info, warn, error, fatal, silent (got "loud")'],
    [{ NEO4J_PASSWORD: 'short' }, 'NEO4J_PASSWORD must be at least 8 characters'],
    [{ API_KEYS: 'tooshort' }, 'API_KEYS each key must be at least 16 characters'],
    [{ SEED_ON_START: 'maybe' }, 'SEED_ON_START must be true or false (got "maybe")'],
    [{ AUTHENTICATED_BODY_LIMIT_KB: '0' }, 'AUTHENTICATED_BODY_LIMIT_KB must be positive (got "0")'],
    [{ CORS_ORIGINS: 'https://a.example.org/app' }, 'CORS_ORIGINS must be * or a comma-separated list of origins'],
  ])('refuses %j with one line naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(`Invalid configuration: ${message}`);
  });

  it('never echoes a password', () => {
    expect(() => loadConfig({ NEO4J_PASSWORD: 'secret' })).toThrow(/^(?!.*secret).*$/);
  });

  it('never gives requests with an API key a smaller body limit than the others', () => {
    expect(loadConfig({ BODY_LIMIT_KB: '8192' }).http).toMatchObject({ bodyLimitKb: 8192, authenticatedBodyLimitKb: 8192 });
    expect(loadConfig({ AUTHENTICATED_BODY_LIMIT_KB: '50' }).http).toMatchObject({ bodyLimitKb: 100, authenticatedBodyLimitKb: 100 });
    expect(loadConfig({ AUTHENTICATED_BODY_LIMIT_KB: '10240' }).http).toMatchObject({ bodyLimitKb: 100, authenticatedBodyLimitKb: 10240 });
  });

  it('lets GET answers be cached for a minute by default', () => {
    expect(loadConfig({}).httpCacheMaxAge).toBe(60);
    expect(loadConfig({ HTTP_CACHE_MAX_AGE: '0' }).httpCacheMaxAge).toBe(0);
  });

  it('lets any origin in by default, or the listed ones', () => {
    expect(loadConfig({}).corsOrigins).toBe('*');
    expect(loadConfig({ CORS_ORIGINS: 'https://a.example.org, http://localhost:5173' }).corsOrigins).toEqual(['https://a.example.org', 'http://localhost:5173']);
  });

  it('reads API keys as a comma-separated list', () => {
    expect(loadConfig({ API_KEYS: ' aaaaaaaaaaaaaaaa , bbbbbbbbbbbbbbbb,' }).apiKeys).toEqual(['aaaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbb']);
  });

  it('passes the Java homes on to the local Neo4j, and nothing when they are unset', () => {
    expect(loadConfig({ NEO4J_JAVA_HOME: '/opt/jdk-25', JAVA_HOME: '/opt/jdk-17' }).localNeo4j.java).toEqual({
      neo4jJavaHome: '/opt/jdk-25',
      javaHome: '/opt/jdk-17',
    });
    expect(loadConfig({ JAVA_HOME: '' }).localNeo4j.java).toEqual({ neo4jJavaHome: undefined, javaHome: undefined });
  });
});
