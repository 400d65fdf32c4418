import { describe, expect, it } from 'vitest';
import { levenshtein, loadConfig } from '../../src/config.ts';
import { problemsOf } from '../helpers/config.ts';

const ACS = {
  ACS_CONNECTION_STRING: 'endpoint=https://contoso.communication.azure.com/;accesskey=c2VjcmV0',
  ACS_RESOURCE_ID: '00000000-0000-0000-0000-000000000001',
};
/** Client auth is required in production too; these tests are about the other settings. */
const AUTH = {
  AUTH_JWT_SECRET: '0123456789abcdef0123456789abcdef',
  AUTH_ISSUER: 'https://backend.example',
  AUTH_AUDIENCE: 'switchboard',
};
const PRODUCTION = { NODE_ENV: 'production', ...ACS, ...AUTH, REDIS_URL: 'redis://redis:6379' };

describe('loadConfig without silent fallbacks', () => {
  it('runs in production with ACS settings and REDIS_URL', () => {
    const config = loadConfig(PRODUCTION);
    expect(config.environment).toBe('production');
    expect(config.acs).toMatchObject({ mode: 'connectionString' });
    expect(config.redis).toEqual({ url: 'redis://redis:6379', cluster: false });
  });

  it('names the missing ACS settings in production instead of starting an emulator', () => {
    const { ACS_CONNECTION_STRING: _, ACS_RESOURCE_ID: __, ...withoutAcs } = PRODUCTION;
    expect(problemsOf(withoutAcs)).toEqual([
      expect.stringMatching(
        /^ACS_CONNECTION_STRING or ACS_ENDPOINT \(with ACS_RESOURCE_ID\): required in production/,
      ),
    ]);
  });

  it('requires REDIS_URL in production unless EVENT_LOG=memory says otherwise', () => {
    const { REDIS_URL: _, ...withoutRedis } = PRODUCTION;
    expect(problemsOf(withoutRedis)).toEqual([expect.stringMatching(/^REDIS_URL: required in production/)]);
    expect(loadConfig({ ...withoutRedis, EVENT_LOG: 'memory' }).redis).toBeNull();
  });

  it('refuses EVENT_LOG=redis without REDIS_URL and EVENT_LOG=memory with it', () => {
    expect(problemsOf({ EVENT_LOG: 'redis' })).toEqual(['EVENT_LOG: "redis" needs REDIS_URL']);
    expect(problemsOf({ EVENT_LOG: 'memory', REDIS_URL: 'redis://r:6379' })).toEqual([
      'EVENT_LOG and REDIS_URL: "memory" ignores Redis; unset one',
    ]);
  });

  it('reports a misspelt setting with the nearest real name, as an error in production', () => {
    expect(problemsOf({ ...PRODUCTION, ACS_CONECTION_STRING: 'x', REDIS_CLUSTR: 'true' })).toEqual([
      'ACS_CONECTION_STRING: not a setting; did you mean ACS_CONNECTION_STRING?',
      'REDIS_CLUSTR: not a setting; did you mean REDIS_CLUSTER?',
    ]);
  });

  it('reports a misspelt setting as a warning in development, and still starts', () => {
    const config = loadConfig({ SUBSCRIPTION_STALL_TIMEOUT: '10' });
    expect(config.warnings).toEqual([
      'SUBSCRIPTION_STALL_TIMEOUT: not a setting; did you mean SUBSCRIPTION_STALL_TIMEOUT_MS?',
    ]);
  });

  it('ignores variables without a setting prefix and the standalone emulator settings', () => {
    expect(loadConfig({ HOME: '/root', PATH: '/bin', EMULATOR_ACCESS_KEY: 'a2V5' }).warnings).toEqual([]);
  });

  it('treats an empty value as unset', () => {
    const config = loadConfig({ PORT: '', ACS_MAX_RETRIES: ' ', REDIS_URL: '', ACS_CONNECTION_STRING: '' });
    expect(config.port).toBe(4000);
    expect(config.acsMaxRetries).toBe(3);
    expect(config.redis).toBeNull();
    expect(config.acs).toBeNull();
  });

  it('measures the distance between names in single-character edits', () => {
    expect(levenshtein('REDIS_URL', 'REDIS_URL')).toBe(0);
    expect(levenshtein('ACS_CONECTION_STRING', 'ACS_CONNECTION_STRING')).toBe(1);
    expect(levenshtein('kitten', 'sitting')).toBe(3);
  });
});
