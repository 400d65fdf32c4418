import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

export interface SignedRequest {
  method: string;
  /** The request target as received (path and query, still percent-encoded). */
  target: string;
  headers: Record<string, string | string[] | undefined>;
  rawBody: Buffer;
}

function header(request: SignedRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Verifies the `HMAC-SHA256` signature the Azure SDKs put on every request (acs.md §3) and returns why it
 * fails, or `undefined` when it is valid. The content hash is recomputed over the raw body bytes and the
 * path+query re-serialised with `URLSearchParams`, exactly as communication-common signs it.
 */
export function verifyHmacSignature(
  request: SignedRequest,
  accessKey: Buffer,
  maxClockSkewMs: number,
): string | undefined {
  const authorization = header(request, 'authorization');
  const match = authorization?.match(/^HMAC-SHA256 SignedHeaders=([^&]+)&Signature=(.+)$/);
  if (!match?.[2]) return 'Missing or malformed HMAC-SHA256 Authorization header.';
  if (match[1] !== 'x-ms-date;host;x-ms-content-sha256') return 'Unexpected SignedHeaders.';
  const date = header(request, 'x-ms-date');
  const dateMs = date ? Date.parse(date) : Number.NaN;
  if (!date || Number.isNaN(dateMs)) return 'Missing or invalid x-ms-date header.';
  // Retries re-send the first x-ms-date, so tolerate generous skew (acs.md §3).
  if (Math.abs(Date.now() - dateMs) > maxClockSkewMs) return 'x-ms-date is outside the allowed clock skew.';
  const contentHash = createHash('sha256').update(request.rawBody).digest('base64');
  if (header(request, 'x-ms-content-sha256') !== contentHash)
    return 'x-ms-content-sha256 does not match the body.';
  const host = header(request, 'host') ?? '';
  const url = new URL(request.target, 'http://emulator.invalid');
  const query = url.searchParams.toString();
  const pathAndQuery = query ? `${url.pathname}?${query}` : url.pathname;
  const stringToSign = `${request.method.toUpperCase()}\n${pathAndQuery}\n${date};${host};${contentHash}`;
  const expected = createHmac('sha256', accessKey).update(stringToSign, 'utf8').digest();
  const given = Buffer.from(match[2], 'base64');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'Invalid HMAC signature.';
  return undefined;
}
