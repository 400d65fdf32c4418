import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type CryptoKey, exportJWK, generateKeyPair, type JWK, SignJWT } from 'jose';

/** What a minted token gets wrong on purpose (everything is right by default). */
export interface MintOptions {
  /** Sign with a key the JWKS does not publish, under the published `kid` (a forgery). */
  forged?: boolean;
  /** `exp` relative to now, in seconds; negative for an expired token. @default 300 (ACS's 5 minutes) */
  expiresInSeconds?: number;
  issuer?: string;
  audience?: string;
  /** Sign with RS256 under this `kid` instead of the current one. */
  kid?: string;
  /** Extra or replaced claims (e.g. `{ nbf: … }`, `{ aud: [...] }`). */
  claims?: Record<string, unknown>;
  /** Extra protected header parameters (e.g. `{ b64: true, crit: ['b64'] }`). */
  header?: Record<string, unknown>;
}

export interface JwksServer {
  /** URL of the key set (`/calling/keys`, as ACS publishes it). */
  jwksUrl: string;
  issuer: string;
  audience: string;
  /** An RS256 callback token, valid unless `options` say otherwise. */
  mint(options?: MintOptions): Promise<string>;
  /** Replaces the published key with a new one (new `kid`); later tokens use it. */
  rotate(): Promise<void>;
  /** How many times the key set was fetched. */
  fetches(): number;
  close(): Promise<void>;
}

interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
  publicJwk: JWK;
}

async function newKey(): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const kid = randomUUID();
  return { kid, privateKey, publicJwk: { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' } };
}

/**
 * A JWKS endpoint on 127.0.0.1 (port 0) plus a token minter, standing in for ACS's callback signing
 * (acs.md §5.1). Each call makes its own keys: nothing is shared between tests.
 */
export async function startJwksServer(
  options: { issuer?: string; audience?: string } = {},
): Promise<JwksServer> {
  let current = await newKey();
  const stranger = await newKey();
  let fetchCount = 0;
  const server = createServer((req, res) => {
    if (req.url !== '/calling/keys') {
      res.writeHead(404).end();
      return;
    }
    fetchCount++;
    res
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ keys: [current.publicJwk] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const issuer = options.issuer ?? 'https://acscallautomation.communication.azure.com';
  const audience = options.audience ?? randomUUID();

  return {
    jwksUrl: `http://127.0.0.1:${port}/calling/keys`,
    issuer,
    audience,
    async mint(mint = {}) {
      const key = mint.forged ? stranger.privateKey : current.privateKey;
      const now = Math.floor(Date.now() / 1000);
      return new SignJWT({
        iss: mint.issuer ?? issuer,
        aud: mint.audience ?? audience,
        iat: now - 5,
        nbf: now - 5,
        exp: now + (mint.expiresInSeconds ?? 300),
        ...mint.claims,
      })
        .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: mint.kid ?? current.kid, ...mint.header })
        .sign(key);
    },
    async rotate() {
      current = await newKey();
    },
    fetches: () => fetchCount,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
