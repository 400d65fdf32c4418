import { randomUUID } from 'node:crypto';
import { buildCloudEvent, type CallbackDispatcher } from './callbacks.ts';
import { callNotFound, participantNotFound } from './errors.ts';
import type { IdentifierModel } from './identifiers.ts';
import type { MediaStream, MediaStreams } from './media-streams.ts';
import type { InviteOutcomes, ResultInformation } from './phone-numbers.ts';
import type { RoomStore } from './rooms.ts';
import type { Scheduler } from './scheduler.ts';
import { closeStreams } from './streaming.ts';

/**
 * Delays of the simulated world. All in milliseconds; keep them small in tests (only the order of events
 * matters). Timeouts that a request gives in seconds (recognize silence/inter-tone, invitation timeout) are
 * multiplied by `msPerRequestSecond`.
 */
export interface EmulatorTiming {
  /** From connect/createCall to `CallConnected` (or `ConnectFailed`). @default 20 */
  connectDelayMs?: number;
  /** How long an invited user or number rings before answering, being busy, declining or not existing. @default 30 */
  answerDelayMs?: number;
  /** Length of each play source and recognize prompt. @default 40 */
  playDurationMs?: number;
  /** Before the events of quick actions (mute, hold, remove, send DTMF, transcription, recording states…). @default 10 */
  actionDelayMs?: number;
  /** What one second of a request's timeout lasts. @default 1000 (real time) */
  msPerRequestSecond?: number;
  /** How long an incoming call rings before its `incomingCallContext` expires (ACS: about 30 s). @default 30000 */
  incomingCallRingMs?: number;
  /** How long a `reorder` fault holds a callback when no later one comes to overtake it. @default 500 */
  reorderHoldMs?: number;
}

export const DEFAULT_TIMING: Required<EmulatorTiming> = {
  connectDelayMs: 20,
  answerDelayMs: 30,
  playDurationMs: 40,
  actionDelayMs: 10,
  msPerRequestSecond: 1000,
  incomingCallRingMs: 30_000,
  reorderHoldMs: 500,
};

export interface CallParticipant {
  identifier: IdentifierModel;
  isMuted: boolean;
  isOnHold: boolean;
}

/** One call on the platform (a room call, a group call or a call made by createCall). */
export interface ServerCall {
  serverCallId: string;
  correlationId: string;
  roomId?: string;
  groupCallId?: string;
  participants: Map<string, CallParticipant>;
  /** Call Automation legs on this call, in order of creation. */
  connectionIds: string[];
  state: 'active' | 'ended';
}

export interface Invitation {
  invitationId: string;
  identifier: IdentifierModel;
  operationContext?: string;
  operationCallbackUri?: string;
  cancelTimer(): void;
}

/** A queued or running play/recognize (media operations run one at a time per call connection). */
export interface MediaOperation {
  id: string;
  kind: 'play' | 'recognize';
  operationContext?: string;
  operationCallbackUri?: string;
  start(): void;
  /** Stops timers; the caller emits the Canceled event. */
  stop(): void;
  /** Feeds a DTMF tone pressed by `rawId` (recognize only). */
  onTone?(rawId: string, tone: string): void;
  /** Feeds what `rawId` said (speech and choice recognize only). */
  onSpeech?(rawId: string, text: string): void;
}

export interface ContinuousDtmf {
  operationContext?: string;
  nextSequenceId: number;
}

/** One Call Automation leg (what a callConnectionId names). */
export interface CallConnection {
  callConnectionId: string;
  serverCallId: string;
  callbackUri: string;
  state: 'connecting' | 'connected' | 'disconnected';
  operationContext?: string;
  /** The app's own identity in the call. */
  bot: IdentifierModel;
  targets: IdentifierModel[];
  sourceCallerIdNumber?: { value: string };
  sourceDisplayName?: string;
  sequenceNumber: number;
  invitations: Map<string, Invitation>;
  media: { queue: MediaOperation[]; running?: MediaOperation };
  continuousDtmf: Map<string, ContinuousDtmf>;
  /** `callIntelligenceOptions.cognitiveServicesEndpoint` of the connect/create: text-to-speech and speech need it. */
  cognitiveServicesEndpoint?: string;
  mediaStreaming: {
    id: string;
    state: 'disabled' | 'inactive' | 'active';
    /** From `mediaStreamingOptions` (connect/create). */
    transportUrl?: string;
    /** Open while active. */
    stream?: MediaStream;
  };
  transcription: {
    id: string;
    state: 'disabled' | 'inactive' | 'active';
    locale?: string;
    /** From `transcriptionOptions` (connect/create). */
    transportUrl?: string;
    enableIntermediateResults?: boolean;
    /** Open while active. */
    stream?: MediaStream;
    /** Where the next spoken line starts, in ticks (100 ns). */
    nextOffsetTicks: number;
  };
  mediaSubscriptionId: string;
  dataSubscriptionId: string;
}

