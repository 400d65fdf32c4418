import { createPrivateKey, generateKeyPairSync, type JsonWebKey, randomUUID, sign } from 'node:crypto';

export interface CallbackTokenIssuer {
  /** The public key set served at `/calling/keys`. */
  jwks(): { keys: JsonWebKey[] };
  /** A fresh RS256 token for one callback delivery (5-minute lifetime, acs.md §5.1). */
  mint(): string;
}

const base64url = (value: string | Buffer): string => Buffer.from(value).toString('base64url');

/** Generates an RSA key pair for this emulator instance and signs callback JWTs with it. */
export function createCallbackTokenIssuer(options: {
  issuer: string;
  audience: string;
}): CallbackTokenIssuer {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = randomUUID();
  const key = createPrivateKey(privateKey.export({ format: 'pem', type: 'pkcs8' }));
  const publicJwk = { ...publicKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' };
  return {
    jwks: () => ({ keys: [publicJwk] }),
    mint() {
      const now = Math.floor(Date.now() / 1000);
      const header = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid }));
      const payload = base64url(
        JSON.stringify({ iss: options.issuer, aud: options.audience, iat: now, nbf: now, exp: now + 300 }),
      );
      const signature = sign('sha256', Buffer.from(`${header}.${payload}`), key);
      return `${header}.${payload}.${base64url(signature)}`;
    },
  };
}
