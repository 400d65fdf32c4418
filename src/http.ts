import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * The HTTP primitives every plain `node:http` route shares (the ACS callback and Event Grid receivers, the
 * server's own routes): one way to read a bounded body and one shape of JSON reply. A leaf module like
 * `errors.ts`, so `events/` and `server/` both use it without importing each other.
 */

/** The query parameters of a request (its `url` is a path and a query; no `URL` object is built for it). */
export function queryOf(req: IncomingMessage): URLSearchParams {
  const url = req.url ?? '';
  const start = url.indexOf('?');
  return new URLSearchParams(start === -1 ? '' : url.slice(start + 1));
}

/** A body read whole, or why not: over the limit (the rest is left unread) or the client went away. */
export type BodyRead = Buffer | 'too-large' | 'aborted';

/**
 * Reads a request body of at most `limit` bytes. Answers `'too-large'` before reading anything when
 * `Content-Length` already says so, and stops reading (without buffering the rest) as soon as the limit is
 * passed while streaming; `'aborted'` when the request errors or the client aborts it.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<BodyRead> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve('too-large');
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (result: BodyRead) => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('aborted', onError);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.pause();
        finish('too-large');
      } else chunks.push(chunk);
    };
    const onEnd = () => finish(Buffer.concat(chunks, size));
    const onError = () => finish('aborted');
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('aborted', onError);
  });
}

/**
 * Answers `body` as JSON (`no-store`: these answers are about one request). When the headers are already sent
 * (a reply raced another), only ends the response.
 */
export function replyJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  const text = JSON.stringify(body);
  res
    .writeHead(status, {
      'cache-control': 'no-store',
      ...headers,
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(text),
    })
    .end(text);
}

/** Answers the error body every plain HTTP route uses, `{"error":{"code","message"}}` (no internals). */
export function replyError(
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): void {
  replyJson(res, status, { error: { code, message } }, headers);
}
