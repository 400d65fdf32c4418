import { SignJWT } from 'jose';

/** What `mintClientToken` puts in a token. */
export interface ClientTokenClaims {
  /** HS256 key: `AUTH_JWT_SECRET`. */
  secret: string;
  issuer: string;
  audience: string;
  /** `sub`: who the token is for (audit log, rate limit). */
  subject: string;
  /** Space-separated into `scope`. */
  scopes: readonly string[];
  /** The `rooms` claim; omitted: every room. */
  rooms?: readonly string[];
  /** Lifetime in seconds (negative: already expired, for tests). */
  ttlSeconds: number;
}

/**
 * An HS256 client token as a product's backend would mint it for its frontend (`npm run token`, tests).
 */
export function mintClientToken(claims: ClientTokenClaims): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({
    scope: claims.scopes.join(' '),
    ...(claims.rooms ? { rooms: [...claims.rooms] } : {}),
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(claims.issuer)
    .setAudience(claims.audience)
    .setSubject(claims.subject)
    .setIssuedAt(Math.min(now, now + claims.ttlSeconds))
    .setExpirationTime(now + claims.ttlSeconds)
    .sign(new TextEncoder().encode(claims.secret));
}