export interface Recording {
  recordingId: string;
  serverCallId: string;
  state: 'active' | 'inactive';
  startDateTime: string;
  callbackUri?: string;
  /** Ordering key and `callConnectionId` of its events. */
  callConnectionId?: string;
}

/** A call ringing the resource (an Event Grid `IncomingCall`), until answered, rejected, redirected or expired. */
export interface IncomingCall {
  incomingCallContext: string;
  serverCallId: string;
  from: IdentifierModel;
  to: IdentifierModel;
  callerDisplayName: string;
  state: 'ringing' | 'answered' | 'rejected' | 'redirected' | 'expired';
  /** Epoch ms when the context expires while ringing. */
  expiresAt: number;
  cancelExpiry(): void;
}

export interface CallingState {
  calls: Map<string, ServerCall>;
  /** By incomingCallContext. */
  incomingCalls: Map<string, IncomingCall>;
  connections: Map<string, CallConnection>;
  /** Live call per room / group call id. */
  roomCalls: Map<string, string>;
  groupCalls: Map<string, string>;
  recordings: Map<string, Recording>;
}

export interface EmitOptions {
  operationContext?: string;
  operationCallbackUri?: string;
  resultInformation?: ResultInformation | null;
}

export const OK: ResultInformation = { code: 200, subCode: 0, message: 'Action completed successfully.' };

/** What every calling module shares: state, clock, and the way events leave the emulator. */
export interface CallingContext {
  state: CallingState;
  timing: Required<EmulatorTiming>;
  scheduler: Scheduler;
  rooms: RoomStore;
  outcomes: InviteOutcomes;
  callbacks: CallbackDispatcher;
  eventVersion: string;
  resourceId: string;
  pageSize: number;
  autoStartRoomCalls: boolean;
  origin(): string;
  /** Opens the WebSockets of transcription and media streaming. */
  streams: MediaStreams;
  /** Sends one event to a call connection's callback URI (or the action's `operationCallbackUri`). */
  emit(
    connection: CallConnection,
    name: string,
    fields: Record<string, unknown>,
    options?: EmitOptions,
  ): void;
  requireConnection(callConnectionId: string): CallConnection;
  callOf(connection: CallConnection): ServerCall;
  requireParticipant(call: ServerCall, identifier: IdentifierModel): CallParticipant;
  /** Sends ParticipantsUpdated (full snapshot, next sequenceNumber) to every connected leg of the call. */
  participantsChanged(call: ServerCall): void;
  newServerCall(locator: { roomId?: string; groupCallId?: string }): ServerCall;
  /** Ends the call: `initiator` gets CallDisconnected 200/7000, every other leg 200/5001. */
  endCall(call: ServerCall, initiator?: CallConnection): void;
  /** True when no one but Call Automation legs is left. */
  hasNoHumans(call: ServerCall): boolean;
}

