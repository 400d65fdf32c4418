import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { verifyHmacSignature } from './auth.ts';
import { AcsError, badRequest } from './errors.ts';
import type { Faults } from './faults.ts';
import type { CachedResponse, RepeatabilityCache } from './repeatability.ts';

export interface EmulatorRequest {
  method: string;
  url: URL;
  /** Path with `%3A` decoded, for routing (the raw target is kept for the signature). */
  path: string;
  headers: IncomingMessage['headers'];
  rawBody: Buffer;
  /** The parsed JSON body; 400 when it is missing or malformed. */
  json(): Record<string, unknown>;
  /** The parsed JSON body, or `undefined` when there is none. */
  optionalJson(): Record<string, unknown> | undefined;
}

export interface EmulatorResponse {
  status: number;
  /** JSON-serialized, except a Buffer, sent as is. */
  body?: unknown;
  headers?: Record<string, string>;
}

export type Handler = (
  request: EmulatorRequest,
  params: string[],
) => EmulatorResponse | Promise<EmulatorResponse>;

export interface Route {
  method: string;
  pattern: RegExp;
  handler: Handler;
  /**
   * `acs`: an ACS REST route (fault injection, HMAC, repeatability); `rooms` adds `x-ms-error-code` to errors;
   * `open`: unauthenticated (OpenID configuration, JWKS, control API).
   */
  kind: 'acs' | 'rooms' | 'open';
}

export interface HttpServerOptions {
  routes: Route[];
  accessKey: Buffer;
  maxClockSkewMs: number;
  maxBodyBytes: number;
  faults: Faults;
  repeatability: RepeatabilityCache;
  onError: (error: unknown) => void;
}

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new BodyTooLarge());
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function parseJson(rawBody: Buffer): Record<string, unknown> | undefined {
  if (rawBody.length === 0) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(rawBody.toString('utf8'));
  } catch {
    throw badRequest('The request body is not valid JSON.');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw badRequest('The request body must be a JSON object.');
  }
  return value as Record<string, unknown>;
}

function toCached(response: EmulatorResponse): CachedResponse {
  const headers: Record<string, string> = { ...response.headers };
  let body: Buffer = Buffer.alloc(0);
  if (Buffer.isBuffer(response.body)) {
    // Binary content (recording files): sent as is, with the handler's content-type.
    body = response.body;
  } else if (response.body !== undefined) {
    body = Buffer.from(JSON.stringify(response.body));
    headers['content-type'] = 'application/json; charset=utf-8';
  }
  return { status: response.status, headers, body };
}

function errorResponse(error: AcsError, kind: Route['kind'] | undefined): CachedResponse {
  const headers: Record<string, string> = { ...error.options.headers };
  if (kind === 'rooms' && !error.options.omitErrorCodeHeader) headers['x-ms-error-code'] = error.code;
  return toCached({ status: error.status, body: error.toBody(), headers });
}

/** CORS of the control API (`/emulator/…`): any origin, JSON bodies. The ACS REST routes send none, as ACS. */
const CONTROL_API_CORS_HEADERS: Record<string, string> = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, PUT, DELETE',
  'access-control-allow-headers': 'content-type',
};

/** The HTTP front: routing, body limits, fault injection, HMAC, repeatability and error bodies. */
export function createHttpServer(options: HttpServerOptions): Server {
  const handle = async (req: IncomingMessage): Promise<CachedResponse> => {
    const target = req.url ?? '/';
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(target, 'http://emulator.invalid');
    const path = url.pathname.replace(/%3A/gi, ':');
    const matches = options.routes.filter((r) => r.pattern.test(path));
    const route = matches.find((r) => r.method === method);
    let rawBody: Buffer;
    try {
      rawBody = await readBody(req, options.maxBodyBytes);
    } catch (error) {
      if (error instanceof BodyTooLarge) {
        return errorResponse(
          new AcsError(413, 'PayloadTooLarge', 'The request body is too large.'),
          route?.kind,
        );
      }
      throw error;
    }
    if (!route) {
      return matches.length > 0
        ? errorResponse(
            new AcsError(405, 'MethodNotAllowed', `${method} is not allowed on ${path}.`),
            undefined,
          )
        : errorResponse(new AcsError(404, 'NotFound', `No route for ${method} ${path}.`), undefined);
    }
    try {
      if (route.kind !== 'open') {
        const fault = options.faults.takeRequestFault();
        if (fault) {
          const headers: Record<string, string> = {};
          if (fault.status === 429 || fault.status === 503)
            headers['retry-after'] = String(fault.retryAfterSeconds);
          throw new AcsError(fault.status, fault.code, fault.message, { headers });
        }
        const reason = verifyHmacSignature(
          { method, target, headers: req.headers, rawBody },
          options.accessKey,
          options.maxClockSkewMs,
        );
        if (reason) throw new AcsError(401, 'Unauthorized', reason);
      }
      const requestId = route.kind === 'open' ? undefined : req.headers['repeatability-request-id'];
      const repeatKey = typeof requestId === 'string' ? `${method} ${requestId}` : undefined;
      const replay = repeatKey ? options.repeatability.get(repeatKey) : undefined;
      if (replay) return replay;
      let parsed: Record<string, unknown> | undefined | null = null;
      const parse = () => {
        if (parsed === null) parsed = parseJson(rawBody);
        return parsed;
      };
      const request: EmulatorRequest = {
        method,
        url,
        path,
        headers: req.headers,
        rawBody,
        json() {
          const body = parse();
          if (!body) throw badRequest('A JSON request body is required.');
          return body;
        },
        optionalJson: parse,
      };
      const params = (route.pattern.exec(path) ?? [])
        .slice(1)
        .map((p) => (p === undefined ? '' : decodeURIComponent(p)));
      const response = toCached(await route.handler(request, params));
      if (repeatKey) {
        response.headers['repeatability-result'] = 'accepted';
        options.repeatability.set(repeatKey, response);
      }
      return response;
    } catch (error) {
      if (error instanceof AcsError) return errorResponse(error, route.kind);
      options.onError(error);
      return errorResponse(new AcsError(500, '9999', 'Unknown internal server error.'), route.kind);
    }
  };

  return createServer((req: IncomingMessage, res: ServerResponse) => {
    // The control API is a local development tool that browser pages (a console) drive from another origin.
    const cors = (req.url ?? '').startsWith('/emulator/') ? CONTROL_API_CORS_HEADERS : {};
    if (req.method === 'OPTIONS' && (req.url ?? '').startsWith('/emulator/')) {
      res.writeHead(204, cors).end();
      return;
    }
    handle(req)
      .catch((error: unknown) => {
        options.onError(error);
        return errorResponse(new AcsError(500, '9999', 'Unknown internal server error.'), undefined);
      })
      .then((response) => {
        if (res.headersSent || res.destroyed) return;
        res.writeHead(response.status, {
          ...cors,
          ...response.headers,
          'content-length': String(response.body.length),
        });
        res.end(response.body);
      })
      .catch(options.onError);
  });
}
