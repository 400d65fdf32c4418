import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { CORSOptions } from 'graphql-yoga';
import { GRAPHIQL_DEFAULT_QUERY } from './graphiql.ts';

/**
 * Which web origins may use the API. A request without `Origin` is not from a page (curl, a backend) and is
 * let through to authentication; a page on the gateway's own origin (GraphiQL) is always allowed; any other
 * page only from `CORS_ORIGINS`. The same check guards HTTP (CSRF), SSE and WebSocket upgrades (which CORS
 * does not cover).
 */
export interface OriginPolicy {
  /** Whether a request with this `Origin` (and `Host`) may proceed. */
  allows(origin: string | undefined | null, host: string | undefined | null): boolean;
  /** yoga's CORS answer: allowlisted origins get credentials-less CORS headers; others get none. */
  cors(request: Request): CORSOptions;
}

/** `patterns`: origins, where `:*` matches any port (`http://localhost:*`). */
export function createOriginPolicy(patterns: readonly string[]): OriginPolicy {
  const matchers = patterns.map((pattern) => {
    const wildcardPort = pattern.endsWith(':*');
    const base = (wildcardPort ? pattern.slice(0, -2) : pattern).toLowerCase();
    return (origin: string) =>
      origin === base ||
      (wildcardPort && origin.startsWith(`${base}:`) && /^\d+$/.test(origin.slice(base.length + 1)));
  });
  const listed = (origin: string) => matchers.some((matches) => matches(origin.toLowerCase()));
  const sameOrigin = (origin: string, host: string | undefined | null) => {
    if (!host) return false;
    try {
      return new URL(origin).host.toLowerCase() === host.toLowerCase();
    } catch {
      return false;
    }
  };
  return {
    allows: (origin, host) => !origin || sameOrigin(origin, host) || listed(origin),
    cors(request) {
      const origin = request.headers.get('origin');
      if (!origin || !listed(origin)) return false;
      return {
        origin: [origin],
        methods: ['GET', 'POST'],
        allowedHeaders: ['authorization', 'content-type', 'accept', 'last-event-id', 'x-request-id'],
        exposedHeaders: ['x-request-id'],
        credentials: false,
        maxAge: 600,
      };
    },
  };
}

/**
 * Which `Host` names the gateway answers to. A page on a domain an attacker controls can rebind that name to
 * 127.0.0.1 (DNS rebinding): its requests then come with its own name as Host and as Origin, so they pass as
 * same-origin. Refusing every name but the expected ones closes that door, on HTTP, SSE and WebSocket alike.
 */
export interface HostPolicy {
  /** Whether a request with this `Host` header may proceed. */
  allows(host: string | undefined): boolean;
}

/** `allowed`: host names (lower case, IPv6 in brackets, no port); null allows any. */
export function createHostPolicy(allowed: readonly string[] | null): HostPolicy {
  if (allowed === null) return { allows: () => true };
  const names = new Set(allowed);
  return {
    allows(host) {
      if (!host) return false;
      const name = (host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.split(':')[0]) ?? '';
      return names.has(name.toLowerCase());
    },
  };
}

/** `extensions.code` of a request refused for its `Host` name (answered with 421 Misdirected Request). */
export const HOST_NOT_ALLOWED = 'HOST_NOT_ALLOWED';

/** The body of that refusal: says which setting lets the name in. */
export function hostRefusalBody(host: string | undefined): string {
  const message = `This gateway does not answer to the Host ${JSON.stringify(host ?? '')} (ALLOWED_HOSTS).`;
  return JSON.stringify({ errors: [{ message, extensions: { code: HOST_NOT_ALLOWED } }] });
}

/** Headers on every response: no MIME sniffing, no framing (clickjacking), no referrer leaks. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
};

/** GraphiQL as a static asset: rendered once at start-up, with its ETag and compressed bodies. */
export interface GraphiQLAsset {
  etag: string;
  identity: Buffer;
  gzip: Buffer;
  br: Buffer;
  /** GraphiQL's own CSP: its inline scripts by hash, styles inline (the editor injects them), API on this origin. */
  contentSecurityPolicy: string;
}

/**
 * Renders the self-contained GraphiQL (works offline and behind proxies; yoga's default loads it from a
 * CDN) once — on first use, as the page is ~9 MB and compressing it takes a while — and keeps it, instead of
 * rendering it per request.
 */
export function createGraphiQLAsset(): () => Promise<GraphiQLAsset> {
  let asset: Promise<GraphiQLAsset> | undefined;
  return () => {
    asset ??= renderGraphiQLAsset();
    return asset;
  };
}

async function renderGraphiQLAsset(): Promise<GraphiQLAsset> {
  // Imported here, not at start-up: the bundle holds ~32 MiB of heap that a gateway nobody browses never needs.
  const { renderGraphiQL } = await import('@graphql-yoga/render-graphiql');
  const html = renderGraphiQL({
    title: 'Switchboard',
    defaultQuery: GRAPHIQL_DEFAULT_QUERY,
    subscriptionsProtocol: 'WS',
    endpoint: '/graphql',
  });
  const identity = Buffer.from(html);
  const scriptHashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    (match) =>
      `'sha256-${createHash('sha256')
        .update(match[1] ?? '')
        .digest('base64')}'`,
  );
  return {
    etag: `"${createHash('sha256').update(identity).digest('base64url').slice(0, 32)}"`,
    identity,
    gzip: gzipSync(identity),
    // Quality 5: most of brotli's gain at a fraction of the default (11)'s time.
    br: brotliCompressSync(identity, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }),
    contentSecurityPolicy: [
      "default-src 'self'",
      `script-src 'self' ${scriptHashes.join(' ')}`,
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob:",
      "font-src 'self' data:",
      "worker-src 'self' blob:",
      "connect-src 'self'",
      "frame-ancestors 'none'",
      "base-uri 'none'",
      "form-action 'none'",
    ].join('; '),
  };
}
