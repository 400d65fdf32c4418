import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { CallEventHistoryDocument } from '@switchboard/client';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { waitFor, within } from '../helpers/async.ts';
import {
  connectRoomCall,
  dialSendDtmfHangUp,
  type Post,
  poster,
  storedThroughDisconnected,
  throughDisconnected,
} from '../helpers/calls.ts';
import { useDisposers } from '../helpers/disposers.ts';
import { startEmulator } from '../helpers/emulator.ts';
import { startGatewayStack } from '../helpers/gateway.ts';
import { testRedisUrl, uniqueKeyPrefix } from '../helpers/redis.ts';
import { freePort } from '../helpers/redis-global-setup.ts';
import { startCuttableProxy } from '../helpers/tcp-proxy.ts';
import { startWatch } from '../helpers/watch.ts';

const disposers = useDisposers();
const root = resolve(import.meta.dirname, '../..');
const USER = '8:acs:00000000-0000-4000-8000-000000000001_00000001-0000-0000-0000-000000000020';
const PHONE = '+14255550199';
const CALLER_ID = '+18005550100';
const ROOM = {
  pstnDialOutEnabled: true,
  participants: [{ communicationUserId: USER, role: 'PRESENTER' as const }],
};
const PHONE_IN = { phone: PHONE, callerId: CALLER_ID };

/** A room call joined through `post` (its leg not awaited: watchCall starts from the first event). */
async function connectRoomCallThrough(post: Post): Promise<string> {
  return (await connectRoomCall(post, ROOM)).callConnectionId;
}

