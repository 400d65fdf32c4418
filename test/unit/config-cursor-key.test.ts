import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { problemsOf } from '../helpers/config.ts';

const ACS = {
  ACS_CONNECTION_STRING: 'endpoint=https://contoso.communication.azure.com/;accesskey=c2VjcmV0LWtleQ==',
  ACS_RESOURCE_ID: '00000000-0000-4000-8000-000000000001',
};
const PRODUCTION = { NODE_ENV: 'production', EVENT_LOG: 'memory', AUTH_MODE: 'none' };
const SECRET = 'cursor-secret-0123456789abcdef0123456789';

describe('the page-cursor key', () => {
  it('is the same on every replica given the same CURSOR_SECRET, and never the secret itself', () => {
    const one = loadConfig({ ...ACS, CURSOR_SECRET: SECRET }).cursorKey;
    expect(loadConfig({ ...ACS, CURSOR_SECRET: SECRET }).cursorKey).toEqual(one);
    expect(one.toString('utf8')).not.toContain(SECRET);
    expect(loadConfig({ ...ACS, CURSOR_SECRET: `${SECRET}-other` }).cursorKey).not.toEqual(one);
  });

  it('is derived from the ACS access key when CURSOR_SECRET is unset, so replicas agree', () => {
    const one = loadConfig({ ...PRODUCTION, ...ACS }).cursorKey;
    expect(loadConfig({ ...PRODUCTION, ...ACS }).cursorKey).toEqual(one);
    expect(one.toString('utf8')).not.toContain('c2VjcmV0LWtleQ==');
  });

  it('is required as CURSOR_SECRET in production with Entra ID (no access key to derive it from)', () => {
    const entraId = {
      ...PRODUCTION,
      ACS_ENDPOINT: 'https://contoso.communication.azure.com',
      ACS_RESOURCE_ID: ACS.ACS_RESOURCE_ID,
    };
    expect(problemsOf(entraId).filter((problem) => problem.startsWith('CURSOR_SECRET'))).toHaveLength(1);
    expect(loadConfig({ ...entraId, CURSOR_SECRET: SECRET }).cursorKey).toHaveLength(32);
  });

  it('refuses a CURSOR_SECRET shorter than 32 bytes', () => {
    expect(problemsOf({ CURSOR_SECRET: 'short' })).toEqual(['CURSOR_SECRET: must be at least 32 bytes']);
  });
});
