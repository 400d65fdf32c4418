import { GraphQLError } from 'graphql';
import { RequestRefusedError } from '../auth/errors.ts';
import { AcsError, DependencyUnavailableError, DomainError, type ErrorCode, InputError } from '../errors.ts';
import type { Builder } from './builder.ts';

const ERROR_CODES: Record<ErrorCode, string> = {
  BAD_USER_INPUT: 'The input was invalid (rejected by the gateway or by ACS).',
  NOT_FOUND: 'ACS does not know the room, call connection, participant or recording.',
  FORBIDDEN:
    'ACS refused the operation (e.g. PSTN dial-out disabled for the room, or authentication failed).',
  CONFLICT: 'The operation conflicts with the current state of the resource.',
  RATE_LIMITED: 'ACS is throttling; retry after `retryAfterSeconds`.',
  UPSTREAM_UNAVAILABLE: 'ACS could not be reached or failed (5xx), even after retries.',
};

/** Registers `ErrorCode`, the `Error` interface, `InputError` and `AcsError`. */
export function addErrorTypes(builder: Builder) {
  const ErrorCodeEnum = builder.enumType('ErrorCode', {
    description: 'What kind of failure an `Error` is; stable, for programs to switch on.',
    values: Object.fromEntries(
      Object.entries(ERROR_CODES).map(([code, description]) => [code, { value: code, description }]),
    ) as Record<ErrorCode, { value: ErrorCode; description: string }>,
  });

  const ErrorInterface = builder.interfaceRef<DomainError>('Error').implement({
    description: 'An expected failure of a mutation, returned as data in its result union.',
    fields: (t) => ({
      code: t.field({ type: ErrorCodeEnum, description: 'The kind of failure.', resolve: (e) => e.code }),
      message: t.exposeString('message', { description: 'A human-readable explanation, safe to show.' }),
    }),
  });

  builder.objectType(InputError, {
    name: 'InputError',
    description: 'Input rejected by the gateway before ACS was called.',
    interfaces: [ErrorInterface],
    isTypeOf: (value) => value instanceof InputError,
    fields: (t) => ({
      field: t.string({
        nullable: true,
        description: 'Path of the offending argument or input field, e.g. `input.participant.phoneNumber`.',
        resolve: (e) => e.field,
      }),
    }),
  });

  builder.objectType(AcsError, {
    name: 'AcsError',
    description: 'ACS refused or failed the operation.',
    interfaces: [ErrorInterface],
    isTypeOf: (value) => value instanceof AcsError,
    fields: (t) => ({
      status: t.int({
        nullable: true,
        description: 'HTTP status ACS answered with; null when ACS could not be reached.',
        resolve: (e) => e.status,
      }),
      acsCode: t.string({
        nullable: true,
        description: 'ACS error code from its CommunicationError body, e.g. `8522` (call not found).',
        resolve: (e) => e.acsCode,
      }),
      retryAfterSeconds: t.int({
        nullable: true,
        description: 'Seconds ACS asked callers to wait (from `Retry-After`, on 429 and 503).',
        resolve: (e) => e.retryAfterSeconds,
      }),
    }),
  });

  return { ErrorCodeEnum, ErrorInterface };
}

/**
 * THE place a `DomainError` (for fields that have no error union: queries, connection fields, the
 * subscription), a `RequestRefusedError` (auth, limits) or a `DependencyUnavailableError` (`UNAVAILABLE`: the
 * event log's store is down; transient) becomes a request error: a `GraphQLError` with
 * `extensions.code` and the error's details (and `extensions.http.status` for 401/429), which yoga does not
 * mask. Anything else is returned unchanged (and masked). Callers only pass errors through here: yoga's
 * error masker (`createErrorMasker`), the subscription stream (`mapErrors`) and the authorization plugin.
 */
export function toGraphQLError(error: unknown): unknown {
  if (error instanceof RequestRefusedError) {
    const extensions: Record<string, unknown> = { code: error.code };
    if (error.retryAfterSeconds !== null) extensions.retryAfterSeconds = error.retryAfterSeconds;
    if (error.httpStatus !== null) extensions.http = { status: error.httpStatus };
    return new GraphQLError(error.message, { extensions });
  }
  if (error instanceof DependencyUnavailableError) {
    // The detail (which host, which command) is for the log; the client learns only what and when to retry.
    return new GraphQLError(`${error.dependency} is unavailable; retry after ${error.retryAfterSeconds} s.`, {
      extensions: { code: error.code, retryAfterSeconds: error.retryAfterSeconds },
    });
  }
  if (!(error instanceof DomainError)) return error;
  const extensions: Record<string, unknown> = { code: error.code };
  if (error instanceof InputError && error.field) extensions.field = error.field;
  if (error instanceof AcsError) {
    if (error.status !== null) extensions.status = error.status;
    if (error.acsCode !== null) extensions.acsCode = error.acsCode;
    if (error.retryAfterSeconds !== null) extensions.retryAfterSeconds = error.retryAfterSeconds;
  }
  return new GraphQLError(error.message, { extensions });
}
