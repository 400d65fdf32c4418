import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRemoteJWKSet, type JWTPayload, jwtVerify } from 'jose';
import { waitFor } from './async.ts';

/** One CloudEvent received (and verified) by the sink. */
export interface ReceivedEvent {
  id: string;
  type: string;
  /** `type` without the `Microsoft.Communication.` prefix. */
  name: string;
  source: string;
  subject: string;
  time: string;
  specversion: string;
  datacontenttype: string;
  data: Record<string, unknown>;
  /** Request path, e.g. `/callbacks` or the operationCallbackUri's path. */
  path: string;
  claims: JWTPayload;
}

export interface RejectedRequest {
  path: string;
  reason: string;
}

export interface CallbackSink {
  /** Base URL, e.g. `http://127.0.0.1:1234`; callbacks go to `${url}/callbacks` or any other path. */
  url: string;
  callbackUri: string;
  events: ReceivedEvent[];
  rejected: RejectedRequest[];
  /** Every request that reached the sink (including ones answered with a failure status). */
  requests: { path: string; status: number; eventId?: string; type?: string }[];
  /** Resolves with the events seen so far once `predicate` holds for them (bounded wait, no sleeps). */
  waitForEvents(predicate: (events: ReceivedEvent[]) => boolean, what?: string): Promise<ReceivedEvent[]>;
  /** Resolves with the first `count` events matching `filter`. */
  waitForCount(
    count: number,
    filter?: (event: ReceivedEvent) => boolean,
    what?: string,
  ): Promise<ReceivedEvent[]>;
  /** Resolves with the first event named `name` (e.g. `CallConnected`) matching `filter`. */
  waitForEvent(name: string, filter?: (event: ReceivedEvent) => boolean): Promise<ReceivedEvent>;
  /** Answers `status` to the next `count` requests (without recording their events). */
  failNext(count: number, status: number): void;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * A real HTTP server receiving emulator callbacks. Verifies each request's Bearer JWT against the emulator's
 * JWKS (RS256, issuer, audience), records the CloudEvents, and can be told to fail the next requests.
 */
export async function startCallbackSink(options: {
  jwksUrl: string;
  issuer: string;
  audience: string;
}): Promise<CallbackSink> {
  const jwks = createRemoteJWKSet(new URL(options.jwksUrl));
  const events: ReceivedEvent[] = [];
  const rejected: RejectedRequest[] = [];
  const requests: CallbackSink['requests'] = [];
  const failures: { remaining: number; status: number }[] = [];

  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    const answer = (status: number, eventId?: string, type?: string) => {
      requests.push({ path, status, ...(eventId ? { eventId } : {}), ...(type ? { type } : {}) });
      res.writeHead(status).end();
    };
    readBody(req)
      .then(async (text) => {
        let body: unknown;
        try {
          body = JSON.parse(text);
        } catch {
          rejected.push({ path, reason: 'body is not JSON' });
          return answer(400);
        }
        const first = Array.isArray(body) ? (body[0] as Record<string, unknown> | undefined) : undefined;
        const failure = failures[0];
        if (failure) {
          failure.remaining -= 1;
          if (failure.remaining <= 0) failures.shift();
          return answer(failure.status, first?.id as string | undefined, first?.type as string | undefined);
        }
        const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
        let claims: JWTPayload;
        try {
          if (!token) throw new Error('missing Bearer token');
          ({ payload: claims } = await jwtVerify(token, jwks, {
            issuer: options.issuer,
            audience: options.audience,
            algorithms: ['RS256'],
          }));
        } catch (error) {
          rejected.push({ path, reason: error instanceof Error ? error.message : String(error) });
          return answer(401);
        }
        if (!Array.isArray(body)) {
          rejected.push({ path, reason: 'body is not an array' });
          return answer(400);
        }
        for (const element of body as Record<string, unknown>[]) {
          const type = String(element.type);
          events.push({
            ...(element as unknown as ReceivedEvent),
            name: type.replace(/^Microsoft\.Communication\./, ''),
            path,
            claims,
          });
        }
        answer(200, first?.id as string | undefined, first?.type as string | undefined);
      })
      .catch(() => {
        if (!res.headersSent) res.writeHead(500).end();
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const waitForEvents: CallbackSink['waitForEvents'] = (predicate, what = 'callback events') =>
    waitFor(() => (predicate(events) ? [...events] : undefined), {
      what: `${what} (received: ${events.map((e) => e.name).join(', ') || 'none'})`,
    }).catch((error: unknown) => {
      throw new Error(
        `${error instanceof Error ? error.message : String(error)}; received so far: ${events.map((e) => e.name).join(', ')}`,
      );
    });

  return {
    url,
    callbackUri: `${url}/callbacks`,
    events,
    rejected,
    requests,
    waitForEvents,
    async waitForCount(count, filter = () => true, what) {
      const all = await waitForEvents(
        (list) => list.filter(filter).length >= count,
        what ?? `${count} events`,
      );
      return all.filter(filter).slice(0, count);
    },
    async waitForEvent(name, filter = () => true) {
      const all = await waitForEvents((list) => list.some((e) => e.name === name && filter(e)), name);
      return all.find((e) => e.name === name && filter(e)) as ReceivedEvent;
    },
    failNext(count, status) {
      failures.push({ remaining: count, status });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
