import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { problemsOf } from '../helpers/config.ts';

describe('loadConfig', () => {
  it('leaves ACS unset (main.ts starts the local emulator) with an in-memory log when nothing is set', () => {
    const config = loadConfig({});
    expect(config.environment).toBe('development');
    expect(config.acs).toBeNull();
    expect(config.localAcsPort).toBe(8090);
    expect(config.redis).toBeNull();
    expect(config.port).toBe(4000);
    expect(config.publicBaseUrl).toBe('http://localhost:4000');
  });

  it('reads the call media settings, absent by default', () => {
    expect(loadConfig({}).callMedia).toEqual({ cognitiveServicesEndpoint: null, eventGridSecret: null });
    expect(
      loadConfig({
        ACS_COGNITIVE_SERVICES_ENDPOINT: 'https://contoso-ai.cognitiveservices.azure.com/',
        EVENTGRID_SECRET: 's3cret',
      }).callMedia,
    ).toEqual({
      cognitiveServicesEndpoint: 'https://contoso-ai.cognitiveservices.azure.com/',
      eventGridSecret: 's3cret',
    });
  });

  it('refuses an ACS_COGNITIVE_SERVICES_ENDPOINT that is not an http(s) URL', () => {
    expect(problemsOf({ ACS_COGNITIVE_SERVICES_ENDPOINT: 'contoso-ai' })).toEqual([
      'ACS_COGNITIVE_SERVICES_ENDPOINT: must be an http(s) URL',
    ]);
  });

  it('derives the public base URL from PORT and strips a trailing slash from an explicit one', () => {
    expect(loadConfig({ PORT: '5000' }).publicBaseUrl).toBe('http://localhost:5000');
    expect(loadConfig({ PUBLIC_BASE_URL: 'https://calls.example.com/' }).publicBaseUrl).toBe(
      'https://calls.example.com',
    );
  });

  it('uses a connection string with the resource id as callback audience', () => {
    const config = loadConfig({
      ACS_CONNECTION_STRING: 'endpoint=https://contoso.communication.azure.com/;accesskey=c2VjcmV0',
      ACS_RESOURCE_ID: '00000000-0000-0000-0000-000000000001',
    });
    expect(config.acs).toEqual({
      mode: 'connectionString',
      connectionString: 'endpoint=https://contoso.communication.azure.com/;accesskey=c2VjcmV0',
      resourceId: '00000000-0000-0000-0000-000000000001',
    });
  });

  it('uses Entra ID when only an endpoint is given', () => {
    const config = loadConfig({
      ACS_ENDPOINT: 'https://contoso.communication.azure.com',
      ACS_RESOURCE_ID: 'id',
    });
    expect(config.acs).toMatchObject({
      mode: 'entraId',
      endpoint: 'https://contoso.communication.azure.com',
    });
  });

  it('lists every problem in one error', () => {
    const problems = problemsOf({
      PORT: 'eighty',
      ACS_CONNECTION_STRING: 'not a connection string',
      REDIS_URL: 'http://localhost:6379',
      LOG_LEVEL: 'loud',
    });
    expect(problems.map((problem) => problem.split(':')[0])).toEqual([
      'PORT',
      'ACS_CONNECTION_STRING',
      'REDIS_URL',
      'LOG_LEVEL',
      'ACS_RESOURCE_ID',
    ]);
  });

  it('refuses a connection string and an endpoint together', () => {
    expect(
      problemsOf({
        ACS_CONNECTION_STRING: 'endpoint=https://a/;accesskey=a2V5',
        ACS_ENDPOINT: 'https://a',
        ACS_RESOURCE_ID: 'id',
      }),
    ).toEqual(['ACS_CONNECTION_STRING and ACS_ENDPOINT: set one, not both']);
  });

  it('accepts several Redis URLs only for a cluster', () => {
    expect(problemsOf({ REDIS_URL: 'redis://a:1,redis://b:2' })).toEqual([
      'REDIS_URL: several URLs need REDIS_CLUSTER=true',
    ]);
    expect(loadConfig({ REDIS_URL: 'redis://a:1,redis://b:2', REDIS_CLUSTER: 'true' }).redis).toEqual({
      url: 'redis://a:1,redis://b:2',
      cluster: true,
    });
  });

  it('bounds every Redis command by REDIS_COMMAND_TIMEOUT_MS, 2000 ms unless set, and refuses a non-positive one', () => {
    expect(loadConfig({}).eventLog.redisCommandTimeoutMs).toBe(2_000);
    expect(loadConfig({ REDIS_COMMAND_TIMEOUT_MS: '250' }).eventLog.redisCommandTimeoutMs).toBe(250);
    expect(problemsOf({ REDIS_COMMAND_TIMEOUT_MS: '0' })[0]).toMatch(/^REDIS_COMMAND_TIMEOUT_MS:/);
  });

  it('never echoes a secret value in its problems', () => {
    const problems = problemsOf({ ACS_CONNECTION_STRING: 'accesskey=TOPSECRET' });
    expect(problems.join('\n')).not.toContain('TOPSECRET');
  });
});
