import type { ObjectRef } from '@pothos/core';
import {
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  getArgumentValues,
  Kind,
  type SelectionSetNode,
} from 'graphql';
import {
  CALL_ACTION_OUTCOMES,
  type CallActionWithOutcome,
  type OutcomeTarget,
} from '../domain/call-action-outcomes.ts';
import type { CallEventKindName } from '../domain/call-event-kinds.ts';
import type { GatewayContext } from '../resolvers/context.ts';
import {
  awaitOutcome,
  OUTCOME_TIMEOUT_SECONDS,
  type OutcomeAwaitFailure,
  type OutcomeStart,
  prepareOutcome,
} from '../resolvers/outcome.ts';
import type { Builder, Types } from './builder.ts';

/** The field a payload awaits its action's outcome with. */
export const OUTCOME_FIELD = 'outcome';

/** Where `addMutation` leaves what it noted before the action, on the payload it returns. */
const OUTCOME_START = Symbol('outcome start');
type WithOutcomeStart = { [OUTCOME_START]?: OutcomeStart };

const FAILURES: Record<OutcomeAwaitFailure, { description: string; message: string }> = {
  OUTCOME_TIMEOUT: {
    description: 'No event ended the action within `timeoutSeconds`.',
    message: 'No event ended the action in time; it may still end later (watch `callEvents`).',
  },
  OUTCOME_LIMIT_EXCEEDED: {
    description: 'The caller already awaits as many outcomes as allowed (`OUTCOME_AWAITS_PER_SUBJECT`).',
    message: 'Too many outcomes awaited at once by this caller; watch `callEvents` instead.',
  },
  OUTCOME_UNAVAILABLE: {
    description: "The call's event log could not be read, the client left, or the gateway is shutting down.",
    message: "The outcome could not be awaited; watch `callEvents` for the action's events.",
  },
};

/**
 * Attaches `outcome` fields to call action payloads. `attach(Payload, action, target)` is all a payload needs:
 * `addMutation` notices when a document selects `outcome` and prepares the await before the action runs.
 * The event object types are given once they exist (`useEventTypes`), so payloads may be attached first.
 */
