import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  type CallEventData,
  CallEventsDocument,
  ConnectRoomCallDocument,
  CreateRoomDocument,
  documentIdOf,
  HangUpDocument,
  persistedQueryExtensions,
  RecordingDocument,
  watchCall,
} from '@switchboard/client';
import type { ExecutionResult } from 'graphql';
import { createClient as createSseClient } from 'graphql-sse';
import { createClient as createWsClient } from 'graphql-ws';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { requestById, subscribeById } from '../../client/examples/trusted-documents.ts';
import { useDisposers } from '../helpers/disposers.ts';
import { type GatewayStack, startGatewayStack } from '../helpers/gateway.ts';
import { subscribeOverSse } from '../helpers/sse.ts';

// The example is browser code: give this Node process (one per test file) the WebSocket a browser has.
(globalThis as { WebSocket?: unknown }).WebSocket ??= WebSocket;

const disposers = useDisposers();
const root = resolve(import.meta.dirname, '../..');
const manifest = JSON.parse(
  readFileSync(resolve(root, 'client/src/gql/persisted-documents.json'), 'utf8'),
) as Record<string, string>;

/** A document no client ships. */
const ARBITRARY = 'query Arbitrary { recording(recordingId: "no-such-recording") { recordingId state } }';
const VARIABLES = { recordingId: 'no-such-recording' };
const BY_ID = { extensions: persistedQueryExtensions(RecordingDocument), variables: VARIABLES };

type Request = { query?: string; extensions?: Record<string, unknown>; variables?: Record<string, unknown> };
type Result = ExecutionResult<Record<string, unknown>, { code?: string }>;

/** One request over one transport, with its real client: the first result. */
const TRANSPORTS: { name: string; run: (stack: GatewayStack, request: Request) => Promise<Result> }[] = [
  {
    name: 'HTTP',
    run: async (stack, request) =>
      (await (
        await fetch(stack.graphqlUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
          body: JSON.stringify(request),
        })
      ).json()) as Result,
  },
  {
    name: 'graphql-ws',
    run: (stack, request) => {
      const client = createWsClient({ url: stack.graphqlUrl.replace(/^http/, 'ws'), retryAttempts: 0 });
      disposers.add(() => client.dispose());
      return firstResult((sink) => client.subscribe({ query: '', ...request }, sink));
    },
  },
  {
    name: 'SSE',
    run: (stack, request) => {
      const client = createSseClient({ url: stack.graphqlUrl, retryAttempts: 0 });
      disposers.add(() => client.dispose());
      return firstResult((sink) => client.subscribe({ query: '', ...request }, sink));
    },
  },
];

function firstResult(
  subscribe: (sink: { next(r: Result): void; error(e: unknown): void; complete(): void }) => () => void,
): Promise<Result> {
  return new Promise((resolveResult, reject) => {
    let first: Result | undefined;
    const unsubscribe = subscribe({
      next: (result) => {
        first ??= result;
        resolveResult(result);
      },
      // graphql-ws and graphql-sse hand request errors to `error` as the list of errors.
      error: (error) =>
        Array.isArray(error) ? resolveResult({ errors: error } as Result) : reject(error as Error),
      complete: () => (first ? undefined : reject(new Error('completed without a result'))),
    });
    disposers.add(unsubscribe);
  });
}

