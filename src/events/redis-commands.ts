// The client alone: the `redis` package also loads its Bloom, JSON, Search and TimeSeries modules (~1 MiB of heap).
import { createClient, createCluster } from '@redis/client';
import type { Logger } from 'pino';
import { CallEventLogUnavailableError } from './log.ts';

/** How the gateway connects to Redis and bounds each command. */
export interface RedisConnectionOptions {
  /** `redis://host:port`; with `cluster`, a comma-separated list of seed nodes. */
  url: string;
  /**
   * Redis Cluster: keys carry a `{callConnectionId}` hash tag and notifications use sharded pub/sub
   * (SPUBLISH/SSUBSCRIBE).
   */
  cluster: boolean;
  logger: Logger;
  /** Longest pause between reconnection attempts, in milliseconds. @default 2000 */
  maxReconnectDelayMs?: number;
  /**
   * Longest wait for the answer to one Redis command (the append script included), in milliseconds; past it
   * the operation rejects with `CallEventLogUnavailableError`. @default 2000
   */
  commandTimeoutMs?: number;
}

/**
 * One command connection and one subscriber connection (or one cluster client), shared by everything the
 * gateway keeps in Redis (the call event log, the incoming-call log, rate limits): the few operations they
 * need, the same for a single Redis and a cluster. Every command is bounded by `commandTimeoutMs`.
 */
export interface RedisPort {
  /** Sends a command routed by `key` (the hash slot owner in a cluster). */
  send(key: string, args: string[]): Promise<unknown>;
  /** Runs a Lua script (EVAL) routed by its first key: node-redis's `eval`, so a rate-limit store can take it. */
  eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
  /**
   * Calls `listener` whenever a connection becomes ready again after an outage, and when a command that timed
   * out is finally answered (a frozen Redis that resumes never disconnects, so no "ready" event says so).
   * @returns stops calling it.
   */
  onReconnect(listener: () => void): () => void;
  subscribe(channel: string, listener: (message: string) => void): Promise<void>;
  unsubscribe(channel: string, listener: (message: string) => void): Promise<void>;
  publishCommand: 'PUBLISH' | 'SPUBLISH';
  /** PING every node that holds keys (the one Redis, or every cluster master). */
  ping(): Promise<void>;
  /** Closes both connections; its owner calls it once every user of them has stopped. */
  close(): Promise<void>;
}

/**
 * Connects the command and subscriber connections (standalone or cluster) and wires reconnection (see
 * `RedisPort.onReconnect`). Rejects with `CallEventLogUnavailableError` when Redis is unreachable.
 */
