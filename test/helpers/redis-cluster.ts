import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createClient } from 'redis';
import { afterAll } from 'vitest';
import { waitFor, within } from './async.ts';
import { freePort } from './redis-global-setup.ts';

const run = promisify(execFile);

/**
 * Whether this run starts real Redis Clusters: on unless `REDIS_CLUSTER_TEST` is `0`/`false` (CI sets it to 1
 * explicitly). When off, the cluster suites are reported as skipped, with `CLUSTER_SKIP_NOTE` in their titles.
 */
export const clusterTestsEnabled = !['0', 'false'].includes(
  (process.env.REDIS_CLUSTER_TEST ?? '').trim().toLowerCase(),
);

/** Appended to the title of a cluster suite, so a skipped one says why in every report. */
export const CLUSTER_SKIP_NOTE = clusterTestsEnabled
  ? ''
  : ' [skipped: REDIS_CLUSTER_TEST=0; unset it to start a local Redis Cluster]';

/**
 * Skips the current test when cluster tests are off, saying why (call from a `beforeEach` of a cluster suite):
 * never a silent pass.
 */
export function skipUnlessClusterTests(context: { skip(condition: boolean, note?: string): void }): void {
  context.skip(!clusterTestsEnabled, 'REDIS_CLUSTER_TEST=0: no local Redis Cluster in this run');
}

/** One `redis-server --cluster-enabled yes` process of a test cluster. */
export interface ClusterNode {
  port: number;
  url: string;
  process: ChildProcess;
}

/** A local Redis Cluster: three masters with one replica each, on free ports, in a temp dir. */
export interface RedisCluster {
  nodes: ClusterNode[];
  /** Every node's URL, comma-separated: what `REDIS_URL` holds with `REDIS_CLUSTER=true`. */
  url: string;
  /** The node serving `key`'s hash slot as master now (asked from a live node, so it follows failovers). */
  masterOf(key: string): Promise<ClusterNode>;
  /** The node replicating `master`. */
  replicaOf(master: ClusterNode): Promise<ClusterNode>;
  /** Runs one command on one node (e.g. `CONFIG SET`, `CLUSTER FAILOVER`), bounded by 5 s. */
  command(node: ClusterNode, args: string[]): Promise<unknown>;
  /** `CLUSTER KEYSLOT key`. */
  slotOf(key: string): Promise<number>;
  /** Resolves once every live node reports `cluster_state:ok` and agrees on who masters every slot. */
  waitUntilHealthy(timeoutMs?: number): Promise<void>;
  /** Kills every node and deletes the temp dir. */
  stop(): Promise<void>;
}

/**
 * Starts a real Redis Cluster: six `redis-server --cluster-enabled yes` on free ports (data port and cluster bus
 * port both picked free, since `port + 10000` may not be), joined by `redis-cli --cluster create
 * --cluster-replicas 1`. Resolves once the cluster is healthy and every replica is in sync. A node is declared
 * failed after `--cluster-node-timeout 1000` ms, so a killed master's replica takes over within seconds.
 */
export async function startRedisCluster(): Promise<RedisCluster> {
  // A port picked free can be taken by a parallel test before redis-server binds it: pick new ones then.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startRedisClusterOnce();
    } catch (error) {
      if (attempt >= 3 || !String(error).includes('Address already in use')) throw error;
    }
  }
}

async function startRedisClusterOnce(): Promise<RedisCluster> {
  const dir = await mkdtemp(join(tmpdir(), 'switchboard-cluster-'));
  const nodes: ClusterNode[] = [];
  const stop = async () => {
    for (const node of nodes) {
      if (node.process.exitCode === null && node.process.signalCode === null) node.process.kill('SIGKILL');
    }
    await rm(dir, { recursive: true, force: true });
  };
  try {
    const ports = await distinctFreePorts(12);
    const started: ClusterNode[] = [];
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, async (_, i) => {
        started[i] = await startClusterNode(ports[2 * i] ?? 0, ports[2 * i + 1] ?? 0, dir);
      }),
    );
    // Every node that did start is stopped on failure below, not only those before the first failure.
    nodes.push(...started.filter((node) => node !== undefined));
    const failure = results.find((result) => result.status === 'rejected');
    if (failure) throw failure.reason;
    await run('redis-cli', [
      '--cluster',
      'create',
      ...nodes.map((node) => `127.0.0.1:${node.port}`),
      '--cluster-replicas',
      '1',
      '--cluster-yes',
    ]);
    const cluster = describeCluster(nodes, stop);
    await cluster.waitUntilHealthy(30_000);
    return cluster;
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * A cluster for one test file, started on first use and stopped after the file's tests:
 * `const cluster = useRedisCluster();` then `const { url } = await cluster();`.
 */
export function useRedisCluster(): () => Promise<RedisCluster> {
  let started: Promise<RedisCluster> | undefined;
  afterAll(async () => {
    await (await started?.catch(() => undefined))?.stop();
  });
  return () => {
    started ??= startRedisCluster();
    return started;
  };
}

