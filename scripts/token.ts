/**
 * Mints a client token for the gateway (HS256 with AUTH_JWT_SECRET, AUTH_ISSUER and AUTH_AUDIENCE from the
 * environment), e.g. for GraphiQL's Headers tab or scripts:
 *
 *   npm run token -- --scope "rooms:read calls:listen" --room 99123 --ttl 1h [--sub alice]
 *
 * `--room` may repeat; without it the token reaches every room. Prints the token only.
 */
import { parseArgs } from 'node:util';
import { mintClientToken } from '../src/auth/mint.ts';
import { SCOPES } from '../src/auth/principal.ts';

const UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400 };

function fail(message: string): never {
  console.error(`token: ${message}`);
  process.exit(1);
}

const { values } = parseArgs({
  options: {
    scope: { type: 'string', default: SCOPES.join(' ') },
    room: { type: 'string', multiple: true },
    ttl: { type: 'string', default: '1h' },
    sub: { type: 'string', default: 'cli' },
  },
});
const secret = process.env.AUTH_JWT_SECRET;
const issuer = process.env.AUTH_ISSUER;
const audience = process.env.AUTH_AUDIENCE;
if (!secret || !issuer || !audience)
  fail('set AUTH_JWT_SECRET, AUTH_ISSUER and AUTH_AUDIENCE (as the gateway has them)');
const ttl = /^(\d+)([smhd])?$/.exec(values.ttl ?? '');
if (!ttl) fail('--ttl must look like 90, 30m, 1h or 7d');
const scopes = (values.scope ?? '').split(/\s+/).filter(Boolean);
const unknown = scopes.filter((scope) => !(SCOPES as readonly string[]).includes(scope));
if (unknown.length > 0) fail(`unknown scope ${unknown.join(', ')}; known: ${SCOPES.join(' ')}`);

console.log(
  await mintClientToken({
    secret,
    issuer,
    audience,
    subject: values.sub ?? 'cli',
    scopes,
    ...(values.room ? { rooms: values.room } : {}),
    ttlSeconds: Number(ttl[1]) * (UNITS[ttl[2] ?? 's'] ?? 1),
  }),
);