export async function connectRedis(options: RedisConnectionOptions): Promise<RedisPort> {
  const { logger } = options;
  const reconnectListeners = new Set<() => void>();
  const onReconnect = () => {
    for (const listener of reconnectListeners) listener();
  };
  const onReconnectOf = (listener: () => void) => {
    reconnectListeners.add(listener);
    return () => {
      reconnectListeners.delete(listener);
    };
  };
  const evalVia =
    (send: RedisPort['send']): RedisPort['eval'] =>
    (script, { keys, arguments: args }) =>
      send(keys[0] ?? '', ['EVAL', script, String(keys.length), ...keys, ...args]);
  const maxDelay = options.maxReconnectDelayMs ?? 2_000;
  const commandTimeoutMs = options.commandTimeoutMs ?? 2_000;
  let starting = true;
  // While starting, fail at once so a misconfigured URL is reported instead of retried forever.
  const reconnectStrategy = (retries: number, cause: Error): number | Error =>
    starting ? cause : Math.min(50 * 2 ** retries, maxDelay);
  const socket = { reconnectStrategy, connectTimeout: 5_000 };
  // node-redis's own per-command timeout (5 s by default: an AbortSignal.timeout and its listener per command)
  // stops counting once the command is written, so it cannot catch a Redis that does not answer; `timed` bounds
  // every command from start to answer instead, and that one timer per command is enough.
  const commandOptions = { timeout: 0 };
  const onError = (connection: string) => (error: unknown) => {
    logger.warn({ err: error, connection }, 'Redis connection error (reconnecting)');
  };
  const onLateAnswer = () => {
    logger.info('Redis answered a command that had timed out; subscriptions catch up');
    onReconnect();
  };
  const timed = <T>(command: Promise<T>) => withTimeout(command, commandTimeoutMs, onLateAnswer);
  // Connecting includes a handshake that a frozen Redis never answers: bounded too, more generously.
  const connecting = <T>(connection: Promise<T>) =>
    withTimeout(connection, Math.max(5_000, commandTimeoutMs), () => {});

  try {
    if (options.cluster) {
      const rootNodes = options.url.split(',').map((url) => ({ url: url.trim() }));
      const cluster = createCluster({
        rootNodes,
        defaults: { disableOfflineQueue: true, socket },
        commandOptions,
        // While a node is unreachable, ask the cluster who serves its slots every second (default: after 5 s),
        // so a promoted replica is found soon after a failover.
        topologyRefreshOnReconnectionAttemptStrategy: 1_000,
      });
      cluster.on('error', onError('commands'));
      cluster.on('node-ready', () => {
        if (starting) return;
        onReconnect();
        // After a failover node-redis re-issues SSUBSCRIBE on the new master by itself, a moment after the node is
        // ready; a notification published in between is lost, so subscriptions read once more a little later.
        setTimeout(onReconnect, maxDelay).unref();
      });
      try {
        await connecting(cluster.connect());
      } catch (error) {
        cluster.destroy();
        throw error;
      }
      starting = false;
      const send: RedisPort['send'] = (key, args) => timed(cluster.sendCommand(key, false, args));
      return {
        send,
        eval: evalVia(send),
        onReconnect: onReconnectOf,
        subscribe: (channel, listener) => timed(cluster.sSubscribe(channel, listener)),
        unsubscribe: (channel, listener) => timed(cluster.sUnsubscribe(channel, listener)),
        publishCommand: 'SPUBLISH',
        async ping() {
          await Promise.all(
            cluster.masters.map(async (master) => {
              await timed((async () => (await cluster.nodeClient(master)).sendCommand(['PING']))());
            }),
          );
        },
        close: () => timed(cluster.close()).catch(() => cluster.destroy()),
      };
    }

    const client = createClient({ url: options.url, disableOfflineQueue: true, socket, commandOptions });
    const subscriber = client.duplicate();
    client.on('error', onError('commands'));
    subscriber.on('error', onError('subscriber'));
    for (const connection of [client, subscriber]) {
      connection.on('ready', () => {
        if (!starting) {
          logger.info('Redis connection ready again; subscriptions catch up');
          onReconnect();
        }
      });
    }
    try {
      await connecting(client.connect());
      await connecting(subscriber.connect());
    } catch (error) {
      client.destroy();
      subscriber.destroy();
      throw error;
    }
    starting = false;
    const send: RedisPort['send'] = (_key, args) => timed(client.sendCommand(args));
    return {
      send,
      eval: evalVia(send),
      onReconnect: onReconnectOf,
      subscribe: (channel, listener) => timed(subscriber.subscribe(channel, listener)),
      unsubscribe: (channel, listener) => timed(subscriber.unsubscribe(channel, listener)),
      publishCommand: 'PUBLISH',
      async ping() {
        await timed(client.sendCommand(['PING']));
      },
      close: async () => {
        // A graceful close waits for pending answers; a frozen Redis gets its connections destroyed instead.
        await Promise.allSettled([
          timed(subscriber.close()).catch(() => subscriber.destroy()),
          timed(client.close()).catch(() => client.destroy()),
        ]);
      },
    };
  } catch (error) {
    throw new CallEventLogUnavailableError(`Could not connect to Redis at ${redactUrl(options.url)}.`, {
      cause: error,
    });
  }
}

/** Redis did not answer a command within `commandTimeoutMs`. */
class RedisCommandTimeoutError extends Error {
  override readonly name = 'RedisCommandTimeoutError';
}

/**
 * Rejects with `RedisCommandTimeoutError` when `command` has not settled within `timeoutMs`.
 * node-redis's own `timeout` command option stops counting once the command is written to the socket, so it
 * cannot catch a Redis that accepts bytes and never answers (SIGSTOP, a stuck node): this timer can.
 * The command itself stays queued on its connection (its answer keeps the reply order); `onLateAnswer`
 * runs when it finally settles.
 */
function withTimeout<T>(command: Promise<T>, timeoutMs: number, onLateAnswer: () => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new RedisCommandTimeoutError(`Redis did not answer within ${timeoutMs} ms.`));
      command.then(onLateAnswer, onLateAnswer);
    }, timeoutMs);
    command.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/** The URL without credentials, for error messages and logs. */
function redactUrl(url: string): string {
  return url.replace(/\/\/[^@/]*@/g, '//***@');
}
