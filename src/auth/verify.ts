import { createRemoteJWKSet, errors, type JWTPayload, type JWTVerifyGetKey, jwtVerify } from 'jose';
import type { AuthConfig } from '../config-model.ts';
import { RequestRefusedError } from './errors.ts';
import { ANONYMOUS_PRINCIPAL, type Principal, SCOPES, type Scope } from './principal.ts';

/** Turns a bearer token (or its absence) into a `Principal`. */
export interface Authenticator {
  /** @throws RequestRefusedError `UNAUTHENTICATED` when the token is missing, malformed, expired or not ours. */
  authenticate(token: string | null): Promise<Principal>;
}

/** A JWKS fetch that hangs must not hang the request that needed it. */
const JWKS_TIMEOUT_MS = 5_000;
/** At most one refetch per 30 s when a token names an unknown `kid` (a flood of forged kids cannot hammer the IdP). */
const JWKS_COOLDOWN_MS = 30_000;

/**
 * The authenticator for `config`: with `mode: 'none'` everyone is `ANONYMOUS_PRINCIPAL`; with `jwt`, a token
 * must be signed by the JWKS (RS256/ES256) or the shared secret (HS256), carry the configured `iss` and `aud`,
 * a `sub` and an `exp` in the future. `alg: none` and any other algorithm are refused.
 */
export function createAuthenticator(config: AuthConfig): Authenticator {
  if (config.mode === 'none') return { authenticate: async () => ANONYMOUS_PRINCIPAL };
  const { issuer, audience } = config;
  let key: JWTVerifyGetKey | Uint8Array;
  let algorithms: string[];
  if (config.key.kind === 'jwks') {
    key = createRemoteJWKSet(new URL(config.key.url), {
      timeoutDuration: JWKS_TIMEOUT_MS,
      cooldownDuration: JWKS_COOLDOWN_MS,
    });
    algorithms = ['RS256', 'ES256'];
  } else {
    key = new TextEncoder().encode(config.key.secret);
    algorithms = ['HS256'];
  }
  return {
    async authenticate(token) {
      if (!token) throw unauthenticated('a bearer token is required (Authorization: Bearer <JWT>)');
      let payload: JWTPayload;
      try {
        ({ payload } = await jwtVerify(token, key as Uint8Array, {
          issuer,
          audience,
          algorithms,
          requiredClaims: ['exp', 'sub'],
        }));
      } catch (error) {
        throw unauthenticated(reasonOf(error));
      }
      return principalOf(payload);
    },
  };
}

function unauthenticated(reason: string): RequestRefusedError {
  return new RequestRefusedError('UNAUTHENTICATED', `Unauthenticated: ${reason}.`);
}

/** A reason safe to show: which check failed, never the token or the key. */
function reasonOf(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'the token has expired';
  if (error instanceof errors.JWTClaimValidationFailed)
    return `the token's ${error.claim} claim is not accepted`;
  if (error instanceof errors.JOSEAlgNotAllowed)
    return 'the token is signed with an algorithm that is not accepted';
  if (error instanceof errors.JWKSTimeout) return 'the signing keys could not be fetched in time; retry';
  return 'the token is invalid';
}

/** Scopes from `scope` (space-separated, RFC 8693) or `scp` (Entra ID: a string or an array); unknown ones ignored. */
function principalOf(payload: JWTPayload): Principal {
  const raw = payload.scope ?? payload.scp;
  const names = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(' ') : [];
  const scopes = new Set(names.filter((name): name is Scope => SCOPES.includes(name as Scope)));
  let rooms: Set<string> | null = null;
  if (payload.rooms !== undefined) {
    // A malformed claim must not widen the token to every room.
    if (!Array.isArray(payload.rooms) || !payload.rooms.every((room) => typeof room === 'string')) {
      throw unauthenticated('the rooms claim must be an array of room ids');
    }
    rooms = new Set(payload.rooms);
  }
  return {
    subject: String(payload.sub),
    scopes,
    rooms,
    expiresAt: typeof payload.exp === 'number' ? payload.exp * 1000 : null,
  };
}

/**
 * The bearer token of a request: the `Authorization: Bearer` header, else (for a browser's `EventSource`,
 * which cannot set headers) the `access_token` query parameter of an SSE GET (RFC 6750 §2.3).
 */
export function bearerToken(authorization: string | null | undefined, url?: URL): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  if (match?.[1]) return match[1];
  return url?.searchParams.get('access_token') || null;
}
