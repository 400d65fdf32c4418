import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { createDeferred } from './async.ts';

export interface GatedProxy {
  /** `http://127.0.0.1:<port>`: use it as the upstream's origin. */
  url: string;
  /** From now on, requests matching `match` wait at the gate (forwarded once `open()` is called). */
  hold(match: (req: IncomingMessage) => boolean): void;
  /** Forwards every held request and stops holding. */
  open(): void;
  /** How many requests wait at the gate. */
  readonly held: number;
  /** Every request received so far, as `METHOD path?query` (held ones included), oldest first. */
  readonly requests: readonly string[];
}

/**
 * A real HTTP reverse proxy to `upstream` that can hold chosen requests until the test opens the gate:
 * a deterministic "slow ACS" (a request is in flight exactly as long as the test wants). Closed after the test.
 */
export async function startGatedProxy(
  disposers: { add(dispose: () => unknown): void },
  upstream: string,
): Promise<GatedProxy> {
  let match: ((req: IncomingMessage) => boolean) | null = null;
  let gate = createDeferred();
  let held = 0;
  const requests: string[] = [];
  const forward = (req: IncomingMessage, res: ServerResponse) => {
    const target = new URL(req.url ?? '/', upstream);
    const outbound = httpRequest(
      target,
      // The Host header is kept: ACS HMAC signatures cover it.
      { method: req.method, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    outbound.on('error', () => res.destroy());
    req.pipe(outbound);
  };
  const server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    if (!match?.(req)) return forward(req, res);
    held += 1;
    void gate.promise.then(() => {
      held -= 1;
      forward(req, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  disposers.add(async () => {
    gate.resolve();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    hold(predicate) {
      match = predicate;
      gate = createDeferred();
    },
    open() {
      match = null;
      gate.resolve();
    },
    get held() {
      return held;
    },
    requests,
  };
}
