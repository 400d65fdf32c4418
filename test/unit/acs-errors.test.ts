import { describe, expect, it } from 'vitest';
import { parseRetryAfter, toDomainError } from '../../src/acs/errors.ts';
import { AcsError, InputError } from '../../src/errors.ts';

/** A RestError as @azure/core-rest-pipeline builds it (name, statusCode, code, response headers). */
function restError(statusCode: number | undefined, code?: string, headers: Record<string, string> = {}) {
  const error = new Error('raw ACS text that must not reach clients') as Error & Record<string, unknown>;
  error.name = 'RestError';
  if (statusCode !== undefined) error.statusCode = statusCode;
  if (code) error.code = code;
  error.response = { headers: { get: (name: string) => headers[name.toLowerCase()] } };
  return error;
}

describe('toDomainError', () => {
  it.each([
    [400, 'BAD_USER_INPUT'],
    [401, 'FORBIDDEN'],
    [403, 'FORBIDDEN'],
    [404, 'NOT_FOUND'],
    [409, 'CONFLICT'],
    [429, 'RATE_LIMITED'],
    [500, 'UPSTREAM_UNAVAILABLE'],
    [502, 'UPSTREAM_UNAVAILABLE'],
    [503, 'UPSTREAM_UNAVAILABLE'],
  ])('maps ACS status %i to %s', (status, code) => {
    const mapped = toDomainError(restError(status, '8522'));
    expect(mapped).toBeInstanceOf(AcsError);
    expect(mapped).toMatchObject({ code, status, acsCode: '8522' });
  });

  it('keeps retryAfterSeconds from the Retry-After header of a 429', () => {
    expect(toDomainError(restError(429, 'TooManyRequests', { 'retry-after': '12' }))).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterSeconds: 12,
    });
  });

  it('treats a RestError without a status (network failure) as UPSTREAM_UNAVAILABLE with no status', () => {
    expect(toDomainError(restError(undefined, 'REQUEST_SEND_ERROR'))).toMatchObject({
      code: 'UPSTREAM_UNAVAILABLE',
      status: null,
      acsCode: null,
    });
  });

  it('reads the ACS code from x-ms-error-code when the body has none', () => {
    expect(toDomainError(restError(400, undefined, { 'x-ms-error-code': 'BadRequest' }))).toMatchObject({
      acsCode: 'BadRequest',
    });
  });

  it('never copies the raw ACS message, and keeps the original as cause', () => {
    const original = restError(404, '8522');
    const mapped = toDomainError(original) as AcsError;
    expect(mapped.message).not.toContain('raw ACS text');
    expect(mapped.cause).toBe(original);
  });

  it('leaves DomainErrors as they are and anything else unexpected', () => {
    const input = new InputError('bad', 'input.x');
    const bug = new TypeError('undefined is not a function');
    expect([toDomainError(input), toDomainError(bug)]).toEqual([input, bug]);
  });
});

describe('parseRetryAfter', () => {
  const headers = (values: Record<string, string>) => ({ get: (name: string) => values[name] });

  it('reads delay-seconds, retry-after-ms and HTTP dates', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter(headers({ 'retry-after': '3' }), now)).toBe(3);
    expect(parseRetryAfter(headers({ 'retry-after-ms': '1500' }), now)).toBe(2);
    expect(parseRetryAfter(headers({ 'retry-after': 'Thu, 01 Jan 2026 00:00:30 GMT' }), now)).toBe(30);
  });

  it('is null when absent or unreadable', () => {
    expect(parseRetryAfter(headers({}))).toBeNull();
    expect(parseRetryAfter(headers({ 'retry-after': 'soon' }))).toBeNull();
    expect(parseRetryAfter(undefined)).toBeNull();
  });
});
