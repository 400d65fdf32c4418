import type { ResultInformation, SipDiagnosticInfo } from '../domain/call.ts';
import type { CallEvent, CallEventKind } from '../domain/call-event.ts';
import { CALL_EVENT_KIND_NAMES, CALL_EVENT_KINDS, type CallEventOrigin } from '../domain/call-event-kinds.ts';
import { type DrivenStream, type EventSink, iterate } from '../events/stream.ts';
import { readCallEvents, subscribeCallEvents } from '../resolvers/events.ts';
import type { Builder, Types } from './builder.ts';
import type { addCallTypes } from './call.ts';
import { toGraphQLError } from './errors.ts';

/** `CallConnected` → `CALL_CONNECTED`: the ACS name in SCREAMING_SNAKE case. */
const screamingSnake = (kind: string) => kind.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();

/** `CallEventType` values → event kinds, from the one table of kinds. */
const EVENT_TYPES = Object.fromEntries(
  CALL_EVENT_KIND_NAMES.map((kind) => [
    screamingSnake(kind),
    { value: kind, description: CALL_EVENT_KINDS[kind].description },
  ]),
) as Record<string, { value: CallEventKind; description: string }>;

/** What `CallEvent.id` and `CallEvent.time` mean across kinds; each object type says it for its own origin. */
const INTERFACE_IDENTITY = {
  id: 'Unique per event: the id ACS gave it, or one the gateway derives for an event it makes (see each type).',
  time: 'When the event happened: when ACS emitted it, or when the gateway made it (see each type).',
};

/**
 * What `id` and `time` mean on the object type of each origin of the table of kinds. `Unknown` is an ACS
 * callback whose type the gateway does not know (the table files it as the gateway's so that no normalizer
 * case is expected for it): its id and time are the CloudEvent's.
 */
const EVENT_IDENTITY: Record<Exclude<CallEventOrigin, 'gateway'>, { id: string; time: string }> = {
  callback: {
    id: 'The CloudEvent id ACS sent the callback with; unique per event.',
    time: 'When ACS emitted the event (the CloudEvent `time`).',
  },
  eventGrid: {
    id: 'The id of the Event Grid event ACS sent; unique per event.',
    time: 'When ACS emitted the Event Grid event (`eventTime`).',
  },
  transcription: {
    id:
      'Made by the gateway from what identifies the line (call, transcription, offset, status and, for an ' +
      'intermediate result, its text), so a line delivered twice is stored once. Not an ACS id.',
    time: "When the gateway received the line on ACS's transcription WebSocket.",
  },
};

/** Kinds the gateway makes itself: ACS sends no such event, so each says what its `id` and `time` are. */
type GatewayMadeKind = Exclude<
  {
    [K in CallEventKind]: (typeof CALL_EVENT_KINDS)[K]['origin'] extends 'gateway' ? K : never;
  }[CallEventKind],
  'Unknown'
>;
const GATEWAY_EVENT_IDENTITY: Record<GatewayMadeKind, { id: string; time: string }> = {
  EventsLost: {
    id: 'Made by the gateway from the call and the lost range, so the same loss has the same id on every replica.',
    time: 'When the gateway noticed the loss.',
  },
};

const identityOf = (kind: CallEventKind): { id: string; time: string } => {
  if (kind === 'Unknown') return EVENT_IDENTITY.callback;
  const origin = CALL_EVENT_KINDS[kind].origin;
  return origin === 'gateway' ? GATEWAY_EVENT_IDENTITY[kind as GatewayMadeKind] : EVENT_IDENTITY[origin];
};

/** The GraphQL object type of each kind: its ACS name, except `Unknown`. */
export const typeName = (kind: CallEventKind) => (kind === 'Unknown' ? 'UnknownCallEvent' : kind);

/**
 * Registers the `CallEvent` interface and its fields, `Call.events` and `callEvents`; the object type of each
 * event kind implements it (`addCallEventKindTypes`).
 */
