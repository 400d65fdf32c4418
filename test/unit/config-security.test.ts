import { describe, expect, it } from 'vitest';
import { loadConfig, securityWarnings } from '../../src/config.ts';
import { problemsOf } from '../helpers/config.ts';

const AUTH = {
  AUTH_JWT_SECRET: '0123456789abcdef0123456789abcdef',
  AUTH_ISSUER: 'https://backend.example',
  AUTH_AUDIENCE: 'switchboard',
};
/** Production also requires ACS settings and an event log; these tests are about auth. */
const ACS = {
  ACS_CONNECTION_STRING: 'endpoint=https://x.communication.azure.com/;accesskey=a2V5',
  ACS_RESOURCE_ID: 'resource',
  REDIS_URL: 'redis://redis:6379',
};

describe('security modes', () => {
  it('refuses production without auth settings, naming them', () => {
    const problems = problemsOf({ NODE_ENV: 'production', ...ACS }).join('\n');
    for (const name of ['AUTH_JWKS_URL or AUTH_JWT_SECRET', 'AUTH_ISSUER', 'AUTH_AUDIENCE']) {
      expect(problems).toContain(name);
    }
  });

  it('turns GraphiQL and introspection off in production unless asked for', () => {
    const config = loadConfig({ NODE_ENV: 'production', ...ACS, ...AUTH });
    expect(config.browser).toMatchObject({ graphiql: false, introspection: false, corsOrigins: [] });
    const enabled = loadConfig({
      NODE_ENV: 'production',
      ...ACS,
      ...AUTH,
      GRAPHIQL: 'true',
      INTROSPECTION: 'true',
    });
    expect(enabled.browser).toMatchObject({ graphiql: true, introspection: true });
  });

  it('runs production with AUTH_MODE=none only on purpose, warning at every start', () => {
    const config = loadConfig({ NODE_ENV: 'production', ...ACS, AUTH_MODE: 'none' });
    expect(config.auth).toEqual({ mode: 'none' });
    expect(securityWarnings(config).join()).toContain('AUTH_MODE=none in production');
  });

  it('is open in development with nothing set, but on loopback only', () => {
    const config = loadConfig({});
    expect(config.auth).toEqual({ mode: 'none' });
    expect(config.host).toBe('127.0.0.1');
    expect(securityWarnings(config)).toEqual([]);
    expect(config.browser.corsOrigins).toEqual(['http://localhost:*', 'http://127.0.0.1:*']);
  });

  it('warns loudly when the open development API listens beyond loopback', () => {
    expect(securityWarnings(loadConfig({ HOST: '0.0.0.0' })).join()).toContain('OPEN');
  });

  it('switches to JWT auth as soon as a key source is set, requiring issuer and audience', () => {
    expect(problemsOf({ AUTH_JWT_SECRET: AUTH.AUTH_JWT_SECRET }).join()).toContain(
      'AUTH_ISSUER, AUTH_AUDIENCE',
    );
    expect(loadConfig(AUTH).auth).toMatchObject({ mode: 'jwt', key: { kind: 'secret' } });
  });

  it('refuses an HS256 secret shorter than 32 bytes', () => {
    expect(problemsOf({ ...AUTH, AUTH_JWT_SECRET: 'short' }).join()).toContain('AUTH_JWT_SECRET');
  });

  it('refuses CORS origins that are not origins', () => {
    expect(problemsOf({ CORS_ORIGINS: 'https://app.example/path' }).join()).toContain('CORS_ORIGINS');
  });
});
