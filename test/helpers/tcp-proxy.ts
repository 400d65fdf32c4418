import { connect, createServer, type Socket } from 'node:net';

/**
 * A TCP proxy to 127.0.0.1:`port` whose open connections can be cut (a dropped network, seen by the client), or
 * one of them frozen (its client's bytes held, as a server that stopped answering on that connection only).
 */
export async function startCuttableProxy(port: string | number) {
  const sockets = new Set<Socket>();
  /** Every connection in the order it was accepted. */
  const pairs: { client: Socket; upstream: Socket }[] = [];
  let connections = 0;
  const server = createServer((client) => {
    connections++;
    const upstream = connect(Number(port), '127.0.0.1');
    pairs.push({ client, upstream });
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', () => {});
      socket.on('close', () => {
        sockets.delete(socket);
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const proxyPort = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${proxyPort}`,
    connections: () => connections,
    cut() {
      for (const socket of sockets) socket.destroy();
    },
    /** Holds what the `index`-th connection's client sends (nothing reaches the server) until `thaw(index)`. */
    freeze(index: number) {
      const pair = pairs[index];
      if (!pair) throw new Error(`no connection #${index} (${pairs.length} accepted)`);
      pair.client.unpipe(pair.upstream);
      pair.client.pause();
    },
    thaw(index: number) {
      const pair = pairs[index];
      if (pair) pair.client.pipe(pair.upstream);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
