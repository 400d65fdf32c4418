import { KeyObject } from 'node:crypto';
import { type Algorithm, createVerifier, TokenError } from 'fast-jwt';
import { createRemoteJWKSet, decodeProtectedHeader, errors, type ProtectedHeaderParameters } from 'jose';

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
 * Verifies ACS callback JWTs: RS256 only, an RSA key of at least 2048 bits, `iss`, `aud` (or an array holding
 * it) and `exp` required, `exp`/`nbf` checked within `clockToleranceSeconds`, `iat` a number when present, no
 * `crit` extension. No JWT is parsed by hand:
 * - jose selects the key: `decodeProtectedHeader`, then `createRemoteJWKSet`, which caches the key set
 *   (`jwksCacheMaxAgeMs`) and fetches it again when a token names an unknown `kid` (at most once per
 *   `jwksCooldownMs`, each fetch bounded by `jwksTimeoutMs`), so ACS key rotation needs no restart;
 * - fast-jwt checks the signature and the claims, with one verifier per key, built the first time the key is
 *   used. It verifies with `node:crypto` synchronously. jose verifies only through asynchronous crypto jobs,
 *   which cost 65–215 µs of CPU per token where fast-jwt costs about 50 µs (bench/README.md, "Ingest on library
 *   JWT checks"), and ACS sends a fresh token with every callback, so nothing per token can be cached.
 * Each verifier has its own key cache.
 */
export function createCallbackTokenVerifier(options: CallbackTokenVerifierOptions): CallbackTokenVerifier {
  const keys = createRemoteJWKSet(new URL(options.jwksUrl), {
    cooldownDuration: options.jwksCooldownMs ?? 30_000,
    cacheMaxAge: options.jwksCacheMaxAgeMs ?? 600_000,
    timeoutDuration: options.jwksTimeoutMs ?? 5_000,
  });
  const claimRules = {
    algorithms: [ALGORITHM] as Algorithm[],
    allowedIss: options.issuer,
    allowedAud: options.audience,
    // fast-jwt checks a claim only when it is present: the ones it must check are required.
    requiredClaims: ['iss', 'aud', 'exp'],
    clockTolerance: (options.clockToleranceSeconds ?? 60) * 1000,
    cache: false,
  };
  /** One fast-jwt verifier per key of the set; jose hands out the same CryptoKey until the set changes. */
  const verifiers = new WeakMap<CryptoKey, (token: string) => Record<string, unknown>>();
  const verifierOf = (key: CryptoKey) => {
    let verifier = verifiers.get(key);
    if (!verifier) {
      const keyObject = KeyObject.from(key);
      if ((keyObject.asymmetricKeyDetails?.modulusLength ?? 0) < MIN_RSA_MODULUS_BITS) {
        throw new CallbackAuthError(`The signing key is shorter than ${MIN_RSA_MODULUS_BITS} bits.`);
      }
      verifier = createVerifier({
        ...claimRules,
        key: keyObject.export({ type: 'spki', format: 'pem' }).toString(),
      }) as (token: string) => Record<string, unknown>;
      verifiers.set(key, verifier);
    }
    return verifier;
  };
  const malformed = () => new CallbackAuthError('The token is malformed or not RS256.');
  /**
   * Decoded protected headers by their base64url text (null: not a header). A key signs many tokens under one
   * header, so decoding is remembered; the text is the whole input, so a remembered header is the decoding.
   */
  const headers = new Map<string, ProtectedHeaderParameters | null>();
  const headerOf = (segment: string) => {
    let header = headers.get(segment);
    if (header === undefined) {
      try {
        header = decodeProtectedHeader({ protected: segment });
      } catch {
        header = null;
      }
      if (headers.size >= REMEMBERED_HEADERS) headers.delete(headers.keys().next().value as string);
      headers.set(segment, header);
    }
    return header;
  };

  return {
    async verify(authorizationHeader) {
      if (!authorizationHeader) throw new CallbackAuthError('The Authorization header is missing.');
      const token = /^Bearer +([A-Za-z0-9_.-]+) *$/i.exec(authorizationHeader)?.[1];
      if (!token) throw new CallbackAuthError('The Authorization header is not "Bearer <JWT>".');
      const headerEnd = token.indexOf('.');
      const protectedHeader = headerEnd > 0 ? headerOf(token.slice(0, headerEnd)) : null;
      if (protectedHeader === null) throw malformed();
      // Checked before the key set is asked: a header of another algorithm never reaches it.
      if (protectedHeader.alg !== ALGORITHM || 'crit' in protectedHeader) throw malformed();
      let payload: Record<string, unknown>;
      try {
        payload = verifierOf(await keys(protectedHeader))(token);
      } catch (error) {
        throw toVerifierError(error);
      }
      if (payload.iat !== undefined && typeof payload.iat !== 'number') throw claimRefused('iat');
    },
  };
}

const ALGORITHM = 'RS256' satisfies Algorithm;
/** Decoded headers remembered per verifier: ACS signs with a handful of keys; forged headers push out the oldest. */
const REMEMBERED_HEADERS = 64;
/** jose's floor for RSA signing keys. */
const MIN_RSA_MODULUS_BITS = 2048;

const claimRefused = (claim: string) =>
  new CallbackAuthError(`The token's "${claim}" claim is not acceptable.`);

function toVerifierError(error: unknown): Error {
  if (error instanceof CallbackAuthError) return error;
  if (error instanceof TokenError) return fromTokenError(error);
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

/** fast-jwt's refusals as safe messages (its own name the claim, e.g. "The aud claim value is not allowed."). */
function fromTokenError(error: TokenError): CallbackAuthError {
  switch (error.code) {
    case TokenError.codes.expired:
      return new CallbackAuthError('The token has expired.');
    case TokenError.codes.inactive:
      return claimRefused('nbf');
    case TokenError.codes.invalidSignature:
      return new CallbackAuthError('The token signature is invalid.');
    case TokenError.codes.missingRequiredClaim:
    case TokenError.codes.invalidClaimType:
    case TokenError.codes.invalidClaimValue: {
      const claim = /^(?:The|None of) (\w+) claim/.exec(error.message)?.[1];
      return claim ? claimRefused(claim) : new CallbackAuthError('A claim of the token is not acceptable.');
    }
    default:
      return new CallbackAuthError('The token is malformed or not RS256.');
  }
}
