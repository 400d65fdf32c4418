import type { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { type ExecutionArgs, type ExecutionResult, GraphQLError } from 'graphql';
import type { YogaServerInstance } from 'graphql-yoga';
import { WebSocketServer } from 'ws';
import type { Logger } from '../logger.ts';
import type { GatewayContext } from '../resolvers/context.ts';
import { serveGraphQLOverWebSocket } from './graphql-ws-server.ts';
import type { GatewayMetrics } from './metrics.ts';
import type { RequestScope, ServerContext } from './yoga.ts';

type Enveloped = ReturnType<YogaServerInstance<ServerContext, GatewayContext>['getEnveloped']>;

/**
 * graphql-ws (`graphql-transport-ws` protocol) on the HTTP server's `/graphql` path, executing through yoga's
 * envelop (same schema, context and error masking as HTTP): `onSubscribe → yoga.getEnveloped`.
 * Subscribers that read slowly are paced, and ones that stop reading are closed (see `serveGraphQLOverWebSocket`).
 */
export function attachGraphQLWs(options: {
  server: Server;
  yoga: YogaServerInstance<ServerContext, GatewayContext>;
  logger: Logger;
  requestScope: AsyncLocalStorage<RequestScope>;
  subscriptionLimits: { maxBufferedBytes: number; stallTimeoutMs: number };
  metrics: GatewayMetrics;
  /** The shared JSON of a result (see `SubscriptionFanout.serialize`). */
  serialize: (result: ExecutionResult) => string;
}): { close(): Promise<void> } {
  const { yoga, logger, requestScope } = options;
  const wss = new WebSocketServer({ server: options.server, path: '/graphql' });
  const served = serveGraphQLOverWebSocket(
    wss,
    {
      execute: (args) => (args.rootValue as Pick<Enveloped, 'execute'>).execute(args),
      subscribe: (args) => (args.rootValue as Pick<Enveloped, 'subscribe'>).subscribe(args),
      onSubscribe: async (ctx, _id, params) => {
        const requestId = randomUUID();
        requestScope.enterWith({ requestId });
        const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({
          ...ctx,
          req: ctx.extra.request,
          socket: ctx.extra.socket,
          params,
        });
        let document: ExecutionArgs['document'];
        try {
          document = parse(params.query);
        } catch (error) {
          // A syntax error is the client's: answer it on this operation instead of closing the socket.
          if (error instanceof GraphQLError) return [error];
          throw error;
        }
        const args: ExecutionArgs = {
          schema,
          operationName: params.operationName ?? null,
          document,
          variableValues: params.variables ?? null,
          contextValue: await contextFactory(),
          rootValue: { execute, subscribe },
        };
        const errors = validate(args.schema, args.document);
        if (errors.length > 0) return errors;
        return args;
      },
    },
    {
      ...options.subscriptionLimits,
      serialize: options.serialize,
      onSlowSubscriber: () => options.metrics.slowSubscriber('graphql-ws'),
      onConnectionChange: (delta) => options.metrics.subscriberConnections('graphql-ws', delta),
    },
    logger,
  );
  return {
    async close() {
      for (const client of wss.clients) client.terminate();
      await served.dispose();
    },
  };
}
