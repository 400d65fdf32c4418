import type { ExecutionResult } from 'graphql';
import { createSchema, createYoga, maskError } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { type DrivenStream, type EventSink, iterate } from '../../src/events/stream.ts';
import { createSubscriptionFanout, type PushTarget } from '../../src/server/subscription-fanout.ts';

/*
 * graphql-ws results are pushed to the socket (`PushTarget`), past the iterator yoga hands back: what yoga's and
 * envelop's plugins do per result (`onSubscribeResult` → `onNext`) never happens to them. The fan-out masks them
 * itself (`maskError`) for that reason. These tests pin the assumption to yoga's behaviour: if yoga starts masking
 * results elsewhere (so pushed ones are masked twice), or stops wrapping the iterator, they fail.
 */

/** A driven stream of `events`, left open after them (as a live log subscription is). */
function drivenOf(
  events: readonly { n: number }[],
): DrivenStream<{ n: number }> & AsyncIterable<{ n: number }> {
  let sink: EventSink<{ n: number }> | null = null;
  const stream = {
    drive(into: EventSink<{ n: number }>) {
      sink = into;
      for (const event of events) into.push(event);
    },
    resume() {},
    async end() {
      sink?.end();
      sink = null;
    },
    [Symbol.asyncIterator]: () => iterate(stream),
  };
  return stream;
}

/** A yoga whose subscription `n` fails for a negative event, masking with a counter. */
function yogaCountingMasks(events: readonly { n: number }[]) {
  const masked: unknown[] = [];
  const schema = createSchema({
    typeDefs: 'type Query { ok: Boolean } type Subscription { n: Int }',
    resolvers: {
      Subscription: {
        n: {
          subscribe: () => drivenOf(events),
          resolve: (event: { n: number }) => {
            if (event.n < 0) throw new Error('internal detail');
            return event.n;
          },
        },
      },
    },
  });
  const yoga = createYoga({
    schema,
    plugins: [createSubscriptionFanout().plugin],
    logging: false,
    maskedErrors: {
      maskError: (error, message, isDev) => {
        masked.push(error);
        return maskError(error, message, isDev);
      },
    },
  });
  return { yoga, masked };
}

async function subscribeThrough(
  yoga: ReturnType<typeof yogaCountingMasks>['yoga'],
  pushTarget: PushTarget | undefined,
): Promise<AsyncIterator<ExecutionResult>> {
  const { schema, parse, subscribe, contextFactory } = yoga.getEnveloped({ pushTarget });
  const result = await subscribe({
    schema,
    document: parse('subscription { n }'),
    contextValue: await contextFactory(),
  });
  return (result as AsyncIterable<ExecutionResult>)[Symbol.asyncIterator]();
}

describe("yoga's per-result hooks and pushed results", () => {
  it('a result pushed to the PushTarget is not masked by yoga (the fan-out masks pushed results itself)', async () => {
    const { yoga, masked } = yogaCountingMasks([{ n: -1 }]);
    const pushed: ExecutionResult[] = [];
    const iterator = await subscribeThrough(yoga, { push: (result) => pushed.push(result) > 0 });
    // The first `next()` is what starts the pushing; it settles only when the stream ends.
    void iterator.next();
    expect(pushed.map((result) => result.errors?.map((error) => error.message))).toEqual([
      ['internal detail'],
    ]);
    expect(masked).toEqual([]);
    await iterator.return?.();
  });

  it('a result read through the iterator yoga hands back is masked by yoga (the SSE path)', async () => {
    const { yoga, masked } = yogaCountingMasks([{ n: -1 }]);
    const iterator = await subscribeThrough(yoga, undefined);
    const step = await iterator.next();
    expect((step.value as ExecutionResult).errors?.map((error) => error.message)).toEqual([
      'Unexpected error.',
    ]);
    expect(masked).toHaveLength(1);
    await iterator.return?.();
  });

  it('ending the iterator yoga hands back ends the pushed stream (a client complete reaches the log subscription)', async () => {
    const { yoga } = yogaCountingMasks([{ n: 1 }]);
    const iterator = await subscribeThrough(yoga, { push: () => true });
    const settled = iterator.next();
    await iterator.return?.();
    expect(await settled).toEqual({ done: true, value: undefined });
  });
});
