import { AcsError, DomainError, type ErrorCode } from '../errors.ts';

/**
 * The shape of `RestError` from `@azure/core-rest-pipeline`, read structurally so this module does not
 * depend on a transitive package: `statusCode` (absent when no response came back), `code` (the ACS error
 * code, or `REQUEST_SEND_ERROR` for network failures), and the response headers.
 */
interface RestErrorLike {
  name: 'RestError';
  statusCode?: number;
  code?: string;
  response?: { headers?: { get(name: string): string | undefined } };
  details?: unknown;
}

function isRestErrorLike(error: unknown): error is RestErrorLike {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'RestError';
}

/** Node's network error codes: ACS could not be reached at all. */
const NETWORK_CODES = new Set([
  'REQUEST_SEND_ERROR',
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  'UND_ERR_SOCKET',
]);

/**
 * THE table: ACS HTTP status → error code (architecture.md §3). Messages are ours: ACS's own error text
 * is logged, never shown to clients.
 */
const STATUS_TABLE: { match: (status: number) => boolean; code: ErrorCode; message: string }[] = [
  { match: (s) => s === 400, code: 'BAD_USER_INPUT', message: 'ACS rejected the request as invalid.' },
  { match: (s) => s === 401 || s === 403, code: 'FORBIDDEN', message: 'ACS refused the operation.' },
  { match: (s) => s === 404, code: 'NOT_FOUND', message: 'ACS could not find the resource.' },
  {
    match: (s) => s === 409,
    code: 'CONFLICT',
    message: 'ACS refused the operation because of a conflicting state.',
  },
  { match: (s) => s === 429, code: 'RATE_LIMITED', message: 'ACS is throttling requests; retry later.' },
  { match: (s) => s >= 500, code: 'UPSTREAM_UNAVAILABLE', message: 'ACS is unavailable; retry later.' },
];

/** Seconds from a `Retry-After` (seconds or HTTP date) or `retry-after-ms` header; null when absent. */
export function parseRetryAfter(
  headers: { get(name: string): string | undefined } | undefined,
  now = Date.now(),
): number | null {
  if (!headers) return null;
  const ms = headers.get('retry-after-ms') ?? headers.get('x-ms-retry-after-ms');
  if (ms !== undefined && /^\d+$/.test(ms.trim())) return Math.ceil(Number(ms) / 1000);
  const value = headers.get('retry-after')?.trim();
  if (!value) return null;
  if (/^\d+$/.test(value)) return Number(value);
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - now) / 1000));
}

/**
 * Maps whatever an ACS SDK call threw to a `DomainError`:
 * - `DomainError`: unchanged;
 * - `RestError` with a status: by the status table, with `status`, `acsCode` and (429) `retryAfterSeconds`;
 *   a 4xx outside the table reads as BAD_USER_INPUT;
 * - `RestError` without a status, or a Node network error: UPSTREAM_UNAVAILABLE;
 * - anything else (a bug, an SDK oddity): returned unchanged, so it stays unexpected (masked and logged).
 * The original error is kept as `cause` for the logs.
 */
export function toDomainError(error: unknown): unknown {
  if (error instanceof DomainError) return error;
  if (isRestErrorLike(error)) {
    const status = error.statusCode;
    if (status === undefined) {
      return withCause(
        new AcsError('ACS could not be reached; retry later.', { code: 'UPSTREAM_UNAVAILABLE' }),
        error,
      );
    }
    const row = STATUS_TABLE.find((r) => r.match(status));
    const code: ErrorCode =
      row?.code ?? (status >= 400 && status < 500 ? 'BAD_USER_INPUT' : 'UPSTREAM_UNAVAILABLE');
    const acsCode =
      error.code && error.code !== 'REQUEST_SEND_ERROR' ? error.code : (errorCodeHeader(error) ?? null);
    return withCause(
      new AcsError(row?.message ?? `ACS answered with HTTP ${status}.`, {
        code,
        status,
        acsCode,
        retryAfterSeconds: status === 429 || status === 503 ? parseRetryAfter(error.response?.headers) : null,
      }),
      error,
    );
  }
  const networkCode = (error as { code?: unknown } | null)?.code;
  if (typeof networkCode === 'string' && NETWORK_CODES.has(networkCode)) {
    return withCause(
      new AcsError('ACS could not be reached; retry later.', { code: 'UPSTREAM_UNAVAILABLE' }),
      error,
    );
  }
  return error;
}

function errorCodeHeader(error: RestErrorLike): string | undefined {
  return error.response?.headers?.get('x-ms-error-code');
}

function withCause<E extends Error>(domain: E, cause: unknown): E {
  Object.defineProperty(domain, 'cause', { value: cause, enumerable: false, configurable: true });
  return domain;
}

/** Runs an SDK call and rejects only with `toDomainError(error)`. */
export async function callAcs<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw toDomainError(error);
  }
}
