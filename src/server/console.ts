import { execFile } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { basename, dirname, extname, join, normalize, relative, sep } from 'node:path';
import type { Logger } from '../logger.ts';

/** The live call console, served by the gateway in development (`console/` built to static files). */
export interface ConsoleOptions {
  /** The directory of the built console (`console/dist`); it may not exist yet (not built). */
  dir: string;
  /**
   * Development helpers handed to the console by `GET /console/config.json`, opaque to the gateway (e.g. the
   * URL of a local ACS emulator's control API, for "make a test user join" buttons). Null: none.
   */
  devTools: Record<string, unknown> | null;
  /**
   * Keeps `dir` a build of the console's current sources (`createConsoleBuilder`, development): each page load
   * brings it up to date first. Absent: `dir` is served as it is (a console built beforehand, or none).
   */
  builder?: ConsoleBuilder;
}

/** What a `ConsoleBuilder` did. */
export type ConsoleBuild =
  | { status: 'up-to-date' | 'built'; durationMs: number }
  | { status: 'failed'; durationMs: number; error: string };

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

const buildFailedPage = (
  error: string,
) => `<!doctype html><meta charset="utf-8"><title>Switchboard console</title>
<h1>The console could not be built</h1>
<pre>${error.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`)}</pre>
<p>Fix it and reload this page: each page load builds the console again when its sources changed.</p>`;

/**
 * `GET /console/…`: the built console's files (the SPA's `index.html` for any path that is not a file), and
 * `GET /console/config.json`: where the console finds the GraphQL endpoint and the development tools.
 * With a `builder` (development), each page load first brings the build up to date with the sources; a build
 * that fails answers a page with its error (503). Without one and before the console is built, a page that says
 * how to build it (503).
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
    let name: string;
    try {
      name = decodeURIComponent(path.slice('/console/'.length)) || 'index.html';
    } catch {
      res.writeHead(404).end();
      return true;
    }
    // A page load brings the build up to date first (a few seconds when the sources changed); its assets wait
    // for a build in progress.
    const build = name.startsWith('assets/')
      ? await options.builder?.settled()
      : await options.builder?.refresh();
    if (build?.status === 'failed') {
      res.writeHead(503, { 'content-type': CONTENT_TYPES['.html'], 'cache-control': 'no-store' });
      res.end(buildFailedPage(build.error));
      return true;
    }
    const file = normalize(join(root, name));
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
    // Recording files play from the gateway's `/api/recordings/content`.
    "media-src 'self'",
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

/** What a console build is made of, relative to the workspace root: its own sources and the client's it bundles. */
const CONSOLE_BUILD_INPUTS = [
  'console/src',
  'console/index.html',
  'console/vite.config.ts',
  'console/package.json',
  'client/src',
  'client/package.json',
  'package-lock.json',
];

/** Written into the build's directory: the hash of the inputs it was built from. */
const STAMP_FILE = '.source-hash';

/** Keeps a directory holding a build of the console's current sources (development). */
export interface ConsoleBuilder {
  /**
   * Builds when the sources changed since the last build (or nothing is built), else answers at once. One
   * build at a time: callers during a build share it. Never rejects (a failure is returned and logged).
   */
  refresh(): Promise<ConsoleBuild>;
  /** The build in progress, or the last result (null before the first `refresh`). */
  settled(): Promise<ConsoleBuild | null>;
}

/**
 * Development: the console built from its current sources into `outDir`, on demand. The inputs (the console's
 * sources, the client's it bundles, the lockfile) are hashed and compared with the hash stamped into `outDir`
 * by the last build; when they differ, Vite builds the console in a child process (its bundler stays out of
 * the gateway's memory) into a sibling directory that then replaces `outDir`, so a concurrent reader never sees
 * half a build. Nothing runs until the first `refresh`: a gateway nobody opens the console of builds nothing.
 * @param options.root the workspace root (holding `console/` and `client/`).
 * @param options.outDir where the build goes. @default `<root>/console/dist`
 * @param options.env the environment of the build process (its `NODE_ENV` is replaced by `production`).
 * @param options.timeoutMs how long one build may take. @default 120_000
 */
export function createConsoleBuilder(options: {
  root: string;
  outDir?: string;
  logger: Logger;
  env: Record<string, string | undefined>;
  timeoutMs?: number;
}): ConsoleBuilder {
  let running: Promise<ConsoleBuild> | null = null;
  let last: ConsoleBuild | null = null;
  return {
    refresh() {
      running ??= buildIfStale(options).then((build) => {
        last = build;
        running = null;
        return build;
      });
      return running;
    },
    settled: async () => (running ? running : last),
  };
}

async function buildIfStale(options: {
  root: string;
  outDir?: string;
  logger: Logger;
  env: Record<string, string | undefined>;
  timeoutMs?: number;
}): Promise<ConsoleBuild> {
  const { root, logger } = options;
  const sourceDir = join(root, 'console');
  const outDir = options.outDir ?? join(sourceDir, 'dist');
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const hash = await hashInputs(root, CONSOLE_BUILD_INPUTS);
    if ((await readStamp(outDir)) === hash) return { status: 'up-to-date', durationMs: elapsed() };
    logger.info({ outDir }, 'console: missing or older than its sources, building it');
    await removeAbandonedBuilds(outDir);
    const building = `${outDir}.building-${process.pid}-${randomUUID()}`;
    try {
      const vite = join(
        dirname(createRequire(join(sourceDir, 'package.json')).resolve('vite/package.json')),
        'bin/vite.js',
      );
      await runFile(
        process.execPath,
        [vite, 'build', '--outDir', building, '--emptyOutDir', '--logLevel', 'warn'],
        {
          cwd: sourceDir,
          env: { ...options.env, NODE_ENV: 'production' },
          timeoutMs: options.timeoutMs ?? 120_000,
        },
      );
      await writeFile(join(building, STAMP_FILE), hash);
      await rm(outDir, { recursive: true, force: true });
      await rename(building, outDir).catch(async (error: unknown) => {
        // Another gateway started beside this one may have put the same build in place first.
        if ((await readStamp(outDir)) !== hash) throw error;
      });
    } finally {
      await rm(building, { recursive: true, force: true });
    }
    logger.info({ outDir, durationMs: elapsed() }, `console: built in ${elapsed()} ms`);
    return { status: 'built', durationMs: elapsed() };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    logger.error({ err: error, outDir }, 'console: the build failed');
    return { status: 'failed', durationMs: elapsed(), error: message };
  }
}

/** Removes what builds of processes that died mid-build (e.g. SIGKILL) left beside `outDir`. */
async function removeAbandonedBuilds(outDir: string): Promise<void> {
  const prefix = `${basename(outDir)}.building-`;
  const siblings = await readdir(dirname(outDir)).catch(() => []);
  for (const name of siblings) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(name.slice(prefix.length).split('-')[0]);
    if (pid !== process.pid && !isAlive(pid))
      await rm(join(dirname(outDir), name), { recursive: true, force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, but another user's.
    return error instanceof Error && 'code' in error && error.code === 'EPERM';
  }
}

/** SHA-256 over every input file's path and content, in path order (missing inputs count as absent). */
async function hashInputs(root: string, inputs: string[]): Promise<string> {
  const files = (await Promise.all(inputs.map((input) => listFiles(join(root, input))))).flat().sort();
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(relative(root, file)).update('\0');
    hash.update(await readFile(file)).update('\0');
  }
  return hash.digest('hex');
}

async function listFiles(path: string): Promise<string[]> {
  const info = await stat(path).catch(() => null);
  if (!info) return [];
  if (!info.isDirectory()) return [path];
  const entries = await readdir(path, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

async function readStamp(outDir: string): Promise<string | null> {
  return readFile(join(outDir, STAMP_FILE), 'utf8').catch(() => null);
}

function runFile(
  file: string,
  args: string[],
  options: { cwd: string; env: Record<string, string | undefined>; timeoutMs: number },
): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(
      file,
      args,
      { cwd: options.cwd, env: options.env, timeout: options.timeoutMs, maxBuffer: 16 * 1024 * 1024 },
      (error, _stdout, stderr) => {
        if (!error) return resolve();
        const detail = stderr.trim().split('\n').slice(-20).join('\n');
        reject(
          new Error(
            error.killed ? `vite build timed out after ${options.timeoutMs} ms` : detail || error.message,
          ),
        );
      },
    );
  });
}
