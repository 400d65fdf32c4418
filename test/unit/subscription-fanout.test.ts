import { createSchema, createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { createSubscriptionFanout } from '../../src/server/subscription-fanout.ts';

/** A yoga whose one subscription yields `events` (the same objects to every subscriber), executed by the fan-out. */
function yogaOver(events: readonly { n: number }[]) {
  const fanout = createSubscriptionFanout();
  const schema = createSchema({
    typeDefs: 'type Query { ok: Boolean } type Subscription { n: Int }',
    resolvers: {
      Subscription: {
        n: {
          async *subscribe() {
            yield* events;
          },
          resolve: (event: { n: number }) => event.n,
        },
      },
    },
  });
  return { fanout, yoga: createYoga({ schema, plugins: [fanout.plugin], logging: false }) };
}

async function readStream(yoga: ReturnType<typeof yogaOver>['yoga']): Promise<string> {
  const response = await yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify({ query: 'subscription { n }' }),
  });
  return response.text();
}

describe('the subscription fan-out', () => {
  it('holds no executed event once the event loop turn that delivered it is over', async () => {
    const events = Array.from({ length: 50 }, (_, n) => ({ n }));
    const { fanout, yoga } = yogaOver(events);
    const body = await readStream(yoga);
    expect(body).toContain('{"data":{"n":49}}');
    await new Promise((resolve) => setImmediate(resolve));
    expect(fanout.eventsHeld).toBe(0);
  });
});
