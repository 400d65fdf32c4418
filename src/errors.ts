/**
 * The gateway's expected failures. Resolvers throw these; the schema turns them into the
 * `InputError` / `AcsError` members of each mutation's result union (architecture.md §3).
 * Anything else thrown is unexpected: yoga masks it ("Unexpected error.") and it is logged.
 */

/** Error codes a client can act on; mirrors the GraphQL `ErrorCode` enum. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'UPSTREAM_UNAVAILABLE';

/** Base of every expected failure; its message is safe to show a client. */
export abstract class DomainError extends Error {
  abstract readonly code: ErrorCode;
}

/** Input rejected by the gateway before ACS was called. */
export class InputError extends DomainError {
  override readonly name = 'InputError';
  readonly code = 'BAD_USER_INPUT' as const;
  /** The path of the offending input field, e.g. `input.participant.phoneNumber`. */
  readonly field: string | null;

  constructor(message: string, field?: string) {
    super(message);
    this.field = field ?? null;
  }
}

/** ACS refused or failed the operation. */
export class AcsError extends DomainError {
  override readonly name = 'AcsError';
  readonly code: ErrorCode;
  /** HTTP status ACS answered with; null when ACS could not be reached. */
  readonly status: number | null;
  /** ACS error code from the CommunicationError body (e.g. `8522`). */
  readonly acsCode: string | null;
  /** Seconds ACS asked us to wait (429 `Retry-After`). */
  readonly retryAfterSeconds: number | null;

  constructor(
    message: string,
    details: {
      code: ErrorCode;
      status?: number | null;
      acsCode?: string | null;
      retryAfterSeconds?: number | null;
    },
  ) {
    super(message);
    this.code = details.code;
    this.status = details.status ?? null;
    this.acsCode = details.acsCode ?? null;
    this.retryAfterSeconds = details.retryAfterSeconds ?? null;
  }
}

/**
 * A store the gateway depends on (the call event log's Redis) did not answer: nothing was done, and the same
 * request may succeed once it is back. Not a `DomainError` (never data in a mutation's result union): it is a
 * request error with `extensions.code = 'UNAVAILABLE'` and `retryAfterSeconds`, whose message names no
 * infrastructure (the detail, e.g. the Redis address, stays in the log).
 */
export class DependencyUnavailableError extends Error {
  override readonly name: string = 'DependencyUnavailableError';
  readonly code = 'UNAVAILABLE' as const;
  /** Seconds a client should wait before retrying: the store reconnects with a backoff capped near that. */
  readonly retryAfterSeconds: number = 2;
  /** What is unavailable, in words safe to show a client, e.g. "The call event log". */
  readonly dependency: string = 'A service the gateway depends on';
}
