import type { IncomingCallEvent } from '../domain/incoming-call.ts';
import {
  type AnswerCallInput as AnswerCallInputShape,
  answerCall,
  type RedirectCallInput as RedirectCallInputShape,
  type RejectCallInput as RejectCallInputShape,
  redirectCall,
  rejectCall,
  subscribeIncomingCalls,
} from '../resolvers/incoming-calls.ts';
import type { Builder } from './builder.ts';
import type { addCallTypes } from './call.ts';
import { mapErrors } from './call-event.ts';
import { callSetupFields, joinedCallPayload } from './call-lifecycle.ts';
import type { addIdentifierTypes } from './identifier.ts';
import { addMutation } from './mutation.ts';

type Refs = ReturnType<typeof addCallTypes> & ReturnType<typeof addIdentifierTypes>;

const CONTEXT_DESCRIPTION =
  'The `incomingCallContext` of an `IncomingCall` from `incomingCalls`; usable while it rings (about 30 s).';

/** Registers the `incomingCalls` subscription, its events, and `answerCall`, `rejectCall`, `redirectCall`. */
export function addIncomingCallTypes(builder: Builder, refs: Refs) {
  const { CommunicationIdentifierInterface, ParticipantInputRef } = refs;

  const IncomingCallEventInterface = builder.interfaceRef<IncomingCallEvent>('IncomingCallEvent').implement({
    description:
      'What happened to a call ringing the ACS resource (Event Grid `IncomingCall`), with its log cursor. Every ' +
      'event repeats the call it is about.',
    resolveType: (event) => event.kind,
    fields: (t) => ({
      cursor: t.exposeString('cursor', {
        description: 'Position in the incoming call log; pass as `after` to resume.',
      }),
      time: t.field({ type: 'DateTime', description: 'When the gateway learnt it.', resolve: (e) => e.time }),
      incomingCallContext: t.string({
        description: 'What `answerCall`, `rejectCall` and `redirectCall` take (opaque).',
        resolve: (e) => e.call.incomingCallContext,
      }),
      serverCallId: t.string({
        nullable: true,
        description: 'The ACS server call id (`connectCall` can join the call by it once answered).',
        resolve: (e) => e.call.serverCallId,
      }),
      correlationId: t.string({
        nullable: true,
        description: 'The correlation id ACS shares between all legs of the call.',
        resolve: (e) => e.call.correlationId,
      }),
      from: t.field({
        type: CommunicationIdentifierInterface,
        description: 'Who calls.',
        resolve: (e) => e.call.from,
      }),
      to: t.field({
        type: CommunicationIdentifierInterface,
        description: 'The number or identity of the resource that is called.',
        resolve: (e) => e.call.to,
      }),
      callerDisplayName: t.string({
        nullable: true,
        description: 'The caller’s display name, when ACS gives one.',
        resolve: (e) => e.call.callerDisplayName,
      }),
      expiresAt: t.field({
        type: 'DateTime',
        description:
          'When the call stops ringing for the gateway (received + 30 s, ACS’s ring time): after it the ' +
          'context is refused, and the call is no longer delivered.',
        resolve: (e) => e.call.expiresAt,
      }),
    }),
  });
  const implementsEvent = { interfaces: [IncomingCallEventInterface] };
  builder.objectRef<Extract<IncomingCallEvent, { kind: 'IncomingCall' }>>('IncomingCall').implement({
    ...implementsEvent,
    description: 'A call rings the resource: answer, reject or redirect it by its `incomingCallContext`.',
    isTypeOf: (e) => (e as IncomingCallEvent).kind === 'IncomingCall',
    fields: () => ({}),
  });
  builder
    .objectRef<Extract<IncomingCallEvent, { kind: 'IncomingCallAnswered' }>>('IncomingCallAnswered')
    .implement({
      ...implementsEvent,
      description:
        'The call was answered through the gateway (by any client): it no longer rings for anyone.',
      isTypeOf: (e) => (e as IncomingCallEvent).kind === 'IncomingCallAnswered',
      fields: (t) => ({
        callConnectionId: t.exposeID('callConnectionId', {
          description: 'The gateway’s call connection that answered it (for `callEvents`).',
        }),
      }),
    });
  const IncomingCallEndReasonEnum = builder.enumType('IncomingCallEndReason', {
    description: 'Why an incoming call stopped ringing without being answered.',
    values: {
      REJECTED: { value: 'rejected', description: '`rejectCall`.' },
      REDIRECTED: { value: 'redirected', description: '`redirectCall`: it rings its new target instead.' },
    } as const,
  });
  builder
    .objectRef<Extract<IncomingCallEvent, { kind: 'IncomingCallEnded' }>>('IncomingCallEnded')
    .implement({
      ...implementsEvent,
      description: 'The call was rejected or redirected through the gateway: it no longer rings for anyone.',
      isTypeOf: (e) => (e as IncomingCallEvent).kind === 'IncomingCallEnded',
      fields: (t) => ({
        reason: t.field({
          type: IncomingCallEndReasonEnum,
          description: 'What ended it.',
          resolve: (e) => e.reason,
        }),
      }),
    });

  builder.subscriptionField('incomingCalls', (t) =>
    t.field({
      type: IncomingCallEventInterface,
      description:
        'Calls ringing the ACS resource (Event Grid `IncomingCall` at `/api/eventgrid`) and what became of them ' +
        '(`IncomingCallAnswered`, `IncomingCallEnded`), across every replica, each once per subscriber: the ' +
        'retained ones after `after` (from the start when absent), then live. ACS lets a call be answered for ' +
        'about 30 s only: calls older than that (`expiresAt`) are dropped, never delivered, and the log keeps ' +
        'nothing for long. Resume with the `cursor` of the last event you have.',
      args: {
        to: t.arg({
          type: ParticipantInputRef,
          description: 'Only calls to this number or identity of the resource.',
        }),
        after: t.arg.string({ description: 'Resume after this cursor.' }),
      },
      subscribe: (_root, args, ctx) => subscribeIncomingCalls(args, ctx).then(mapErrors),
      resolve: (event) => event,
    }),
  );

  const AnswerCallInput = builder.inputRef<AnswerCallInputShape>('AnswerCallInput').implement({
    description: 'An incoming call to answer, with the gateway in it.',
    fields: (t) => ({
      incomingCallContext: t.string({ required: true, description: CONTEXT_DESCRIPTION }),
      ...callSetupFields(t, refs),
    }),
  });
  const RejectCallInput = builder.inputRef<RejectCallInputShape>('RejectCallInput').implement({
    description: 'An incoming call to refuse.',
    fields: (t) => ({
      incomingCallContext: t.string({ required: true, description: CONTEXT_DESCRIPTION }),
      reason: t.field({
        type: builder.enumType('CallRejectReason', {
          description: 'What the caller is told (ACS `callRejectReason`).',
          values: {
            NONE: { value: 'none', description: 'No reason.' },
            BUSY: { value: 'busy', description: 'Busy.' },
            FORBIDDEN: { value: 'forbidden', description: 'Forbidden.' },
          } as const,
        }),
        required: false,
        defaultValue: 'none',
        description: 'Default NONE.',
      }),
    }),
  });
  const RedirectCallInput = builder.inputRef<RedirectCallInputShape>('RedirectCallInput').implement({
    description: 'An incoming call to send elsewhere; the gateway stays out of it.',
    fields: (t) => ({
      incomingCallContext: t.string({ required: true, description: CONTEXT_DESCRIPTION }),
      target: t.field({
        type: ParticipantInputRef,
        required: true,
        description: 'Where it rings instead: a phone number (the `calls:dial-out` scope) or an ACS user.',
      }),
    }),
  });

  const AnswerCallPayload = joinedCallPayload(
    builder,
    'AnswerCallPayload',
    'The gateway answering an incoming call; `CallConnected` or `AnswerFailed` follows on `callEvents`.',
    refs,
  );
  refs.outcomes.attach(AnswerCallPayload, 'answerCall', (p) => ({
    callConnectionId: p.call.callConnectionId,
    key: p.operationContext,
  }));
  const settledPayload = (name: string, description: string) =>
    builder.objectRef<{ incomingCallContext: string }>(name).implement({
      description,
      fields: (t) => ({
        incomingCallContext: t.exposeString('incomingCallContext', { description: 'The call acted on.' }),
      }),
    });
  const RejectCallPayload = settledPayload(
    'RejectCallPayload',
    'The call was refused (ACS sends no event; subscribers of `incomingCalls` get `IncomingCallEnded`).',
  );
  const RedirectCallPayload = settledPayload(
    'RedirectCallPayload',
    'The call rings its new target (ACS sends no event; subscribers of `incomingCalls` get `IncomingCallEnded`).',
  );

  addMutation(builder, 'answerCall', {
    description:
      'Answers an incoming call once: a second answer (on any replica, by any client) is an `InputError`.',
    input: AnswerCallInput,
    payload: AnswerCallPayload,
    resolve: answerCall,
  });
  addMutation(builder, 'rejectCall', {
    description: 'Refuses an incoming call (once, like `answerCall`).',
    input: RejectCallInput,
    payload: RejectCallPayload,
    resolve: rejectCall,
  });
  addMutation(builder, 'redirectCall', {
    description:
      'Sends an incoming call to another phone or ACS user without answering it (once, like `answerCall`).',
    input: RedirectCallInput,
    payload: RedirectCallPayload,
    resolve: redirectCall,
  });
}
