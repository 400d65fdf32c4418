import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The Redis every test of this run uses; tests isolate themselves by key prefix. */
    redisUrl: string;
    /** Set when this run started its own redis-server (tests may restart it: see `test/helpers/redis.ts`). */
    redisServer: { port: number; dir: string } | null;
  }
}

const INSTALL_HINT =
  'Redis is needed for the tests. Set REDIS_URL=redis://host:port, or install redis-server ' +
  '(Debian/Ubuntu: apt-get install -y redis-server; macOS: brew install redis).';

/** Gives the run a Redis: REDIS_URL when set, else a redis-server of its own on a free port in a temp dir. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const fromEnv = process.env.REDIS_URL;
  if (fromEnv) {
    project.provide('redisUrl', fromEnv);
    project.provide('redisServer', null);
    return async () => {};
  }
  const dir = await mkdtemp(join(tmpdir(), 'switchboard-redis-'));
  const port = await freePort();
  const server = await startRedisServer(port, dir);
  project.provide('redisUrl', `redis://127.0.0.1:${port}`);
  project.provide('redisServer', { port, dir });
  return async () => {
    server.kill('SIGTERM');
    await rm(dir, { recursive: true, force: true });
  };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** Starts `redis-server` (no persistence) and resolves once it accepts connections. */
export function startRedisServer(port: number, dir: string): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`redis-server did not start within 10 s:\n${output}`));
    }, 10_000);
    child.once('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(new Error(error.code === 'ENOENT' ? INSTALL_HINT : `redis-server failed: ${error.message}`));
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`redis-server exited with code ${code}:\n${output}`));
    });
  });
}
