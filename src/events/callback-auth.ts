import { createRemoteJWKSet, errors, jwtVerify } from 'jose';

/** Settings of `createCallbackTokenVerifier` (acs.md §5.1). */
export interface CallbackTokenVerifierOptions {
  /** Expected `iss`, e.g. `https://acscallautomation.communication.azure.com`. */
  issuer: string;
  /** The JSON Web Key Set URL, e.g. `https://acscallautomation.communication.azure.com/calling/keys`. */
  jwksUrl: string;
  /** Expected `aud`: the ACS resource's immutable resource id (a GUID, not the ARM path). */
  audience: string;
  /** Allowed clock skew for `exp`/`nbf`/`iat`, in seconds. @default 60 */
  clockToleranceSeconds?: number;
  /**
   * After fetching the key set, how long a token with an unknown `kid` is rejected without fetching again,
   * in milliseconds (protects the key endpoint from forged `kid`s). @default 30000
   */
  jwksCooldownMs?: number;
  /** How long fetched keys are used before they are fetched again, in milliseconds. @default 600000 */
  jwksCacheMaxAgeMs?: number;
  /** Timeout of one key set fetch, in milliseconds. @default 5000 */
  jwksTimeoutMs?: number;
}

/** Checks the `Authorization` header of a callback. */
export interface CallbackTokenVerifier {
  /**
   * Resolves when the header is `Bearer <JWT>` with a valid RS256 signature by a key of the key set, the
   * expected issuer and audience, and an unexpired `exp`.
   * @throws CallbackAuthError when the token is missing or not acceptable (the receiver answers 401).
   * @throws CallbackKeysUnavailableError when the key set cannot be fetched (the receiver answers 503).
   */
  verify(authorizationHeader: string | undefined): Promise<void>;
}

/** The callback's token is missing or not acceptable. `message` is safe to return: it never holds the token. */
export class CallbackAuthError extends Error {
  override readonly name = 'CallbackAuthError';
}

/** The signing keys could not be fetched; the callback may succeed when retried. */
export class CallbackKeysUnavailableError extends Error {
  override readonly name = 'CallbackKeysUnavailableError';
}

/**
 * Verifies ACS callback JWTs against a remote key set, with jose (`jwtVerify`): RS256 only, an RSA key of at
 * least 2048 bits, `iss`, `aud` (or an array holding it) and `exp` required, `exp`/`nbf`/`iat` checked within
 * `clockToleranceSeconds`. Keys are cached (`jwksCacheMaxAgeMs`) and fetched again when a token names an
 * unknown `kid` (at most once per `jwksCooldownMs`, each fetch bounded by `jwksTimeoutMs`), so ACS key rotation
 * needs no restart. Each verifier has its own key cache; jose imports each key once and keeps it with the set.
 */
export function createCallbackTokenVerifier(options: CallbackTokenVerifierOptions): CallbackTokenVerifier {
  const keys = createRemoteJWKSet(new URL(options.jwksUrl), {
    cooldownDuration: options.jwksCooldownMs ?? 30_000,
    cacheMaxAge: options.jwksCacheMaxAgeMs ?? 600_000,
    timeoutDuration: options.jwksTimeoutMs ?? 5_000,
  });
  const verifyOptions = {
    issuer: options.issuer,
    audience: options.audience,
    algorithms: ['RS256'],
    clockTolerance: options.clockToleranceSeconds ?? 60,
    requiredClaims: ['exp'],
  };
  const malformed = () => new CallbackAuthError('The token is malformed or not RS256.');

  return {
    async verify(authorizationHeader) {
      if (!authorizationHeader) throw new CallbackAuthError('The Authorization header is missing.');
      const token = /^Bearer +([A-Za-z0-9_.-]+) *$/i.exec(authorizationHeader)?.[1];
      if (!token) throw new CallbackAuthError('The Authorization header is not "Bearer <JWT>".');
      let protectedHeader: { crit?: unknown };
      try {
        ({ protectedHeader } = await jwtVerify(token, keys, verifyOptions));
      } catch (error) {
        throw toVerifierError(error);
      }
      // jose understands the `b64` extension; ACS uses none, so a token that requires one is refused.
      if ('crit' in protectedHeader) throw malformed();
    },
  };
}

function toVerifierError(error: unknown): Error {
  if (error instanceof errors.JWTExpired) return new CallbackAuthError('The token has expired.');
  if (error instanceof errors.JWTClaimValidationFailed) {
    return new CallbackAuthError(`The token's "${error.claim}" claim is not acceptable.`);
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) {
    return new CallbackAuthError('The token signature is invalid.');
  }
  if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys) {
    return new CallbackAuthError('The token is not signed by a known key.');
  }
  if (
    error instanceof errors.JWSInvalid ||
    error instanceof errors.JWTInvalid ||
    error instanceof errors.JOSEAlgNotAllowed ||
    error instanceof errors.JOSENotSupported
  ) {
    return new CallbackAuthError('The token is malformed or not RS256.');
  }
  // JWKSTimeout, JWKSInvalid, a non-200 key set response, network errors: the key endpoint's fault.
  return new CallbackKeysUnavailableError('The callback signing keys could not be fetched.', {
    cause: error,
  });
}
