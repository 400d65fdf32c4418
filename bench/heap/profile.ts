/**
 * Where an idle gateway's heap goes: starts one server the way `npm run bench` does (built, fresh
 * `redis-server`, the bench's environment, `--expose-gc`), reads its heap after two full GCs before subscribing,
 * opens the memory scenario's subscriptions (graphql-ws, `calls × subscribersPerCall` over `sockets` sockets, the
 * subscribers of one call on different sockets), and reads it again. With `--snapshots <dir>` it writes a heap
 * snapshot at both points (`empty.heapsnapshot`, `subscribed.heapsnapshot`) for `bench/heap/summary.ts`.
 * Also prints the time and server CPU to open the subscriptions (until the server holds every call's Redis
 * channel, plus 500 ms as the bench waits).
 *
 *   npm run build && npx tsc -p tsconfig.bench.json
 *   npx tsx bench/heap/profile.ts [--system switchboard|yoga|relay] [--calls 500] [--per-call 10] [--sockets 50]
 *     [--snapshots bench/results/heap]
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createClient } from 'redis';
import WebSocket from 'ws';
import { createRedisCallEventLog } from '../../src/events/redis-log.ts';
import { createLogger } from '../../src/logger.ts';
import { freePort, startRedisServer } from '../../test/helpers/redis-global-setup.ts';
import { gatewayEnvironment } from '../harness/gateway-env.ts';

const { values: options } = parseArgs({
  options: {
    system: { type: 'string', default: 'switchboard' },
    calls: { type: 'string', default: '500' },
    'per-call': { type: 'string', default: '10' },
    sockets: { type: 'string', default: '50' },
    snapshots: { type: 'string' },
    command: { type: 'string' },
  },
});
const system = options.system as 'switchboard' | 'yoga' | 'relay';
const calls = Number(options.calls);
const perCall = Number(options['per-call']);
const socketCount = Number(options.sockets);
const total = calls * perCall;
const root = resolve(import.meta.dirname, '../..');
const commands = {
  switchboard: ['dist/src/main.js'],
  yoga: ['dist/bench/baselines/yoga-redis.js'],
  relay: ['dist/bench/baselines/ws-relay.js'],
};
const QUERY =
  system === 'switchboard'
    ? 'subscription Live($callConnectionId: ID!) { callEvents(callConnectionId: $callConnectionId) { __typename id cursor callConnectionId operationContext time } }'
    : 'subscription Live($callConnectionId: ID!) { callEvents(callConnectionId: $callConnectionId) { __typename id kind callConnectionId operationContext time } }';

interface Reading {
  memory: NodeJS.MemoryUsage;
  cpuMicros: number;
}

function startServer(redisUrl: string): Promise<{ child: ChildProcess; url: string }> {
  const env: Record<string, string | undefined> = { ...process.env, REDIS_URL: redisUrl };
  if (system === 'switchboard') {
    // As bench/harness/run.ts starts it; no callback is sent, so the callback key set is nowhere.
    Object.assign(
      env,
      gatewayEnvironment({
        issuer: 'https://acscallautomation.communication.azure.com',
        audience: '00000000-0000-0000-0000-000000000000',
        jwksUrl: 'http://127.0.0.1:9/calling/keys',
      }),
    );
  }
  const command = options.command ? options.command.split(' ') : commands[system];
  const child = spawn(
    process.execPath,
    ['--expose-gc', '--import', './bench/heap/snapshot-probe.mjs', ...command],
    { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4_000);
  });
  return new Promise((resolveUrl, reject) => {
    let buffered = '';
    child.once('exit', (code) => reject(new Error(`server exited (${code}): ${stderr}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const match = /"url":"([^"]+)"/.exec(buffered);
      if (match?.[1]) resolveUrl({ child, url: match[1].replace('localhost', '127.0.0.1') });
      if (buffered.length > 100_000) buffered = buffered.slice(-1_000);
    });
  });
}

function read(child: ChildProcess, snapshot: string): Promise<Reading> {
  return new Promise((done) => {
    const onMessage = (message: { heap?: string } & Reading) => {
      if (message.heap !== 'done') return;
      child.off('message', onMessage);
      done(message);
    };
    child.on('message', onMessage);
    child.send({ heap: snapshot });
  });
}

/** Subscriptions refused or failed, and sockets closed abnormally: a reading with any is not a reading of them all. */
let errors = 0;

