import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.ts';

describe('ACS_MAX_RETRIES', () => {
  it('defaults to 3 retries of a failed ACS request', () => {
    expect(loadConfig({}).acsMaxRetries).toBe(3);
  });

  it('accepts 0 to 10 and reports anything else with the other problems', () => {
    expect(loadConfig({ ACS_MAX_RETRIES: '0' }).acsMaxRetries).toBe(0);
    expect(() => loadConfig({ ACS_MAX_RETRIES: '11', PORT: 'x' })).toThrow(ConfigError);
    try {
      loadConfig({ ACS_MAX_RETRIES: '11', PORT: 'x' });
    } catch (error) {
      expect((error as ConfigError).problems.map((p) => p.split(':')[0]).sort()).toEqual([
        'ACS_MAX_RETRIES',
        'PORT',
      ]);
    }
  });
});
