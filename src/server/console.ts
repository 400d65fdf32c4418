import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

/** The live call console, served by the gateway in development (`console/` built to static files). */
export interface ConsoleOptions {
  /** The directory of the built console (`console/dist`); it may not exist yet (not built). */
  dir: string;
  /**
   * Development helpers handed to the console by `GET /console/config.json`, opaque to the gateway (e.g. the
   * URL of a local ACS emulator's control API, for "make a test user join" buttons). Null: none.
   */
  devTools: Record<string, unknown> | null;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
};

const NOT_BUILT = `<!doctype html><meta charset="utf-8"><title>Switchboard console</title>
<h1>The console is not built</h1>
<p>Run <code>npm run build:console</code> (it writes <code>console/dist/</code>), then reload this page.</p>`;

/**
 * `GET /console/…`: the built console's files (the SPA's `index.html` for any path that is not a file), and
 * `GET /console/config.json`: where the console finds the GraphQL endpoint and the development tools.
 * Before the console is built, a page that says how to build it (503).
 * @returns whether the request was the console's.
 */
export function createConsoleRoute(
  options: ConsoleOptions,
): (req: IncomingMessage, res: ServerResponse, path: string) => Promise<boolean> {
  const root = normalize(options.dir);
  const contentSecurityPolicy = consoleContentSecurityPolicy(options.devTools);
  return async (req, res, path) => {
    if (path !== '/console' && !path.startsWith('/console/')) return false;
    // Replaces the API's `default-src 'none'`, which would block the console's own script and stylesheet.
    res.setHeader('content-security-policy', contentSecurityPolicy);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return true;
    }
    if (path === '/console') {
      res.writeHead(308, { location: '/console/' }).end();
      return true;
    }
    if (path === '/console/config.json') {
      const body = JSON.stringify({ graphqlPath: '/graphql', devTools: options.devTools });
      res.writeHead(200, { 'content-type': CONTENT_TYPES['.json'], 'cache-control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : body);
      return true;
    }
    let relative: string;
    try {
      relative = decodeURIComponent(path.slice('/console/'.length)) || 'index.html';
    } catch {
      res.writeHead(404).end();
      return true;
    }
    const file = normalize(join(root, relative));
    // Never outside the console's directory (`..`, encoded or not).
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(404).end();
      return true;
    }
    const found = (await isFile(file)) ? file : join(root, 'index.html');
    let body: Buffer;
    try {
      body = await readFile(found);
    } catch {
      res.writeHead(503, { 'content-type': CONTENT_TYPES['.html'], 'cache-control': 'no-store' });
      res.end(NOT_BUILT);
      return true;
    }
    res.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(found)] ?? 'application/octet-stream',
      // Vite names assets by content hash; index.html must be revalidated to pick up a new build.
      'cache-control': found.includes(`${sep}assets${sep}`)
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
    return true;
  };
}

/**
 * The console's CSP: its bundle from this origin only, GraphQL (HTTP and WebSocket) on this origin, plus the
 * origins of URL-valued development tools (the emulator's control API listens on a port of its own).
 */
function consoleContentSecurityPolicy(devTools: Record<string, unknown> | null): string {
  const devOrigins = Object.values(devTools ?? {}).flatMap((value) => {
    if (typeof value !== 'string') return [];
    try {
      return [new URL(value).origin];
    } catch {
      return [];
    }
  });
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    ['connect-src', "'self'", ...devOrigins].join(' '),
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