export function createCallingContext(
  base: Omit<
    CallingContext,
    | 'emit'
    | 'requireConnection'
    | 'callOf'
    | 'requireParticipant'
    | 'participantsChanged'
    | 'newServerCall'
    | 'endCall'
    | 'hasNoHumans'
    | 'state'
  >,
): CallingContext {
  const state: CallingState = {
    calls: new Map(),
    incomingCalls: new Map(),
    connections: new Map(),
    roomCalls: new Map(),
    groupCalls: new Map(),
    recordings: new Map(),
  };

  const emit: CallingContext['emit'] = (connection, name, fields, options = {}) => {
    const call = state.calls.get(connection.serverCallId);
    const type = `Microsoft.Communication.${name}`;
    const resultInformation = options.resultInformation === undefined ? OK : options.resultInformation;
    const data: Record<string, unknown> = {
      ...fields,
      ...(options.operationContext !== undefined ? { operationContext: options.operationContext } : {}),
      ...(resultInformation ? { resultInformation } : {}),
      version: base.eventVersion,
      callConnectionId: connection.callConnectionId,
      serverCallId: connection.serverCallId,
      correlationId: call?.correlationId ?? '',
      publicEventType: type,
    };
    const source = `calling/callConnections/${connection.callConnectionId}`;
    base.callbacks.send(
      connection.callConnectionId,
      options.operationCallbackUri ?? connection.callbackUri,
      buildCloudEvent(name, source, data),
    );
  };

  const callOf = (connection: CallConnection): ServerCall => {
    const call = state.calls.get(connection.serverCallId);
    if (!call) throw callNotFound();
    return call;
  };

  const botIds = (call: ServerCall): Set<string> =>
    new Set(
      call.connectionIds.map((id) => state.connections.get(id)?.bot.rawId).filter((id) => id !== undefined),
    );

  const endCall: CallingContext['endCall'] = (call, initiator) => {
    if (call.state === 'ended') return;
    call.state = 'ended';
    if (call.roomId && state.roomCalls.get(call.roomId) === call.serverCallId)
      state.roomCalls.delete(call.roomId);
    if (call.groupCallId && state.groupCalls.get(call.groupCallId) === call.serverCallId) {
      state.groupCalls.delete(call.groupCallId);
    }
    for (const recording of state.recordings.values()) {
      if (recording.serverCallId === call.serverCallId) recording.state = 'inactive';
    }
    for (const id of call.connectionIds) {
      const connection = state.connections.get(id);
      if (!connection || (connection.state === 'disconnected' && connection !== initiator)) continue;
      connection.state = 'disconnected';
      for (const invitation of connection.invitations.values()) invitation.cancelTimer();
      connection.invitations.clear();
      connection.media.running?.stop();
      connection.media.running = undefined;
      connection.media.queue = [];
      closeStreams(connection);
      const resultInformation =
        connection === initiator
          ? {
              code: 200,
              subCode: 7000,
              message:
                'The conversation has ended. DiagCode: 0#7000. Call was ended by Azure Communication Services Call Automation API or a server bot.',
            }
          : { code: 200, subCode: 5001, message: 'This conversation has ended.. DiagCode: 0#5001.' };
      emit(
        connection,
        'CallDisconnected',
        {},
        { operationContext: connection.operationContext, resultInformation },
      );
    }
  };

  return {
    ...base,
    state,
    emit,
    callOf,
    endCall,
    requireConnection(callConnectionId) {
      const connection = state.connections.get(callConnectionId);
      if (!connection || connection.state === 'disconnected') throw callNotFound();
      return connection;
    },
    requireParticipant(call, identifier) {
      const participant = call.participants.get(identifier.rawId);
      if (!participant) throw participantNotFound(identifier.rawId);
      return participant;
    },
    participantsChanged(call) {
      const participants = [...call.participants.values()].map((p) => ({ ...p }));
      for (const id of call.connectionIds) {
        const connection = state.connections.get(id);
        if (connection?.state !== 'connected') continue;
        connection.sequenceNumber += 1;
        emit(
          connection,
          'ParticipantsUpdated',
          { participants, sequenceNumber: connection.sequenceNumber },
          { resultInformation: { code: 200, subCode: 0, message: '' } },
        );
      }
    },
    newServerCall(locator) {
      const conversationId = randomUUID();
      // Real serverCallIds are base64 of a conversation URL (they start `aHR0cHM6`), acs.md §4.1.
      const serverCallId = Buffer.from(
        `https://emulator.conv.skype.com/conv/${conversationId}?i=10&e=${Date.now()}`,
      ).toString('base64url');
      const call: ServerCall = {
        serverCallId,
        correlationId: randomUUID(),
        ...locator,
        participants: new Map(),
        connectionIds: [],
        state: 'active',
      };
      state.calls.set(serverCallId, call);
      if (locator.roomId) state.roomCalls.set(locator.roomId, serverCallId);
      if (locator.groupCallId) state.groupCalls.set(locator.groupCallId, serverCallId);
      return call;
    },
    hasNoHumans(call) {
      const bots = botIds(call);
      return [...call.participants.keys()].every((rawId) => bots.has(rawId));
    },
  };
}
