import {
  execute,
  type GraphQLField,
  type GraphQLOutputType,
  getNamedType,
  isInterfaceType,
  isObjectType,
  isUnionType,
  parse,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { CALL_EVENT_KIND_NAMES } from '../../src/domain/call-event-kinds.ts';
import { buildSchema } from '../../src/schema/index.ts';

/**
 * The fan-out executes an event once per distinct subscription and hands that result to every subscriber
 * (src/server/subscription-fanout.ts): correct only while no field under `callEvents` reads the per-subscriber
 * context. This test executes every field of every event type with a context that throws when read (fields a
 * bare event leaves null, and what is below them, are not reached; the fields shared by every kind are).
 */
const schema = buildSchema();

const CONTEXT_READ = 'a field under callEvents read the per-subscriber context';
const throwingContext = new Proxy(
  {},
  {
    get: (_target, property) => {
      throw new Error(`${CONTEXT_READ}: ${String(property)}`);
    },
    has: (_target, property) => {
      throw new Error(`${CONTEXT_READ}: ${String(property)}`);
    },
  },
);

/** Every field below `type`, fragments on each possible type, to `depth` levels of objects. */
function selectAll(type: GraphQLOutputType, depth: number): string {
  const named = getNamedType(type);
  if (isUnionType(named) || isInterfaceType(named)) {
    const possible = schema.getPossibleTypes(named);
    return `{ __typename ${possible.map((member) => `... on ${member.name} ${selectAll(member, depth)}`).join(' ')} }`;
  }
  if (!isObjectType(named)) return '';
  if (depth === 0) return '{ __typename }';
  const fields = Object.values(named.getFields()).filter((field: GraphQLField<unknown, unknown>) =>
    field.args.every((arg) => arg.type.toString().endsWith('!') === false),
  );
  return `{ __typename ${fields.map((field) => `${field.name} ${selectAll(field.type, depth - 1)}`).join(' ')} }`;
}

describe('the fields under callEvents', () => {
  const callEvents = schema.getSubscriptionType()?.getFields().callEvents;
  if (!callEvents) throw new Error('no Subscription.callEvents');
  const document = parse(
    `subscription { callEvents(callConnectionId: "c") ${selectAll(callEvents.type, 4)} }`,
  );

  it.each(CALL_EVENT_KIND_NAMES)('of %s never read the per-subscriber context', (kind) => {
    const event = {
      kind,
      id: 'event-id',
      cursor: '1-0',
      callConnectionId: 'c',
      serverCallId: null,
      correlationId: null,
      operationContext: null,
      time: new Date(0).toISOString(),
      resultInformation: null,
    };
    const result = execute({ schema, document, rootValue: event, contextValue: throwingContext });
    if (result instanceof Promise) throw new Error('an event field resolved asynchronously');
    const contextReads = (result.errors ?? []).filter((error) => error.message.includes(CONTEXT_READ));
    expect(contextReads.map((error) => `${error.path?.join('.')}: ${error.message}`)).toEqual([]);
  });
});