describe('trusted documents', () => {
  it('ship with the client: a manifest of every client document by its id', () => {
    expect(manifest[documentIdOf(RecordingDocument)]).toContain('query Recording(');
    expect(manifest[documentIdOf(CallEventsDocument)]).toContain('subscription CallEvents(');
    expect(Object.keys(manifest).every((id) => /^[0-9a-f]{64}$/.test(id))).toBe(true);
  });

  it.each(TRANSPORTS)('under require, run a manifest document named by id over $name', async ({ run }) => {
    const stack = await startGatewayStack(disposers, { env: { TRUSTED_DOCUMENTS: 'require' } });
    expect(await run(stack, BY_ID)).toEqual({ data: { recording: null } });
  });

  it.each(TRANSPORTS)(
    'under require, refuse any other document over $name with TRUSTED_DOCUMENT_REQUIRED',
    async ({ run }) => {
      const stack = await startGatewayStack(disposers, { env: { TRUSTED_DOCUMENTS: 'require' } });
      const result = await run(stack, { query: ARBITRARY });
      expect(result.data).toBeUndefined();
      expect(result.errors?.[0]?.extensions?.code).toBe('TRUSTED_DOCUMENT_REQUIRED');
    },
  );

  it.each(TRANSPORTS)(
    'under require, refuse an id the manifest does not hold over $name with PERSISTED_QUERY_NOT_FOUND, even with text',
    async ({ run }) => {
      const stack = await startGatewayStack(disposers, { env: { TRUSTED_DOCUMENTS: 'require' } });
      const result = await run(stack, {
        query: ARBITRARY,
        extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } },
      });
      expect(result.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    },
  );

  it.each(TRANSPORTS)('under allow, run both a manifest id and any document over $name', async ({ run }) => {
    const stack = await startGatewayStack(disposers, { env: { TRUSTED_DOCUMENTS: 'allow' } });
    expect(await run(stack, BY_ID)).toEqual({ data: { recording: null } });
    expect(await run(stack, { query: ARBITRARY })).toEqual({ data: { recording: null } });
  });

  it('under off (the development default), run document text and refuse an id alone with PERSISTED_QUERY_NOT_SUPPORTED', async () => {
    const stack = await startGatewayStack(disposers);
    const [http] = TRANSPORTS;
    expect(await http?.run(stack, { query: ARBITRARY })).toEqual({ data: { recording: null } });
    const byId = await http?.run(stack, BY_ID);
    expect(byId?.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_SUPPORTED');
  });

  it('accept the GraphQL-over-HTTP `documentId` form, with or without its sha256: prefix', async () => {
    const stack = await startGatewayStack(disposers, { env: { TRUSTED_DOCUMENTS: 'require' } });
    for (const documentId of [documentIdOf(RecordingDocument), `sha256:${documentIdOf(RecordingDocument)}`]) {
      const response = await fetch(stack.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: JSON.stringify({ documentId, variables: VARIABLES }),
      });
      expect(await response.json()).toEqual({ data: { recording: null } });
    }
  });
});

describe('trusted documents over a plain EventSource', () => {
  it('run a manifest document named by documentId in the GET query string', async () => {
    const stack = await startGatewayStack(disposers, { env: { TRUSTED_DOCUMENTS: 'require' } });
    const url = `${stack.graphqlUrl}?documentId=${documentIdOf(RecordingDocument)}`;
    const events = subscribeOverSse(url, '', VARIABLES);
    disposers.add(() => events.close());
    const [first] = await events.waitForResults(1);
    expect(first?.errors).toBeUndefined();
    expect(first?.data).toEqual({ recording: null });
  });
});

describe('watchCall against a gateway that requires trusted documents', () => {
  it.each(['ws', 'sse'] as const)('follows a call over %s until it completes', async (transport) => {
    const stack = await startGatewayStack(disposers, { env: { TRUSTED_DOCUMENTS: 'require' } });
    const user = '8:acs:00000000-0000-4000-8000-000000000001_00000001-0000-0000-0000-000000000040';
    const created = await requestById(stack.graphqlUrl, CreateRoomDocument, {
      input: { participants: [{ communicationUserId: user, role: 'PRESENTER' }] },
    });
    const room = created.data?.createRoom;
    if (room?.__typename !== 'CreateRoomPayload') throw new Error('createRoom failed');
    const connected = await requestById(stack.graphqlUrl, ConnectRoomCallDocument, {
      input: { roomId: room.room.id },
    });
    const call = connected.data?.connectRoomCall;
    if (call?.__typename !== 'ConnectRoomCallPayload') throw new Error('connectRoomCall failed');
    const { callConnectionId } = call.call;

    const events: CallEventData[] = [];
    const watch = watchCall({
      url: stack.graphqlUrl,
      callConnectionId,
      transport,
      webSocketImpl: WebSocket,
      onEvent: (event) => events.push(event),
    });
    disposers.add(() => watch.stop());
    await expect.poll(() => events.map((e) => e.type)).toContain('CALL_CONNECTED');
    await requestById(stack.graphqlUrl, HangUpDocument, { input: { callConnectionId, forEveryone: true } });
    await watch.done;
    expect(events.map((e) => e.type)).toContain('CALL_DISCONNECTED');
  });
});

describe('the Frontend guide example of trusted documents', () => {
  it('is the code the README shows, verbatim', () => {
    const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
    const code = readFileSync(resolve(root, 'client/examples/trusted-documents.ts'), 'utf8');
    expect(readme).toContain(`\`\`\`ts\n${code}\`\`\``);
  });

  it('runs the client documents by id over HTTP and graphql-ws against a gateway that requires them', async () => {
    const stack = await startGatewayStack(disposers, { env: { TRUSTED_DOCUMENTS: 'require' } });
    expect(await requestById(stack.graphqlUrl, RecordingDocument, VARIABLES)).toEqual({
      data: { recording: null },
    });
    const results: ExecutionResult[] = [];
    const stop = subscribeById(stack.graphqlUrl, RecordingDocument, VARIABLES, (r) => results.push(r));
    disposers.add(stop);
    await expect.poll(() => results).toEqual([{ data: { recording: null } }]);
  });
});
