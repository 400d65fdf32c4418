/**
 * Baseline (b) of `npm run bench`: stock graphql-yoga with `@graphql-yoga/redis-event-target` (ioredis), served
 * over graphql-ws with `graphql-ws/use/ws` (yoga's documented recipe), no log, replay or dedupe:
 * - `subscription { callEvents(callConnectionId) { … } }`: every message on the Redis channel
 *   `call:<callConnectionId>` (the event target's topic), executed once per subscriber;
 * - `POST /publish`: a JSON array of CloudEvents; each is published with `pubSub.publish('call', id, event)`; 204
 *   once Redis has taken every PUBLISH (as Switchboard and the relay answer only after their Redis round trip).
 * Prints `{"url":…}` on stdout once listening. Settings: REDIS_URL.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { useServer } from 'graphql-ws/use/ws';
import { createPubSub, createSchema, createYoga } from 'graphql-yoga';
import { Redis } from 'ioredis';
import { WebSocketServer } from 'ws';

interface BenchEvent {
  id: string;
  kind: string;
  callConnectionId: string;
  operationContext: string | null;
  time: string;
}

const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const publishClient = new Redis(redisUrl);
const pubSub = createPubSub<{ call: [callConnectionId: string, event: BenchEvent] }>({
  eventTarget: createRedisEventTarget({
    publishClient,
    subscribeClient: new Redis(redisUrl),
  }),
});

const yoga = createYoga({
  graphqlEndpoint: '/graphql',
  schema: createSchema({
    typeDefs: /* GraphQL */ `
      type CallEvent {
        id: ID!
        kind: String!
        callConnectionId: ID!
        cursor: String
        operationContext: String
        time: String!
      }
      type Query {
        ok: Boolean
      }
      type Subscription {
        callEvents(callConnectionId: ID!): CallEvent!
      }
    `,
    resolvers: {
      Subscription: {
        callEvents: {
          subscribe: (_root: unknown, args: { callConnectionId: string }) =>
            pubSub.subscribe('call', args.callConnectionId),
          resolve: (event: BenchEvent) => event,
        },
      },
    },
  }),
});

const server = createServer((req, res) => {
  if (req.method === 'POST' && req.url === '/publish') {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const events = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
        id: string;
        type: string;
        time: string;
        data: { callConnectionId: string; operationContext?: string };
      }[];
      for (const event of events) {
        const { callConnectionId, operationContext = null } = event.data;
        pubSub.publish('call', callConnectionId, {
          id: event.id,
          kind: event.type.replace('Microsoft.Communication.', ''),
          callConnectionId,
          operationContext,
          time: event.time,
        });
      }
      // The event target does not return its PUBLISH; one connection runs commands in order, so a PING sent after
      // them answers once Redis has taken every one.
      publishClient.ping().then(
        () => res.writeHead(204).end(),
        () => res.writeHead(503).end(),
      );
    });
    return;
  }
  void yoga.requestListener(req, res);
});

type Enveloped = ReturnType<typeof yoga.getEnveloped>;
const wss = new WebSocketServer({ server, path: '/graphql' });
useServer(
  {
    execute: (args) => (args.rootValue as Pick<Enveloped, 'execute'>).execute(args),
    subscribe: (args) => (args.rootValue as Pick<Enveloped, 'subscribe'>).subscribe(args),
    onSubscribe: async (ctx, _id, params) => {
      const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({
        ...ctx,
        req: ctx.extra.request,
        socket: ctx.extra.socket,
        params,
      });
      const args = {
        schema,
        operationName: params.operationName,
        document: parse(params.query),
        variableValues: params.variables,
        contextValue: await contextFactory(),
        rootValue: { execute, subscribe },
      };
      const errors = validate(args.schema, args.document);
      if (errors.length) return errors;
      return args;
    },
  },
  wss,
);

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  console.log(JSON.stringify({ url: `http://127.0.0.1:${port}` }));
});
process.once('SIGTERM', () => process.exit(0));