export function createOutcomeFields(builder: Builder) {
  let eventTypes: ((kind: CallEventKindName) => ObjectRef<Types, unknown>) | null = null;
  const unions = new Map<string, ReturnType<typeof outcomeUnion>>();

  const OutcomeErrorCodeEnum = builder.enumType('OutcomeErrorCode', {
    description: 'Why an `outcome` is null. The action itself was done either way.',
    values: Object.fromEntries(
      Object.entries(FAILURES).map(([code, { description }]) => [code, { value: code, description }]),
    ) as Record<OutcomeAwaitFailure, { value: OutcomeAwaitFailure; description: string }>,
  });
  const OutcomeErrorRef = builder
    .objectRef<{ code: OutcomeAwaitFailure; message: string; timeoutSeconds: number }>('OutcomeError')
    .implement({
      description:
        'Why `outcome` is null: data, not a request error. The action was done; its events still reach `callEvents`.',
      fields: (t) => ({
        code: t.field({ type: OutcomeErrorCodeEnum, description: 'What happened.', resolve: (e) => e.code }),
        message: t.exposeString('message', { description: 'A human-readable explanation, safe to show.' }),
        timeoutSeconds: t.exposeInt('timeoutSeconds', { description: 'How long the gateway was to wait.' }),
      }),
    });

  function outcomeUnion(action: CallActionWithOutcome) {
    const { union, description, kinds } = CALL_ACTION_OUTCOMES[action];
    return builder.unionType(union, {
      description: `${description} The event that ended the action, read from the call's log.`,
      types: () => {
        if (!eventTypes) throw new Error('createOutcomeFields: useEventTypes was not called');
        const typeOf = eventTypes;
        return kinds.map((kind) => typeOf(kind));
      },
    });
  }

  return {
    /**
     * Adds `outcome(timeoutSeconds)` and `outcomeError` to `payload`, the payload of `action` (a row of
     * `CALL_ACTION_OUTCOMES`); `target` names the call and the key (operationContext or recordingId) of the run.
     */
    attach<Payload>(
      payload: ObjectRef<Types, Payload>,
      action: CallActionWithOutcome,
      target: (payload: Payload) => OutcomeTarget,
    ): void {
      const name = CALL_ACTION_OUTCOMES[action].union;
      let union = unions.get(name);
      if (!union) {
        union = outcomeUnion(action);
        unions.set(name, union);
      }
      const unionRef = union;
      const result = (value: Payload, ctx: GatewayContext) => {
        const start = (value as WithOutcomeStart)[OUTCOME_START];
        return start ? awaitOutcome(start, action, target(value), ctx).then((r) => ({ start, r })) : null;
      };
      builder.objectFields(payload, (t) => ({
        [OUTCOME_FIELD]: t.field({
          type: unionRef,
          nullable: true,
          description:
            "Selecting it makes the mutation answer once the event that ends the action is in the call's log " +
            '(whichever replica received it); null, with `outcomeError`, when none came in time. Not selected: ' +
            'nothing is awaited. One await per payload: every alias shares the first `timeoutSeconds`.',
          args: {
            timeoutSeconds: t.arg.int({
              required: false,
              defaultValue: OUTCOME_TIMEOUT_SECONDS.default,
              description: `How long to wait, ${OUTCOME_TIMEOUT_SECONDS.min} to ${OUTCOME_TIMEOUT_SECONDS.max} seconds; outside: an \`InputError\` and the action is not done.`,
            }),
          },
          resolve: async (value, _args, ctx) => {
            const awaited = await result(value, ctx);
            return awaited && 'event' in awaited.r ? (awaited.r.event as never) : null;
          },
        }),
        outcomeError: t.field({
          type: OutcomeErrorRef,
          nullable: true,
          description:
            'Why `outcome` is null (e.g. `OUTCOME_TIMEOUT`); null when `outcome` holds the event or is not selected.',
          resolve: async (value, _args, ctx) => {
            const awaited = await result(value, ctx);
            if (!awaited || !('failure' in awaited.r)) return null;
            const code = awaited.r.failure;
            return { code, message: FAILURES[code].message, timeoutSeconds: awaited.start.timeoutSeconds };
          },
        }),
      }));
    },
    /** Gives the object type of each event kind (built by `addCallEventKindTypes`). */
    useEventTypes(typeOf: (kind: CallEventKindName) => ObjectRef<Types, unknown>): void {
      eventTypes = typeOf;
    },
  };
}

export type OutcomeFields = ReturnType<typeof createOutcomeFields>;

/**
 * For `addMutation`: when the document selects `outcome` on this mutation's payload, checks its
 * `timeoutSeconds` and notes the call's log position before the action runs (`prepareOutcome`); otherwise
 * does nothing and costs nothing. Returns what to put on the payload.
 */
export async function prepareSelectedOutcome(
  info: GraphQLResolveInfo,
  payloadType: string,
  input: unknown,
  ctx: GatewayContext,
): Promise<((payload: unknown) => unknown) | null> {
  const type = info.schema.getType(payloadType) as GraphQLObjectType | undefined;
  const definition = type?.getFields()[OUTCOME_FIELD];
  if (!definition) return null;
  const node = info.fieldNodes
    .flatMap((field) => (field.selectionSet ? fieldsOf(field.selectionSet, info.fragments, new Set()) : []))
    .find((field) => field.name.value === OUTCOME_FIELD);
  if (!node) return null;
  const args = getArgumentValues(definition, node, info.variableValues);
  const start = await prepareOutcome(input, args.timeoutSeconds as number | null | undefined, ctx);
  return (payload) => Object.assign(payload as object, { [OUTCOME_START]: start });
}

/** The fields selected directly in `selectionSet`, through fragments. */
function fieldsOf(
  selectionSet: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
  seen: Set<string>,
): FieldNode[] {
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection];
    if (selection.kind === Kind.INLINE_FRAGMENT) return fieldsOf(selection.selectionSet, fragments, seen);
    const fragment = fragments[selection.name.value];
    if (!fragment || seen.has(fragment.name.value)) return [];
    seen.add(fragment.name.value);
    return fieldsOf(fragment.selectionSet, fragments, seen);
  });
}
