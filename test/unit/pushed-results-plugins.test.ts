import type { ExecutionResult } from 'graphql';
import { createSchema, createYoga, maskError, type Plugin } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { type DrivenStream, type EventSink, iterate } from '../../src/events/stream.ts';
import { createSubscriptionFanout, type PushTarget } from '../../src/server/subscription-fanout.ts';

/*
 * graphql-ws drives a subscription's results itself (`PushTarget`), past the iterable yoga hands back: what yoga's
 * and envelop's plugins do per result (`onSubscribeResult` → `onNext`) never happens to them. The fan-out masks
 * them itself (`maskError`) for that reason. These tests pin the assumption to yoga's behaviour: if yoga starts
 * masking results elsewhere (so pushed ones are masked twice), or its wrappers stop passing `return()` on (so a
 * client's `complete` would not reach the log subscription), they fail.
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

/** A PushTarget that drives what is attached to it into `pushed`; `ended` once the stream ends. */
function drivingTarget() {
  const target = {
    pushed: [] as ExecutionResult[],
    ended: false,
    attach(results: DrivenStream<ExecutionResult>) {
      results.drive({
        push: (result) => target.pushed.push(result) > 0,
        end: () => {
          target.ended = true;
        },
        fail: (error) => {
          throw error;
        },
      });
    },
  };
  return target;
}

describe("yoga's per-result hooks and pushed results", () => {
  it('a result pushed to the PushTarget is not masked by yoga (the fan-out masks pushed results itself)', async () => {
    const { yoga, masked } = yogaCountingMasks([{ n: -1 }]);
    const target = drivingTarget();
    const iterator = await subscribeThrough(yoga, target);
    expect(target.pushed.map((result) => result.errors?.map((error) => error.message))).toEqual([
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

  it('ending the iterator yoga hands back, through every plugin wrapper, ends the attached stream', async () => {
    const { yoga } = yogaCountingMasks([{ n: 1 }]);
    const target = drivingTarget();
    const iterator = await subscribeThrough(yoga, target);
    expect(target.ended).toBe(false);
    await iterator.return?.();
    expect(target.ended).toBe(true);
  });

  it("yoga's own plugins only map a subscription's results and errors: none ends with the stream or replaces it", async () => {
    // graphql-ws drops the iterable of a driven subscription unread (most of an idle subscription's memory is
    // in the plugins' wrappers around it): that is only right while no plugin has anything to do at its end.
    const { yoga } = yogaCountingMasks([]);
    // yoga's plugin list (a protected field): if it moves, this test fails and the assumption is checked again.
    const plugins = (yoga as unknown as { plugins: (Plugin | false)[] }).plugins;
    const stream = drivenOf([]);
    const seen: string[] = [];
    for (const plugin of plugins) {
      if (!plugin) continue;
      const hooks = await plugin.onSubscribe?.({
        args: { contextValue: {} },
        context: {},
        subscribeFn: () => stream,
        setSubscribeFn: () => {},
        extendContext: () => {},
        setResultAndStopExecution: () => {},
      } as never);
      if (!hooks) continue;
      seen.push(...Object.keys(hooks));
      const afterResult = hooks.onSubscribeResult?.({
        args: { contextValue: {} } as never,
        result: stream as never,
        setResult: () => seen.push('setResult'),
      });
      if (afterResult) seen.push(...Object.keys(afterResult).map((key) => `onSubscribeResult → ${key}`));
    }
    expect(seen.sort()).toEqual([
      'onSubscribeError',
      'onSubscribeError',
      'onSubscribeResult',
      'onSubscribeResult → onNext',
    ]);
  });
});
