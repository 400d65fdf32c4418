import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { problemsOf } from '../helpers/config.ts';

const ACS = {
  ACS_CONNECTION_STRING: 'endpoint=https://contoso.communication.azure.com/;accesskey=c2VjcmV0',
  ACS_RESOURCE_ID: '00000000-0000-0000-0000-000000000001',
  REDIS_URL: 'redis://redis:6379',
};
const JWKS_AUTH = { AUTH_ISSUER: 'https://login.example', AUTH_AUDIENCE: 'switchboard' };
const PRODUCTION = {
  NODE_ENV: 'production',
  ...ACS,
  ...JWKS_AUTH,
  AUTH_JWKS_URL: 'https://login.example/keys',
};

describe('a strict environment', () => {
  it.each(['Production', 'prod', 'production ', 'staging'])(
    'refuses NODE_ENV=%j, naming the value',
    (value) => {
      const problems = problemsOf({ ...PRODUCTION, NODE_ENV: value });
      expect(problems).toEqual([expect.stringContaining(`NODE_ENV: ${JSON.stringify(value)}`)]);
      expect(problems[0]).toContain('production, development or test');
    },
  );

  it('accepts production, development and test; test runs as development', () => {
    expect(loadConfig(PRODUCTION).environment).toBe('production');
    expect(loadConfig({ NODE_ENV: 'development' }).environment).toBe('development');
    expect(loadConfig({ NODE_ENV: 'test' }).environment).toBe('development');
  });

  it('is production without NODE_ENV when the default environment is production (the built artifact)', () => {
    const { NODE_ENV: _, ...unset } = PRODUCTION;
    expect(loadConfig(unset, { defaultEnvironment: 'production' }).environment).toBe('production');
    expect(() => loadConfig({}, { defaultEnvironment: 'production' })).toThrow(/required in production/);
    expect(loadConfig({ NODE_ENV: 'development' }, { defaultEnvironment: 'production' }).environment).toBe(
      'development',
    );
  });

  it('refuses AUTH_JWKS_URL over plain http in production', () => {
    expect(problemsOf({ ...PRODUCTION, AUTH_JWKS_URL: 'http://login.example/keys' })).toEqual([
      expect.stringMatching(/^AUTH_JWKS_URL: must be an https: URL in production/),
    ]);
    expect(loadConfig({ ...JWKS_AUTH, AUTH_JWKS_URL: 'http://127.0.0.1:9/keys' }).auth).toMatchObject({
      key: { kind: 'jwks' },
    });
  });

  it('binds loopback in development whatever the auth settings, unless HOST says otherwise', () => {
    expect(loadConfig({}).host).toBe('127.0.0.1');
    expect(loadConfig({ ...JWKS_AUTH, AUTH_JWKS_URL: 'https://login.example/keys' }).host).toBe('127.0.0.1');
    expect(loadConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
    expect(loadConfig(PRODUCTION).host).toBeUndefined();
  });

  it('accepts only loopback Host names in development, plus ALLOWED_HOSTS and the public base URL', () => {
    expect(loadConfig({}).browser.allowedHosts).toEqual(['localhost', '127.0.0.1', '[::1]']);
    expect(
      loadConfig({ ALLOWED_HOSTS: 'dev.example.test, Box.local', PUBLIC_BASE_URL: 'https://abc.tunnel.test' })
        .browser.allowedHosts,
    ).toEqual(['localhost', '127.0.0.1', '[::1]', 'dev.example.test', 'box.local', 'abc.tunnel.test']);
    expect(loadConfig(PRODUCTION).browser.allowedHosts).toBeNull();
    expect(loadConfig({ ...PRODUCTION, ALLOWED_HOSTS: 'api.example.com' }).browser.allowedHosts).toEqual([
      'api.example.com',
    ]);
    expect(problemsOf({ ALLOWED_HOSTS: 'https://dev.example.test/' }).join()).toContain('ALLOWED_HOSTS');
  });
});
