/**
 * Refusals of a whole request (never data in a mutation's result union): who the client is, what it may do,
 * how much it may spend. `src/schema/errors.ts#toGraphQLError` turns them into request errors with
 * `extensions.code` (and the HTTP status for 401/413/429).
 */
export type RefusalCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'RATE_LIMITED' | 'LIMIT_EXCEEDED';

const HTTP_STATUS: Record<RefusalCode, number | null> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: null,
  RATE_LIMITED: 429,
  LIMIT_EXCEEDED: null,
};

/** A request refused before any ACS call; its message is safe to show a client. */
export class RequestRefusedError extends Error {
  override readonly name = 'RequestRefusedError';
  /** HTTP status of the whole response, when the refusal has one (401, 429). */
  readonly httpStatus: number | null;
  constructor(
    readonly code: RefusalCode,
    message: string,
    /** Seconds to wait before retrying (`RATE_LIMITED`). */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.httpStatus = HTTP_STATUS[code];
  }
}