describe('watchCall', () => {
  it('delivers a call once, in order, and completes after CallDisconnected', async () => {
    const stack = await startGatewayStack(disposers);
    const post = poster(() => stack.graphqlUrl);
    const callConnectionId = await connectRoomCallThrough(post);
    const consumer = startWatch(disposers, { url: stack.graphqlUrl, callConnectionId });

    await dialSendDtmfHangUp(post, stack.emulator.emulator.control, callConnectionId, PHONE_IN);
    await within(consumer.completed, 10_000, 'onComplete');

    expect(consumer.events.map((e) => e.cursor)).toEqual(
      await storedThroughDisconnected(stack.eventLog, callConnectionId),
    );
    expect(consumer.events.at(-1)?.type).toBe('CALL_DISCONNECTED');
    expect(consumer.watch.cursor).toBe(consumer.events.at(-1)?.cursor);
  });

  it('after a dropped socket resubscribes after its last cursor: every event exactly once', async () => {
    const stack = await startGatewayStack(disposers);
    const proxy = await startCuttableProxy(new URL(stack.url).port);
    disposers.add(() => proxy.close());
    const post = poster(() => stack.graphqlUrl);
    const callConnectionId = await connectRoomCallThrough(post);
    const tokens: string[] = [];
    const consumer = startWatch(disposers, {
      url: `${proxy.url}/graphql`,
      callConnectionId,
      getToken: () => {
        tokens.push(`token-${tokens.length + 1}`);
        return tokens.at(-1);
      },
    });
    await consumer.sawType('PARTICIPANTS_UPDATED');

    proxy.cut();
    await dialSendDtmfHangUp(post, stack.emulator.emulator.control, callConnectionId, PHONE_IN);
    await within(consumer.completed, 10_000, 'onComplete');

    expect(consumer.events.map((e) => e.cursor)).toEqual(
      await storedThroughDisconnected(stack.eventLog, callConnectionId),
    );
    expect(consumer.reconnects.length).toBeGreaterThanOrEqual(1);
    expect(proxy.connections()).toBeGreaterThanOrEqual(2);
    // A fresh token for every connection: a refreshed token is picked up by the next reconnection.
    expect(tokens.length).toBe(proxy.connections());
  });

  it('over SSE resubscribes after its last cursor when the stream drops: every event exactly once', async () => {
    const stack = await startGatewayStack(disposers);
    const proxy = await startCuttableProxy(new URL(stack.url).port);
    disposers.add(() => proxy.close());
    const post = poster(() => stack.graphqlUrl);
    const callConnectionId = await connectRoomCallThrough(post);
    const consumer = startWatch(disposers, {
      url: `${proxy.url}/graphql`,
      callConnectionId,
      transport: 'sse',
    });
    await consumer.sawType('PARTICIPANTS_UPDATED');

    proxy.cut();
    await dialSendDtmfHangUp(post, stack.emulator.emulator.control, callConnectionId, PHONE_IN);
    await within(consumer.completed, 10_000, 'onComplete');

    expect(consumer.events.map((e) => e.cursor)).toEqual(
      await storedThroughDisconnected(stack.eventLog, callConnectionId),
    );
    expect(consumer.reconnects.length).toBeGreaterThanOrEqual(1);
  });

  it('across a gateway stopped gracefully and restarted at the same address: every event exactly once', async () => {
    const keyPrefix = uniqueKeyPrefix('watch-restart');
    const first = await startGatewayStack(disposers, { redis: { keyPrefix } });
    const port = Number(new URL(first.url).port);
    let graphqlUrl = first.graphqlUrl;
    const post = poster(() => graphqlUrl);
    const callConnectionId = await connectRoomCallThrough(post);
    const consumer = startWatch(disposers, { url: first.graphqlUrl, callConnectionId });
    await consumer.sawType('PARTICIPANTS_UPDATED');

    await first.gateway.stop();
    const second = await startGatewayStack(disposers, {
      redis: { keyPrefix },
      restartOf: { emulator: first.emulator, port },
    });
    graphqlUrl = second.graphqlUrl;
    await dialSendDtmfHangUp(post, first.emulator.emulator.control, callConnectionId, PHONE_IN);
    await within(consumer.completed, 15_000, 'onComplete');

    expect(consumer.events.map((e) => e.cursor)).toEqual(
      await storedThroughDisconnected(second.eventLog, callConnectionId),
    );
    expect(consumer.reconnects.length).toBeGreaterThanOrEqual(1);
  });

  it('across a gateway process killed with SIGKILL and started again: every event exactly once', async () => {
    const emulator = await startEmulator(disposers);
    const port = await freePort();
    const env = {
      PATH: process.env.PATH ?? '',
      ...emulator.emulator.env(),
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
      REDIS_URL: testRedisUrl(),
      REDIS_KEY_PREFIX: uniqueKeyPrefix('watch-kill'),
      LOG_LEVEL: 'warn',
    };
    const graphqlUrl = `http://127.0.0.1:${port}/graphql`;
    const startGateway = async (): Promise<ChildProcess> => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
        cwd: root,
        env,
        stdio: 'ignore',
      });
      disposers.add(() => {
        if (child.exitCode === null) child.kill('SIGKILL');
      });
      await waitFor(async () => (await fetch(`http://127.0.0.1:${port}/readyz`)).ok, {
        timeoutMs: 40_000,
        what: 'the gateway process to be ready',
      });
      return child;
    };
    const post = poster(() => graphqlUrl);
    const gateway = await startGateway();
    const callConnectionId = await connectRoomCallThrough(post);
    const consumer = startWatch(disposers, { url: graphqlUrl, callConnectionId });
    await consumer.sawType('PARTICIPANTS_UPDATED');

    const exited = new Promise((resolveExit) => gateway.once('exit', resolveExit));
    gateway.kill('SIGKILL');
    await exited;
    await startGateway();
    await dialSendDtmfHangUp(post, emulator.emulator.control, callConnectionId, PHONE_IN);
    await within(consumer.completed, 15_000, 'onComplete');

    const history = await post(CallEventHistoryDocument, { callConnectionId, first: 100 });
    expect(consumer.events.map((e) => e.cursor)).toEqual(
      throughDisconnected(history.data?.call?.events ?? []),
    );
    expect(consumer.reconnects.length).toBeGreaterThanOrEqual(1);
  }, 120_000); // two gateway processes start (tsx compiles the sources each time) on a busy machine

  it('reconnect() (after a token refresh) resubscribes with the fresh token after its last cursor', async () => {
    const stack = await startGatewayStack(disposers);
    const post = poster(() => stack.graphqlUrl);
    const callConnectionId = await connectRoomCallThrough(post);
    let token = 'token-1';
    const tokensUsed: string[] = [];
    const consumer = startWatch(disposers, {
      url: stack.graphqlUrl,
      callConnectionId,
      getToken: () => {
        tokensUsed.push(token);
        return token;
      },
    });
    await consumer.sawType('PARTICIPANTS_UPDATED');

    token = 'token-2';
    consumer.watch.reconnect();
    await dialSendDtmfHangUp(post, stack.emulator.emulator.control, callConnectionId, PHONE_IN);
    await within(consumer.completed, 10_000, 'onComplete');

    expect(consumer.events.map((e) => e.cursor)).toEqual(
      await storedThroughDisconnected(stack.eventLog, callConnectionId),
    );
    expect(tokensUsed).toEqual(['token-1', 'token-2']);
  });

  it('falls back to SSE when no WebSocket connection can ever be opened', async () => {
    const stack = await startGatewayStack(disposers);
    const post = poster(() => stack.graphqlUrl);
    const callConnectionId = await connectRoomCallThrough(post);
    const deadPort = await freePort();
    /** A WebSocket whose upgrades never get through (as behind a proxy that refuses them): a closed port. */
    class BlockedWebSocket extends WebSocket {
      constructor(_url: string, protocols?: string | string[]) {
        super(`ws://127.0.0.1:${deadPort}/graphql`, protocols);
      }
    }
    const consumer = startWatch(disposers, {
      url: stack.graphqlUrl,
      callConnectionId,
      webSocketImpl: BlockedWebSocket,
    });

    await dialSendDtmfHangUp(post, stack.emulator.emulator.control, callConnectionId, PHONE_IN);
    await within(consumer.completed, 10_000, 'onComplete');

    expect(consumer.events.map((e) => e.cursor)).toEqual(
      await storedThroughDisconnected(stack.eventLog, callConnectionId),
    );
    expect(consumer.reconnects).toHaveLength(1);
  });

  it('delivers only the kinds in types and still completes when the call ends', async () => {
    const stack = await startGatewayStack(disposers);
    const post = poster(() => stack.graphqlUrl);
    const callConnectionId = await connectRoomCallThrough(post);
    const consumer = startWatch(disposers, {
      url: stack.graphqlUrl,
      callConnectionId,
      types: ['SEND_DTMF_TONES_COMPLETED'],
    });

    await dialSendDtmfHangUp(post, stack.emulator.emulator.control, callConnectionId, PHONE_IN);
    await within(consumer.completed, 10_000, 'onComplete');

    expect(consumer.events.map((e) => e.type)).toEqual(['SEND_DTMF_TONES_COMPLETED']);
  });

  it('reports NOT_FOUND through onError, without reconnecting, for an id nobody knows', async () => {
    const stack = await startGatewayStack(disposers);

    const consumer = startWatch(disposers, { url: stack.graphqlUrl, callConnectionId: 'no-such-call' });
    const error = await within(consumer.failed, 5_000, 'onError');

    expect(error).toMatchObject({ name: 'WatchCallError', code: 'NOT_FOUND' });
    expect(consumer.reconnects).toEqual([]);
  });
});
