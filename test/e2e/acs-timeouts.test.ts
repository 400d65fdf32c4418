import { createServer, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createDeferred, waitFor } from '../helpers/async.ts';
import { useDisposers } from '../helpers/disposers.ts';
import { startGatewayStack } from '../helpers/gateway.ts';

const disposers = useDisposers();
const CREATE_ROOM =
  'mutation { createRoom(input: {}) { __typename ... on AcsError { code message status } } }';

/** A TCP server that accepts connections and never answers: an ACS that hangs. */
async function startHungAcs() {
  const sockets: Socket[] = [];
  const closed: Socket[] = [];
  const server = createServer((socket) => {
    sockets.push(socket);
    socket.on('close', () => closed.push(socket));
    socket.on('error', () => {});
    // Read (and ignore) the request, so the end of the connection is seen.
    socket.resume();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  disposers.add(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => server.close(resolve));
  });
  const { port } = server.address() as { port: number };
  const accessKey = Buffer.from('hung').toString('base64');
  return { sockets, closed, connectionString: `endpoint=http://127.0.0.1:${port}/;accesskey=${accessKey}` };
}

describe('ACS request timeouts', () => {
  it('answers AcsError UPSTREAM_UNAVAILABLE when ACS accepts the connection and never answers', async () => {
    const acs = await startHungAcs();
    const stack = await startGatewayStack(disposers, {
      env: { ACS_CONNECTION_STRING: acs.connectionString, ACS_REQUEST_TIMEOUT_MS: '300' },
    });
    const { body } = await stack.graphqlText(CREATE_ROOM);
    expect(body.data?.createRoom).toEqual({
      __typename: 'AcsError',
      code: 'UPSTREAM_UNAVAILABLE',
      message: 'ACS did not answer within 300 ms; retry later.',
      status: null,
    });
  });

  it('retries a try that timed out, up to ACS_MAX_RETRIES, then answers UPSTREAM_UNAVAILABLE', async () => {
    const acs = await startHungAcs();
    const stack = await startGatewayStack(disposers, {
      env: {
        ACS_CONNECTION_STRING: acs.connectionString,
        ACS_ATTEMPT_TIMEOUT_MS: '100',
        ACS_MAX_RETRIES: '2',
        ACS_REQUEST_TIMEOUT_MS: '20000',
      },
    });
    const { body } = await stack.graphqlText(CREATE_ROOM);
    expect(body.data?.createRoom).toMatchObject({ __typename: 'AcsError', code: 'UPSTREAM_UNAVAILABLE' });
    expect(acs.sockets).toHaveLength(3);
  });

  it('cancels the ACS request when the client abandons the GraphQL request', async () => {
    const acs = await startHungAcs();
    const stack = await startGatewayStack(disposers, {
      env: { ACS_CONNECTION_STRING: acs.connectionString, ACS_REQUEST_TIMEOUT_MS: '60000' },
    });
    const client = new AbortController();
    const response = fetch(stack.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: CREATE_ROOM }),
      signal: client.signal,
    });
    const abandoned = createDeferred();
    response.catch(() => abandoned.resolve());
    await waitFor(() => acs.sockets.length === 1, { what: 'the gateway to call ACS' });
    client.abort();
    await abandoned.promise;
    await waitFor(() => acs.closed.length === 1, { what: 'the gateway to close its ACS request' });
  });
});
