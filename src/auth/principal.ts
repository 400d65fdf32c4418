/** What a client may do, granted by its token's `scope` / `scp` claim. */
export const SCOPES = [
  'rooms:read',
  'rooms:write',
  'calls:listen',
  'calls:control',
  'calls:dial-out',
  'calls:record',
  'metrics:read',
  'calls:create',
  'calls:answer',
] as const;

export type Scope = (typeof SCOPES)[number];

/** Who is calling and what their token grants; in every `GatewayContext`. */
export interface Principal {
  /** The token's `sub` (`anonymous` when auth is off). */
  subject: string;
  scopes: ReadonlySet<Scope>;
  /** The `rooms` claim: the only rooms (and calls connected in them) the token may touch; null: any room. */
  rooms: ReadonlySet<string> | null;
  /** When the token expires (epoch ms); null when auth is off. Subscriptions end then. */
  expiresAt: number | null;
}

/** The principal of every request when `AUTH_MODE=none`: every scope, every room, no expiry. */
export const ANONYMOUS_PRINCIPAL: Principal = Object.freeze({
  subject: 'anonymous',
  scopes: new Set<Scope>(SCOPES),
  rooms: null,
  expiresAt: null,
});

/** What a subscriber is told when its token expires: how to continue. */
export const TOKEN_EXPIRED_MESSAGE =
  'token expired: reconnect with a fresh token and resume after your last cursor';
