import { mintClientToken } from '../../src/auth/mint.ts';
import { SCOPES, type Scope } from '../../src/auth/principal.ts';

/** HS256 client-auth settings for a test gateway (`startGatewayStack(disposers, { env: CLIENT_AUTH_ENV })`). */
export const CLIENT_AUTH = {
  secret: 'test-client-secret-0123456789abcdef0123',
  issuer: 'https://backend.example.test',
  audience: 'switchboard-test',
} as const;

export const CLIENT_AUTH_ENV = {
  AUTH_JWT_SECRET: CLIENT_AUTH.secret,
  AUTH_ISSUER: CLIENT_AUTH.issuer,
  AUTH_AUDIENCE: CLIENT_AUTH.audience,
};

export interface ClientTokenOptions {
  /** @default every scope */
  scopes?: readonly Scope[];
  rooms?: readonly string[];
  /** @default 300 */
  ttlSeconds?: number;
  /** @default 'test-user' */
  subject?: string;
  issuer?: string;
  audience?: string;
  /** Sign with another secret (a forgery). */
  secret?: string;
}

/** An HS256 client token, valid for `CLIENT_AUTH` unless the options say otherwise. */
export function clientToken(options: ClientTokenOptions = {}): Promise<string> {
  return mintClientToken({
    secret: options.secret ?? CLIENT_AUTH.secret,
    issuer: options.issuer ?? CLIENT_AUTH.issuer,
    audience: options.audience ?? CLIENT_AUTH.audience,
    subject: options.subject ?? 'test-user',
    scopes: options.scopes ?? SCOPES,
    ...(options.rooms ? { rooms: options.rooms } : {}),
    ttlSeconds: options.ttlSeconds ?? 300,
  });
}

/** An unsigned token (`alg: none`) with otherwise valid claims and every scope. */
export function unsignedToken(): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  return `${encode({ alg: 'none', typ: 'JWT' })}.${encode({
    iss: CLIENT_AUTH.issuer,
    aud: CLIENT_AUTH.audience,
    sub: 'mallory',
    scope: SCOPES.join(' '),
    iat: now,
    exp: now + 300,
  })}.`;
}

/** `{ authorization: 'Bearer <token>' }` */
export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
