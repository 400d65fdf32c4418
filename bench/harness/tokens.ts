/**
 * ACS callback tokens for `npm run bench`: RS256 JWTs signed with the harness's own key, which Switchboard is set
 * to trust (`ACS_CALLBACK_JWKS_URL` points at the harness). Shared by `run.ts` (which mints `ingest`'s tokens
 * before a run) and `load.ts` (which mints each `saturation` step's tokens before that step's window).
 */
import { createPrivateKey, type KeyObject, randomUUID, sign } from 'node:crypto';

/** What a token is signed with and for; `privateKeyPem` is PKCS#8, so it can cross the IPC channel. */
export interface CallbackSigner {
  privateKeyPem: string;
  kid: string;
  issuer: string;
  audience: string;
}

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A distinct token per callback (a `jti` each), as ACS sends; valid for an hour so none expires mid-run. */
export function mintTokens(count: number, signer: CallbackSigner, key?: KeyObject): string[] {
  const privateKey = key ?? createPrivateKey(signer.privateKeyPem);
  const header = base64url({ alg: 'RS256', typ: 'JWT', kid: signer.kid });
  const now = Math.floor(Date.now() / 1000);
  return Array.from({ length: count }, () => {
    const payload = base64url({
      iss: signer.issuer,
      aud: signer.audience,
      iat: now,
      nbf: now - 5,
      exp: now + 3_600,
      jti: randomUUID(),
    });
    const input = `${header}.${payload}`;
    return `${input}.${sign('sha256', Buffer.from(input), privateKey).toString('base64url')}`;
  });
}
