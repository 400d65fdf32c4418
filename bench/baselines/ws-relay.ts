/**
 * Baseline (c) of `npm run bench`: a hand-written relay, no GraphQL. `node:http` + `ws` + Redis pub/sub
 * (node-redis), the least a live-event server can do:
 * - WebSocket `/relay`: the client sends `{"type":"subscribe","id":"<sub id>","call":"<call id>"}`; every message
 *   published on the Redis channel `call:<call id>` is sent as `{"id":"<sub id>","payload":<message>}`
 *   (the payload bytes are spliced in, never parsed);
 * - `POST /publish`: a JSON array of CloudEvents; each is published on `call:<data.callConnectionId>`; 204.
 * Prints `{"url":…}` on stdout once listening. Settings: REDIS_URL.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClient } from 'redis';
import { type WebSocket, WebSocketServer } from 'ws';

const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const publisher = createClient({ url: redisUrl });
const subscriber = publisher.duplicate();
await Promise.all([publisher.connect(), subscriber.connect()]);

/** Subscribers per call channel: [socket, subscription id] pairs. */
const channels = new Map<string, Set<{ socket: WebSocket; id: string }>>();

function onMessage(message: string, channel: string): void {
  for (const { socket, id } of channels.get(channel) ?? []) {
    socket.send(`{"id":${JSON.stringify(id)},"payload":${message}}`);
  }
}

const server = createServer((req, res) => {
  if (req.method !== 'POST' || req.url !== '/publish') {
    res.writeHead(404).end();
    return;
  }
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    const events = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
      data: { callConnectionId: string };
    }[];
    Promise.all(
      events.map((event) => publisher.publish(`call:${event.data.callConnectionId}`, JSON.stringify(event))),
    ).then(
      () => res.writeHead(204).end(),
      () => res.writeHead(503).end(),
    );
  });
});

const wss = new WebSocketServer({ server, path: '/relay' });
wss.on('connection', (socket) => {
  const mine: { channel: string; entry: { socket: WebSocket; id: string } }[] = [];
  socket.on('message', (data) => {
    const request = JSON.parse(String(data)) as { type: string; id: string; call: string };
    if (request.type !== 'subscribe') return;
    const channel = `call:${request.call}`;
    const entry = { socket, id: request.id };
    let subscribers = channels.get(channel);
    if (!subscribers) {
      subscribers = new Set();
      channels.set(channel, subscribers);
      void subscriber.subscribe(channel, onMessage);
    }
    subscribers.add(entry);
    mine.push({ channel, entry });
  });
  socket.on('close', () => {
    for (const { channel, entry } of mine) {
      const subscribers = channels.get(channel);
      subscribers?.delete(entry);
      if (subscribers?.size === 0) {
        channels.delete(channel);
        void subscriber.unsubscribe(channel);
      }
    }
  });
});

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  console.log(JSON.stringify({ url: `http://127.0.0.1:${port}` }));
});
process.once('SIGTERM', () => process.exit(0));
