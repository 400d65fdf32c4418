import { KeyObject, verify as verifySignature } from 'node:crypto';
import { createRemoteJWKSet, errors } from 'jose';

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
 * Verifies ACS callback JWTs against a remote key set. Keys are cached (`jwksCacheMaxAgeMs`) and fetched
 * again when a token names an unknown `kid` (at most once per `jwksCooldownMs`), so ACS key rotation
 * needs no restart. Only RS256 is accepted. Each verifier has its own key cache.
 *
 * jose fetches and selects the keys; the signature is checked with `node:crypto`'s synchronous `verify` on a
 * cached `KeyObject`, and the claims by `checkClaims` (jose's rules for `iss`, `aud`, `exp`, `nbf`, `iat`).
 * jose verifies only through WebCrypto, whose asynchronous job per token was the largest cost of accepting a
 * callback (ACS sends a fresh token with every callback, so there is nothing to cache per token).
 */
export function createCallbackTokenVerifier(options: CallbackTokenVerifierOptions): CallbackTokenVerifier {
  const keys = createRemoteJWKSet(new URL(options.jwksUrl), {
    cooldownDuration: options.jwksCooldownMs ?? 30_000,
    cacheMaxAge: options.jwksCacheMaxAgeMs ?? 600_000,
    timeoutDuration: options.jwksTimeoutMs ?? 5_000,
  });
  const clockTolerance = options.clockToleranceSeconds ?? 60;
  /** The key set's keys as `node:crypto` keys, converted once per key (jose hands out the same CryptoKey). */
  const keyObjects = new WeakMap<object, KeyObject>();
  const malformed = () => new CallbackAuthError('The token is malformed or not RS256.');

  return {
    async verify(authorizationHeader) {
      if (!authorizationHeader) throw new CallbackAuthError('The Authorization header is missing.');
      const match = /^Bearer +([A-Za-z0-9_.-]+) *$/i.exec(authorizationHeader);
      const token = match?.[1];
      if (!token) throw new CallbackAuthError('The Authorization header is not "Bearer <JWT>".');
      const [header = '', payload = '', signature = '', ...rest] = token.split('.');
      if (rest.length > 0 || header === '' || payload === '' || signature === '') throw malformed();
      const protectedHeader = decodeSegment(header);
      const claims = decodeSegment(payload);
      // No `crit` extension is understood, so a token that requires one is refused (RFC 7515 §4.1.11).
      if (!protectedHeader || !claims || protectedHeader.alg !== 'RS256' || 'crit' in protectedHeader) {
        throw malformed();
      }
      let key: KeyObject | undefined;
      try {
        const cryptoKey = await keys(protectedHeader, { payload, signature });
        key = keyObjects.get(cryptoKey);
        if (!key) {
          key = KeyObject.from(cryptoKey);
          keyObjects.set(cryptoKey, key);
        }
      } catch (error) {
        throw toVerifierError(error);
      }
      // As jose requires for RS256: an RSA key of at least 2048 bits.
      if (key.asymmetricKeyType !== 'rsa' || (key.asymmetricKeyDetails?.modulusLength ?? 0) < 2048) {
        throw new CallbackAuthError('The token is not signed by a known key.');
      }
      const signed = Buffer.from(`${header}.${payload}`);
      if (!verifySignature('sha256', signed, key, Buffer.from(signature, 'base64url'))) {
        throw new CallbackAuthError('The token signature is invalid.');
      }
      checkClaims(claims, { issuer: options.issuer, audience: options.audience, clockTolerance });
    },
  };
}

/** A JSON object from a base64url token segment, or null. */
function decodeSegment(segment: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/**
 * jose's claim rules for what a callback token must carry: `iss`, `aud` and `exp` present; `iss` the issuer;
 * `aud` the audience (or an array holding it); `exp` not past and `nbf` not ahead, within `clockTolerance`
 * seconds; `iat`, when present, a number.
 */
function checkClaims(
  claims: Record<string, unknown>,
  expected: { issuer: string; audience: string; clockTolerance: number },
): void {
  const refuse = (claim: string) => new CallbackAuthError(`The token's "${claim}" claim is not acceptable.`);
  const now = Math.floor(Date.now() / 1000);
  const { iss, aud, exp, nbf, iat } = claims;
  if (iss !== expected.issuer) throw refuse('iss');
  const audiences = Array.isArray(aud) ? aud : [aud];
  if (!audiences.includes(expected.audience)) throw refuse('aud');
  if (iat !== undefined && typeof iat !== 'number') throw refuse('iat');
  if (nbf !== undefined && (typeof nbf !== 'number' || nbf > now + expected.clockTolerance))
    throw refuse('nbf');
  if (typeof exp !== 'number') throw refuse('exp');
  if (exp <= now - expected.clockTolerance) throw new CallbackAuthError('The token has expired.');
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