export function addCallEventTypes(builder: Builder, { CallRef }: ReturnType<typeof addCallTypes>) {
  const CallEventTypeEnum = builder.enumType('CallEventType', {
    description: 'The kind of a call event (the ACS event name in SCREAMING_SNAKE case).',
    values: EVENT_TYPES,
  });

  const SipDiagnosticInfoRef = builder.objectRef<SipDiagnosticInfo>('SipDiagnosticInfo').implement({
    description: 'A SIP response or Q.850 cause code behind an outcome, with its text.',
    fields: (t) => ({
      code: t.int({ nullable: true, description: 'The SIP or Q.850 code.', resolve: (d) => d.code }),
      message: t.string({ nullable: true, description: 'Its text.', resolve: (d) => d.message }),
    }),
  });
  const ResultInformationRef = builder.objectRef<ResultInformation>('ResultInformation').implement({
    description: 'The outcome ACS attaches to an event.',
    fields: (t) => ({
      sipDetails: t.field({
        type: SipDiagnosticInfoRef,
        nullable: true,
        description: 'The SIP response behind the outcome, when a phone leg was involved.',
        resolve: (r) => r.sipDetails ?? null,
      }),
      q850Details: t.field({
        type: SipDiagnosticInfoRef,
        nullable: true,
        description: 'The Q.850 cause behind the outcome, when a phone leg was involved.',
        resolve: (r) => r.q850Details ?? null,
      }),
      code: t.int({
        nullable: true,
        description: 'An HTTP-like status, e.g. 200 or 486.',
        resolve: (r) => r.code,
      }),
      subCode: t.int({
        nullable: true,
        description: 'The ACS detail code, e.g. 7000 or 560486.',
        resolve: (r) => r.subCode,
      }),
      message: t.string({ nullable: true, description: 'The ACS explanation.', resolve: (r) => r.message }),
    }),
  });

  /** `kind`: the object type of one kind, whose `id` and `time` say where they come from; absent: the interface. */
  const commonFields = (
    t:
      | PothosSchemaTypes.InterfaceFieldBuilder<Types, CallEvent>
      | PothosSchemaTypes.ObjectFieldBuilder<Types, CallEvent>,
    kind?: CallEventKind,
  ) => ({
    id: t.exposeID('id', { description: (kind ? identityOf(kind) : INTERFACE_IDENTITY).id }),
    cursor: t.exposeString('cursor', {
      description: "Position in the call's event log; pass as `after` to resume.",
    }),
    type: t.field({
      type: CallEventTypeEnum,
      description: 'The kind of event.',
      resolve: (e: CallEvent) => e.kind,
    }),
    callConnectionId: t.exposeID('callConnectionId', {
      description: 'The call connection the event belongs to.',
    }),
    serverCallId: t.string({
      nullable: true,
      description: 'The ACS server call id.',
      resolve: (e: CallEvent) => e.serverCallId,
    }),
    correlationId: t.string({
      nullable: true,
      description: 'The ACS correlation id.',
      resolve: (e: CallEvent) => e.correlationId,
    }),
    operationContext: t.string({
      nullable: true,
      description:
        'The operationContext of the action that caused the event; null when no action did (ParticipantsUpdated, ' +
        'TranscriptionData, RecordingFileReady, EventsLost).',
      resolve: (e: CallEvent) => e.operationContext,
    }),
    time: t.field({
      type: 'DateTime',
      description: (kind ? identityOf(kind) : INTERFACE_IDENTITY).time,
      resolve: (e: CallEvent) => e.time,
    }),
    resultInformation: t.field({
      type: ResultInformationRef,
      nullable: true,
      description: 'The outcome ACS reports; null when it reports none (and on events the gateway makes).',
      resolve: (e: CallEvent) => e.resultInformation,
    }),
  });
  const CallEventInterface = builder.interfaceRef<CallEvent>('CallEvent').implement({
    description: 'A callback event of a call connection, as ACS sent it (normalized), with its log cursor.',
    resolveType: (event) => typeName(event.kind),
    fields: (t) => commonFields(t),
  });
  builder.objectField(CallRef, 'events', (t) =>
    t.field({
      type: [CallEventInterface],
      description:
        "The call's retained events, oldest first: the `first` events after the cursor `after` (from the oldest " +
        'retained event when `after` is absent). Page forward by passing the `cursor` of the last event as ' +
        '`after`; an empty list means you have them all (then `callEvents(after:)` streams what comes next).',
      args: {
        first: t.arg.int({ defaultValue: 50, description: 'How many events at most, 1 to 1000.' }),
        after: t.arg.string({ description: "A `cursor` of this call's events; only events after it." }),
      },
      resolve: (call, args, ctx) =>
        readCallEvents(call.callConnectionId, { first: args.first ?? 50, after: args.after }, ctx),
    }),
  );

  builder.subscriptionField('callEvents', (t) =>
    t.field({
      type: CallEventInterface,
      description:
        "Replays the call's retained log after the cursor `after` (from its start when `after` is absent), " +
        'then streams live events, with no gap and no duplicate. Filter with `types`. Completes after the ' +
        "call's CallDisconnected once everything before it is delivered (at once when `after` is already past " +
        'it); an id neither ACS nor the gateway knows is a NOT_FOUND error.',
      args: {
        callConnectionId: t.arg.id({ required: true, description: 'The call connection.' }),
        after: t.arg.string({ description: 'Resume after this cursor (from an event you already have).' }),
        types: t.arg({
          type: [CallEventTypeEnum],
          description: 'Only these kinds (all when absent or empty).',
        }),
      },
      subscribe: (_root, args, ctx) =>
        subscribeCallEvents(
          { callConnectionId: String(args.callConnectionId), after: args.after, types: args.types },
          ctx,
        ).then(mapErrors),
      resolve: (event) => event,
    }),
  );

  return { CallEventInterface, callEventFields: commonFields };
}

/** The stream with `DomainError`s it fails with turned into request errors (`toGraphQLError`). */
export function mapErrors<T>(stream: DrivenStream<T>): DrivenStream<T> & AsyncIterable<T> {
  return new ErrorMappedStream(stream);
}

/**
 * `mapErrors`' stream, and its source's sink once driven. Classes, not closures: every open subscription holds
 * one, idle ones included.
 */
class ErrorMappedStream<T> implements DrivenStream<T>, AsyncIterable<T> {
  readonly #stream: DrivenStream<T>;

  constructor(stream: DrivenStream<T>) {
    this.#stream = stream;
  }

  drive(sink: EventSink<T>): void {
    this.#stream.drive(new ErrorMappingSink(sink));
  }

  resume(): void {
    this.#stream.resume();
  }

  end(): Promise<void> {
    return this.#stream.end();
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return iterate(this);
  }
}

class ErrorMappingSink<T> implements EventSink<T> {
  readonly #sink: EventSink<T>;

  constructor(sink: EventSink<T>) {
    this.#sink = sink;
  }

  push(item: T): boolean {
    return this.#sink.push(item);
  }

  end(): void {
    this.#sink.end();
  }

  fail(error: unknown): void {
    this.#sink.fail(toGraphQLError(error));
  }
}