function openSocket(url: string): Promise<WebSocket> {
  const base = url.replace(/^http/, 'ws');
  const socket =
    system === 'relay'
      ? new WebSocket(`${base}/relay`)
      : new WebSocket(`${base}/graphql`, 'graphql-transport-ws');
  return new Promise((ready, reject) => {
    socket.once('error', reject);
    socket.on('open', () => {
      if (system === 'relay') ready(socket);
      else socket.send('{"type":"connection_init"}');
    });
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as { type?: string; payload?: unknown };
      if (message.type === 'connection_ack') ready(socket);
      if (message.type === 'ping') socket.send('{"type":"pong"}');
      if (message.type === 'error') {
        errors += 1;
        console.error('subscription error', JSON.stringify(message.payload));
      }
    });
    socket.on('close', (code, reason) => {
      if (code === 1000 || code === 1005) return;
      errors += 1;
      console.error(`socket closed ${code} ${String(reason)}`);
    });
  });
}

async function channelsSubscribed(redisUrl: string, channels: number): Promise<void> {
  const client = createClient({ url: redisUrl });
  await client.connect();
  try {
    const deadline = Date.now() + 120_000;
    for (;;) {
      const patterns = (await client.sendCommand(['PUBSUB', 'NUMPAT'])) as number;
      const names = (await client.sendCommand(['PUBSUB', 'CHANNELS'])) as string[];
      if (names.length + patterns >= channels) return;
      if (Date.now() > deadline) throw new Error(`only ${names.length} of ${channels} channels subscribed`);
      await new Promise((wait) => setTimeout(wait, 20));
    }
  } finally {
    await client.close();
  }
}

const dir = await mkdtemp(join(tmpdir(), 'switchboard-heap-'));
const port = await freePort();
const redis = await startRedisServer(port, dir);
const redisUrl = `redis://127.0.0.1:${port}`;
const snapshots = options.snapshots ? resolve(options.snapshots) : undefined;
if (snapshots) await mkdir(snapshots, { recursive: true });
const { child, url } = await startServer(redisUrl);
try {
  const sockets: WebSocket[] = [];
  for (let s = 0; s < socketCount; s++) sockets.push(await openSocket(url));
  if (system === 'switchboard') {
    const log = await createRedisCallEventLog({
      url: redisUrl,
      cluster: false,
      keyPrefix: 'switchboard:',
      maxEventsPerCall: 10_000,
      ttlSeconds: 3_600,
      logger: createLogger({ level: 'warn' }),
    });
    for (let c = 0; c < calls; c++) await log.recordCall(`call-${c}`, { roomId: null });
    await log.close();
  }
  await new Promise((wait) => setTimeout(wait, 1_000));
  const empty = await read(child, snapshots ? join(snapshots, `${system}-empty.heapsnapshot`) : '');
  const perSocket = Math.ceil(total / socketCount);
  const started = performance.now();
  for (let k = 0; k < total; k++) {
    const socket = sockets[Math.floor(k / perSocket)];
    const call = `call-${k % calls}`;
    socket?.send(
      system === 'relay'
        ? JSON.stringify({ type: 'subscribe', id: String(k), call })
        : JSON.stringify({
            id: String(k),
            type: 'subscribe',
            payload: { query: QUERY, variables: { callConnectionId: call } },
          }),
    );
  }
  await channelsSubscribed(redisUrl, calls);
  const openMs = performance.now() - started;
  await new Promise((wait) => setTimeout(wait, 500));
  const opened = await read(child, '');
  await read(child, '');
  const idle = await read(child, snapshots ? join(snapshots, `${system}-subscribed.heapsnapshot`) : '');
  const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
  console.log(
    JSON.stringify({
      system,
      subscriptions: total,
      emptyHeapMiB: mib(empty.memory.heapUsed),
      emptyRssMiB: mib(empty.memory.rss),
      emptyHeapTotalMiB: mib(empty.memory.heapTotal),
      idleHeapMiB: mib(idle.memory.heapUsed),
      idleRssMiB: mib(idle.memory.rss),
      idleHeapTotalMiB: mib(idle.memory.heapTotal),
      idleExternalMiB: mib(idle.memory.external),
      heapKiBPerSubscription: ((idle.memory.heapUsed - empty.memory.heapUsed) / total / 1024).toFixed(2),
      rssKiBPerSubscription: ((idle.memory.rss - empty.memory.rss) / total / 1024).toFixed(2),
      arrayBuffersKiBPerSubscription: (
        (idle.memory.arrayBuffers - empty.memory.arrayBuffers) /
        total /
        1024
      ).toFixed(2),
      openMs: Math.round(openMs),
      openCpuMs: Math.round((opened.cpuMicros - empty.cpuMicros) / 1000),
      errors,
    }),
  );
  for (const socket of sockets) socket.close();
} finally {
  child.kill('SIGTERM');
  await new Promise((done) => child.once('exit', done));
  redis.kill('SIGTERM');
  await rm(dir, { recursive: true, force: true });
}
