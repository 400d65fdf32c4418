import type { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { ExecutionArgs } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { YogaServerInstance } from 'graphql-yoga';
import { WebSocketServer } from 'ws';
import type { Logger } from '../logger.ts';
import type { GatewayContext } from '../resolvers/context.ts';
import type { RequestScope, ServerContext } from './yoga.ts';

/** WebSocket close code for a subscriber that does not read fast enough. */
export const CLOSE_SLOW_CONSUMER = 4429;

type Enveloped = ReturnType<YogaServerInstance<ServerContext, GatewayContext>['getEnveloped']>;

/**
 * graphql-ws (`graphql-transport-ws` protocol) on the HTTP server's `/graphql` path, executing through yoga's
 * envelop (same schema, context and error masking as HTTP): `onSubscribe → yoga.getEnveloped`.
 * A socket that leaves more than `maxBufferedBytes` unread is closed with 4429.
 */
export function attachGraphQLWs(options: {
  server: Server;
  yoga: YogaServerInstance<ServerContext, GatewayContext>;
  logger: Logger;
  requestScope: AsyncLocalStorage<RequestScope>;
  maxBufferedBytes: number;
}): { close(): Promise<void> } {
  const { yoga, logger, requestScope } = options;
  const wss = new WebSocketServer({ server: options.server, path: '/graphql' });
  const disposable = useServer<Record<string, unknown> | undefined, { request: ServerContext['req'] }>(
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
        const args: ExecutionArgs = {
          schema,
          operationName: params.operationName ?? null,
          document: parse(params.query),
          variableValues: params.variables ?? null,
          contextValue: await contextFactory(),
          rootValue: { execute, subscribe },
        };
        const errors = validate(args.schema, args.document);
        if (errors.length > 0) return errors;
        return args;
      },
      onNext: (ctx) => {
        const socket = (
          ctx.extra as unknown as {
            socket: { bufferedAmount: number; close(code: number, reason: string): void };
          }
        ).socket;
        if (socket.bufferedAmount > options.maxBufferedBytes) {
          logger.warn(
            { bufferedAmount: socket.bufferedAmount },
            'closing a subscriber that does not keep up',
          );
          socket.close(CLOSE_SLOW_CONSUMER, 'Subscriber too slow');
        }
      },
    },
    wss,
  );
  return {
    async close() {
      for (const client of wss.clients) client.terminate();
      await disposable.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