function describeCluster(nodes: ClusterNode[], stopNodes: () => Promise<void>): RedisCluster {
  const { command, close } = adminConnections();
  const stop = async () => {
    close();
    await stopNodes();
  };
  const alive = () =>
    nodes.filter((node) => node.process.exitCode === null && node.process.signalCode === null);
  /** Runs one command on the first live node that answers. */
  const ask = async (args: string[]): Promise<unknown> => {
    let lastError: unknown;
    for (const node of alive()) {
      try {
        return await command(node, args);
      } catch (error) {
        lastError = error;
      }
    }
    throw lastError ?? new Error('no live cluster node');
  };
  const byPort = (port: number) => {
    const node = nodes.find((candidate) => candidate.port === port);
    if (!node) throw new Error(`no cluster node on port ${port}`);
    return node;
  };
  const slotOf = async (key: string) => Number(await ask(['CLUSTER', 'KEYSLOT', key]));
  return {
    nodes,
    url: nodes.map((node) => node.url).join(','),
    command,
    slotOf,
    async masterOf(key) {
      const slot = await slotOf(key);
      const ranges = (await ask(['CLUSTER', 'SLOTS'])) as [number, number, [string, number, ...unknown[]]][];
      const range = ranges.find(([from, to]) => slot >= from && slot <= to);
      if (!range) throw new Error(`slot ${slot} has no master`);
      return byPort(Number(range[2][1]));
    },
    async replicaOf(master) {
      const id = String(await command(master, ['CLUSTER', 'MYID']));
      const lines = String(await command(master, ['CLUSTER', 'NODES']))
        .trim()
        .split('\n');
      const replica = lines.map((line) => line.split(' ')).find((fields) => fields[3] === id);
      if (!replica) throw new Error(`no replica of the master on port ${master.port}`);
      return byPort(Number(replica[1]?.split(/[:@]/)[1]));
    },
    async waitUntilHealthy(timeoutMs = 20_000) {
      await waitFor(
        async () => {
          const views = await Promise.all(
            alive().map(async (node) => ({
              info: String(await command(node, ['CLUSTER', 'INFO'])),
              // Masters only: which replicas a node lists settles later, through gossip, and matters less.
              slots: JSON.stringify(
                ((await command(node, ['CLUSTER', 'SLOTS'])) as [number, number, [string, number]][])
                  .map(([from, to, [, port]]) => [from, to, port])
                  .sort(([a], [b]) => Number(a) - Number(b)),
              ),
              replication: String(await command(node, ['INFO', 'replication'])),
            })),
          );
          return (
            views.every((view) => view.info.includes('cluster_state:ok')) &&
            views.every((view) => view.slots === views[0]?.slots) &&
            views.every(
              (view) =>
                view.replication.includes('role:master') ||
                view.replication.includes('master_link_status:up'),
            )
          );
        },
        { timeoutMs, intervalMs: 50, what: 'the Redis Cluster to be healthy' },
      );
    },
    stop,
  };
}

/** A plain node-redis client (what `createClient` returns without modules). */
type AdminClient = ReturnType<typeof createAdminClient>;

function createAdminClient(url: string) {
  return createClient({ url, socket: { connectTimeout: 2_000, reconnectStrategy: false } });
}

/** Admin connections of a cluster, one per node, opened on first use and dropped when they fail. */
function adminConnections() {
  const clients = new Map<number, Promise<AdminClient>>();
  const drop = (port: number) => {
    const client = clients.get(port);
    clients.delete(port);
    void client?.then((c) => c.destroy()).catch(() => {});
  };
  return {
    /** One command on one node, bounded by 5 s (a frozen node fails the command instead of hanging it). */
    async command(node: ClusterNode, args: string[]): Promise<unknown> {
      let client = clients.get(node.port);
      if (!client) {
        const created = createAdminClient(node.url);
        created.on('error', () => drop(node.port));
        client = created.connect();
        clients.set(node.port, client);
      }
      try {
        return await within(
          (await client).sendCommand(args),
          5_000,
          `${args.join(' ')} on port ${node.port}`,
        );
      } catch (error) {
        drop(node.port);
        throw error;
      }
    },
    close() {
      for (const port of [...clients.keys()]) drop(port);
    },
  };
}

async function distinctFreePorts(count: number): Promise<number[]> {
  const ports = new Set<number>();
  while (ports.size < count) ports.add(await freePort());
  return [...ports];
}

function startClusterNode(port: number, busPort: number, dir: string): Promise<ClusterNode> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      'redis-server',
      [
        ...['--port', String(port), '--cluster-port', String(busPort), '--bind', '127.0.0.1'],
        ...['--cluster-enabled', 'yes', '--cluster-config-file', `nodes-${port}.conf`],
        ...['--cluster-node-timeout', '1000', '--cluster-replica-validity-factor', '0'],
        // Replicas sync at once (the default waits 5 s for more replicas to share one transfer).
        ...['--repl-diskless-sync-delay', '0'],
        ...['--appendonly', 'no', '--save', '', '--dir', dir],
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`redis-server (cluster node) did not start within 10 s:\n${output}`));
    }, 10_000);
    child.once('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(
        new Error(
          error.code === 'ENOENT'
            ? 'The Redis Cluster tests need redis-server and redis-cli (Debian: apt-get install -y redis-server), or REDIS_CLUSTER_TEST=0.'
            : `redis-server failed: ${error.message}`,
        ),
      );
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve({ port, url: `redis://127.0.0.1:${port}`, process: child });
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`redis-server (cluster node) exited with code ${code}:\n${output}`));
    });
  });
}
