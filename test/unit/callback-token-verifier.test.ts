import { generateKeyPairSync, sign } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CallbackAuthError,
  type CallbackTokenVerifier,
  createCallbackTokenVerifier,
} from '../../src/events/callback-auth.ts';
import { type JwksServer, startJwksServer } from '../helpers/jwt.ts';

/*
 * The claim and header rules of callback tokens (acs.md §5.1), against a real key set over HTTP. The common
 * refusals (forged, expired, wrong audience or issuer, malformed) are covered end to end in
 * test/contract/callback-receiver.test.ts; these are the finer rules.
 */

let jwks: JwksServer;
let verifier: CallbackTokenVerifier;
beforeAll(async () => {
  jwks = await startJwksServer();
  verifier = createCallbackTokenVerifier({
    issuer: jwks.issuer,
    jwksUrl: jwks.jwksUrl,
    audience: jwks.audience,
  });
});
afterAll(() => jwks.close());

const bearer = (token: string) => `Bearer ${token}`;
const now = () => Math.floor(Date.now() / 1000);

describe('a callback token', () => {
  it('is accepted when valid', async () => {
    await expect(verifier.verify(bearer(await jwks.mint()))).resolves.toBeUndefined();
  });

  it('is accepted when its aud is an array that holds the audience', async () => {
    const token = await jwks.mint({ claims: { aud: ['another-resource', jwks.audience] } });
    await expect(verifier.verify(bearer(token))).resolves.toBeUndefined();
  });

  it('is accepted when it expired less than the clock tolerance ago', async () => {
    const token = await jwks.mint({ expiresInSeconds: -30 });
    await expect(verifier.verify(bearer(token))).resolves.toBeUndefined();
  });

  it('is refused when its nbf is further ahead than the clock tolerance', async () => {
    const token = await jwks.mint({ claims: { nbf: now() + 600 } });
    await expect(verifier.verify(bearer(token))).rejects.toThrow(
      'The token\'s "nbf" claim is not acceptable.',
    );
  });

  it('is refused without an exp claim', async () => {
    const token = await jwks.mint({ claims: { exp: undefined } });
    await expect(verifier.verify(bearer(token))).rejects.toThrow(
      'The token\'s "exp" claim is not acceptable.',
    );
  });

  it.each(['iss', 'aud'])('is refused without an %s claim', async (claim) => {
    const token = await jwks.mint({ claims: { [claim]: undefined } });
    await expect(verifier.verify(bearer(token))).rejects.toThrow(
      `The token's "${claim}" claim is not acceptable.`,
    );
  });

  it('is refused when signed by an RSA key shorter than 2048 bits', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
    const server = createServer((_req, res) =>
      res.end(
        JSON.stringify({ keys: [{ ...publicKey.export({ format: 'jwk' }), kid: 'short', alg: 'RS256' }] }),
      ),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const shortKeyVerifier = createCallbackTokenVerifier({
        issuer: jwks.issuer,
        jwksUrl: `http://127.0.0.1:${port}/calling/keys`,
        audience: jwks.audience,
      });
      const segment = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
      const input = `${segment({ alg: 'RS256', kid: 'short' })}.${segment({ iss: jwks.issuer, aud: jwks.audience, exp: now() + 300 })}`;
      const signature = sign('sha256', Buffer.from(input), privateKey).toString('base64url');
      await expect(shortKeyVerifier.verify(bearer(`${input}.${signature}`))).rejects.toThrow(
        'The signing key is shorter than 2048 bits.',
      );
    } finally {
      server.close();
    }
  });

  it('is refused when its iat is not a number', async () => {
    const token = await jwks.mint({ claims: { iat: 'yesterday' } });
    await expect(verifier.verify(bearer(token))).rejects.toThrow(
      'The token\'s "iat" claim is not acceptable.',
    );
  });

  it('is refused when it requires a header extension (crit)', async () => {
    const token = await jwks.mint({ header: { b64: true, crit: ['b64'] } });
    await expect(verifier.verify(bearer(token))).rejects.toThrow('The token is malformed or not RS256.');
  });

  it('is refused when its payload was swapped for another under the same signature', async () => {
    const [header, , signature] = (await jwks.mint()).split('.');
    const [, payload] = (await jwks.mint({ claims: { jti: 'another-token' } })).split('.');
    await expect(verifier.verify(bearer(`${header}.${payload}.${signature}`))).rejects.toThrow(
      'The token signature is invalid.',
    );
  });

  it('is refused when it claims an algorithm other than RS256', async () => {
    const [, payload] = (await jwks.mint()).split('.');
    const none = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const error = await verifier.verify(bearer(`${none}.${payload}.x`)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CallbackAuthError);
    expect((error as Error).message).toBe('The token is malformed or not RS256.');
  });
});
