import type { CallbackDelivery, CallbackDispatcher } from './callbacks.ts';
import type { CallingContext } from './calling-context.ts';
import type { CallsModule, IncomingCallSnapshot } from './calls.ts';
import { AcsError, badRequest } from './errors.ts';
import type { EventGrid } from './event-grid.ts';
import type { CallbackFault, CallbackFaultSpec, Faults, RequestFault, RequestFaultSpec } from './faults.ts';
import type { EmulatorRequest, Route } from './http.ts';
import { type IdentifierModel, identifierFromRawId } from './identifiers.ts';
import type { MediaModule } from './media.ts';
import { INVITE_OUTCOMES, type InviteOutcome, type InviteOutcomes } from './phone-numbers.ts';
import type { RepeatabilityCache } from './repeatability.ts';
import type { RoomSnapshot, RoomStore } from './rooms.ts';

/** A call as the control API shows it. */
export interface CallSnapshot {
  serverCallId: string;
  correlationId: string;
  roomId?: string;
  groupCallId?: string;
  state: 'active' | 'ended';
  participants: { identifier: IdentifierModel; isMuted: boolean; isOnHold: boolean }[];
  connections: {
    callConnectionId: string;
    state: 'connecting' | 'connected' | 'disconnected';
    callbackUri: string;
    /** The app's own identity in the call. */
    source: IdentifierModel;
    /** Running first, then queued: `play` / `recognize` with their operationContext. */
    mediaOperations: { kind: 'play' | 'recognize'; operationContext?: string; running: boolean }[];
    /** Raw ids with continuous DTMF recognition on. */
    continuousDtmf: string[];
    pendingInvitations: { invitationId: string; rawId: string }[];
  }[];
}

export interface CallbackFilter {
  /** Only deliveries of this call connection. */
  callConnectionId?: string;
  /** Only this event type (`CallConnected` or `Microsoft.Communication.CallConnected`). */
  type?: string;
  status?: CallbackDelivery['status'];
}

/**
 * Drives the simulated world and inspects it. Same operations as the HTTP control API under `/emulator/`.
 * Errors are `AcsError`s (status + CommunicationError code).
 */
export interface EmulatorControl {
  /**
   * An ACS user joins the room's call from a Calling SDK, starting the call if none is live.
   * Enforces acs.md §2.1: 403/5830 non-ACS identity, 403/5828 not on the roster, 403/5829 outside the
   * validity window; 400 malformed room id, 404 unknown room.
   */
  joinRoomCall(roomId: string, rawId: string): CallSnapshot;
  /** The user leaves; the call ends (CallDisconnected 5001 to every leg) when only Call Automation legs remain. */
  leaveRoomCall(roomId: string, rawId: string): void;
  /**
   * A participant presses DTMF keys, in order. Feeds running recognize operations that target them and
   * continuous DTMF recognition. `callId` is a serverCallId or any callConnectionId of the call.
   */
  pressDtmf(callId: string, rawId: string, tones: string[]): void;
  /**
   * A participant says `text` (scripted speech). Feeds running speech/choice recognize operations that target
   * them (a choice matches one of its phrases, case-insensitively) and sends the line as `TranscriptionData`
   * on every active transcription stream of the call. `callId` is a serverCallId or any callConnectionId.
   */
  say(callId: string, rawId: string, text: string): void;
  /**
   * `from` calls `to` (each `+1…`, `4:+1…` or a raw id): Event Grid delivers `Microsoft.Communication.IncomingCall`
   * to every subscribed webhook. Returns the call's `incomingCallContext`, which expires after
   * `timing.incomingCallRingMs` unless answered, rejected or redirected.
   */
  ringIncomingCall(from: string, to: string, callerDisplayName?: string): IncomingCallSnapshot;
  /** Incoming calls and their state (`ringing`, `answered`, `rejected`, `redirected`, `expired`). */
  incomingCalls(): IncomingCallSnapshot[];
  /** How an invited party (`+1…`, `4:+1…` or an ACS raw id) reacts to the next invitations. */
  setInviteOutcome(party: string, outcome: InviteOutcome): void;
  /** Back to the test-number defaults for one party, or for all. */
  clearInviteOutcomes(party?: string): void;
  inviteOutcomes(): Record<string, InviteOutcome>;
  rooms(): RoomSnapshot[];
  calls(): CallSnapshot[];
  /** The call holding this serverCallId or callConnectionId. */
  call(callId: string): CallSnapshot;
  /** Callback deliveries in the order they were produced, with their attempts. */
  callbacks(filter?: CallbackFilter): CallbackDelivery[];
  /** True when no callback is waiting or being sent (optionally for one call connection). */
  callbacksSettled(callConnectionId?: string): boolean;
  /** Affects the next callbacks (see `CallbackFaultKind`). */
  injectCallbackFault(spec: CallbackFaultSpec): CallbackFault;
  clearCallbackFaults(): void;
  /** The next `count` REST requests answer `status` with a CommunicationError (and `Retry-After` on 429/503). */
  failNextRequests(spec: RequestFaultSpec): RequestFault;
  clearRequestFaults(): void;
  faults(): { callbacks: CallbackFault[]; requests: RequestFault[] };
  /**
   * Subscribes a webhook to the resource's Event Grid events (e.g. `RecordingFileStatusUpdated` after a
   * recording stops), after the validation handshake Event Grid runs. Rejects when the handshake fails.
   */
  subscribeEventGrid(endpoint: string): Promise<void>;
  /** A token as the emulator signs callbacks and media WebSockets with (to act as ACS towards an app). */
  mintCallbackToken(): string;
  /** Forgets rooms, calls, recordings, callbacks, faults, outcomes and repeatability records. */
  reset(): void;
}

export function createControl(deps: {
  ctx: CallingContext;
  rooms: RoomStore;
  calls: CallsModule;
  media: MediaModule;
  callbacks: CallbackDispatcher;
  faults: Faults;
  outcomes: InviteOutcomes;
  repeatability: RepeatabilityCache;
  mintToken(): string;
  eventGrid: EventGrid;
}): { control: EmulatorControl; routes: Route[] } {
  const { ctx, rooms, calls, media, callbacks, faults, outcomes } = deps;
  const { state } = ctx;

  const snapshot = (serverCallId: string): CallSnapshot => {
    const call = state.calls.get(serverCallId);
    if (!call) throw new AcsError(404, '8522', 'Call not found.');
    return {
      serverCallId: call.serverCallId,
      correlationId: call.correlationId,
      ...(call.roomId ? { roomId: call.roomId } : {}),
      ...(call.groupCallId ? { groupCallId: call.groupCallId } : {}),
      state: call.state,
      participants: [...call.participants.values()].map((p) => ({ ...p })),
      connections: call.connectionIds.flatMap((id) => {
        const c = state.connections.get(id);
        if (!c) return [];
        const operations = [...(c.media.running ? [c.media.running] : []), ...c.media.queue];
        return [
          {
            callConnectionId: c.callConnectionId,
            state: c.state,
            callbackUri: c.callbackUri,
            source: c.bot,
            mediaOperations: operations.map((o) => ({
              kind: o.kind,
              ...(o.operationContext !== undefined ? { operationContext: o.operationContext } : {}),
              running: o === c.media.running,
            })),
            continuousDtmf: [...c.continuousDtmf.keys()],
            pendingInvitations: [...c.invitations.values()].map((i) => ({
              invitationId: i.invitationId,
              rawId: i.identifier.rawId,
            })),
          },
        ];
      }),
    };
  };

  const serverCallIdOf = (callId: string): string => {
    if (state.calls.has(callId)) return callId;
    const connection = state.connections.get(callId);
    if (!connection) throw new AcsError(404, '8522', 'Call not found.');
    return connection.serverCallId;
  };

  /** A party of an incoming call: an E.164 number or a raw id. */
  const party = (value: string, field: string): IdentifierModel => {
    const trimmed = value.trim();
    if (/^\+\d{3,15}$/.test(trimmed)) return identifierFromRawId(`4:${trimmed}`);
    if (!trimmed || (trimmed.startsWith('4:') && !/^4:\+\d{3,15}$/.test(trimmed))) {
      throw badRequest(`${field} must be an E.164 number or a raw id.`);
    }
    return identifierFromRawId(trimmed);
  };

  const shortType = (type: string) => type.replace(/^Microsoft\.Communication\./, '');

  const control: EmulatorControl = {
    joinRoomCall: (roomId, rawId) => snapshot(calls.joinRoomCall(roomId, rawId).serverCallId),
    leaveRoomCall: (roomId, rawId) => calls.leaveRoomCall(roomId, rawId),
    pressDtmf: (callId, rawId, tones) => media.pressTones(serverCallIdOf(callId), rawId, tones),
    say: (callId, rawId, text) => media.say(serverCallIdOf(callId), rawId, text),
    ringIncomingCall: (from, to, callerDisplayName) =>
      calls.ringIncomingCall(party(from, 'from'), party(to, 'to'), callerDisplayName),
    incomingCalls: () => calls.incomingCalls(),
    setInviteOutcome(party, outcome) {
      if (!INVITE_OUTCOMES.includes(outcome))
        throw badRequest(`outcome must be one of ${INVITE_OUTCOMES.join(', ')}.`);
      outcomes.set(party, outcome);
    },
    clearInviteOutcomes: (party) => outcomes.clear(party),
    inviteOutcomes: () => outcomes.list(),
    rooms: () => rooms.list().map((room) => rooms.snapshot(room)),
    calls: () => [...state.calls.keys()].map(snapshot),
    call: (callId) => snapshot(serverCallIdOf(callId)),
    callbacks(filter = {}) {
      return callbacks.deliveries().filter((d) => {
        if (filter.callConnectionId && d.event.data.callConnectionId !== filter.callConnectionId)
          return false;
        if (filter.type && shortType(d.event.type) !== shortType(filter.type)) return false;
        return !filter.status || d.status === filter.status;
      });
    },
    callbacksSettled(callConnectionId) {
      return control
        .callbacks(callConnectionId ? { callConnectionId } : {})
        .every((d) => d.status !== 'queued' && d.status !== 'sending');
    },
    injectCallbackFault: (spec) => {
      if (!['duplicate', 'reorder', 'delay', 'drop'].includes(spec.kind)) {
        throw badRequest('kind must be duplicate, reorder, delay or drop.');
      }
      return faults.addCallbackFault(spec);
    },
    clearCallbackFaults: () => faults.clearCallbackFaults(),
    failNextRequests: (spec) => {
      if (!Number.isInteger(spec.status) || spec.status < 400 || spec.status > 599) {
        throw badRequest('status must be an HTTP error status (400–599).');
      }
      return faults.failNextRequests(spec);
    },
    clearRequestFaults: () => faults.clearRequestFaults(),
    faults: () => faults.list(),
    mintCallbackToken: () => deps.mintToken(),
    subscribeEventGrid: (endpoint) => deps.eventGrid.subscribe(endpoint),
    reset() {
      deps.eventGrid.clear();
      for (const call of state.calls.values()) {
        for (const id of call.connectionIds) {
          const connection = state.connections.get(id);
          connection?.media.running?.stop();
          for (const invitation of connection?.invitations.values() ?? []) invitation.cancelTimer();
        }
      }
      for (const incoming of state.incomingCalls.values()) incoming.cancelExpiry();
      state.incomingCalls.clear();
      state.calls.clear();
      state.connections.clear();
      state.roomCalls.clear();
      state.groupCalls.clear();
      state.recordings.clear();
      rooms.clear();
      callbacks.clear();
      faults.clearCallbackFaults();
      faults.clearRequestFaults();
      outcomes.clear();
      deps.repeatability.clear();
    },
  };

  const str = (body: Record<string, unknown>, key: string): string => {
    const value = body[key];
    if (typeof value !== 'string' || !value) throw badRequest(`${key} is required.`);
    return value;
  };
  const ok = (body?: unknown) => ({ status: 200, ...(body === undefined ? { body: {} } : { body }) });
  const open = (
    method: string,
    pattern: RegExp,
    handler: (request: EmulatorRequest, params: string[]) => unknown,
  ): Route => ({
    method,
    pattern,
    kind: 'open',
    handler: (request, params) => ok(handler(request, params)),
  });

  const routes: Route[] = [
    open('GET', /^\/emulator\/state$/, () => ({
      rooms: control.rooms(),
      calls: control.calls(),
      callbacks: control.callbacks(),
      faults: control.faults(),
      inviteOutcomes: control.inviteOutcomes(),
    })),
    open('GET', /^\/emulator\/rooms$/, () => ({ value: control.rooms() })),
    open('POST', /^\/emulator\/rooms\/([^/]+)\/call\/join$/, (request, [roomId = '']) =>
      control.joinRoomCall(roomId, str(request.json(), 'rawId')),
    ),
    open('POST', /^\/emulator\/rooms\/([^/]+)\/call\/leave$/, (request, [roomId = '']) => {
      control.leaveRoomCall(roomId, str(request.json(), 'rawId'));
    }),
    open('GET', /^\/emulator\/calls$/, () => ({ value: control.calls() })),
    open('GET', /^\/emulator\/calls\/([^/]+)$/, (_request, [callId = '']) => control.call(callId)),
    open('POST', /^\/emulator\/calls\/([^/]+)\/dtmf$/, (request, [callId = '']) => {
      const body = request.json();
      if (!Array.isArray(body.tones)) throw badRequest('tones must be an array.');
      control.pressDtmf(callId, str(body, 'rawId'), body.tones as string[]);
    }),
    {
      method: 'POST',
      pattern: /^\/emulator\/eventgrid\/subscriptions$/,
      kind: 'open',
      handler: async (request) => {
        try {
          await control.subscribeEventGrid(str(request.json(), 'endpoint'));
        } catch (error) {
          if (error instanceof AcsError) throw error;
          throw badRequest(error instanceof Error ? error.message : 'Event Grid validation failed.');
        }
        return { status: 200, body: {} };
      },
    },
    open('POST', /^\/emulator\/calls\/([^/]+)\/say$/, (request, [callId = '']) => {
      const body = request.json();
      control.say(callId, str(body, 'rawId'), str(body, 'text'));
    }),
    open('GET', /^\/emulator\/callbacks$/, (request) => {
      const query = request.url.searchParams;
      const filter: CallbackFilter = {};
      const callConnectionId = query.get('callConnectionId');
      const type = query.get('type');
      const status = query.get('status');
      if (callConnectionId) filter.callConnectionId = callConnectionId;
      if (type) filter.type = type;
      if (status) filter.status = status as CallbackDelivery['status'];
      return {
        value: control.callbacks(filter),
        settled: control.callbacksSettled(callConnectionId ?? undefined),
      };
    }),
    open('POST', /^\/emulator\/incoming-calls$/, (request) => {
      const body = request.json();
      const name = body.callerDisplayName;
      if (name !== undefined && name !== null && typeof name !== 'string') {
        throw badRequest('callerDisplayName must be a string.');
      }
      return control.ringIncomingCall(str(body, 'from'), str(body, 'to'), name ?? undefined);
    }),
    open('GET', /^\/emulator\/incoming-calls$/, () => ({ value: control.incomingCalls() })),
    open('GET', /^\/emulator\/invite-outcomes$/, () => control.inviteOutcomes()),
    open('PUT', /^\/emulator\/invite-outcomes\/([^/]+)$/, (request, [party = '']) => {
      control.setInviteOutcome(party, str(request.json(), 'outcome') as InviteOutcome);
    }),
    open('DELETE', /^\/emulator\/invite-outcomes\/([^/]+)$/, (_request, [party = '']) => {
      control.clearInviteOutcomes(party);
    }),
    open('DELETE', /^\/emulator\/invite-outcomes$/, () => {
      control.clearInviteOutcomes();
    }),
    open('GET', /^\/emulator\/faults$/, () => control.faults()),
    open('POST', /^\/emulator\/faults\/callbacks$/, (request) =>
      control.injectCallbackFault(request.json() as never),
    ),
    open('DELETE', /^\/emulator\/faults\/callbacks$/, () => {
      control.clearCallbackFaults();
    }),
    open('POST', /^\/emulator\/faults\/requests$/, (request) =>
      control.failNextRequests(request.json() as never),
    ),
    open('DELETE', /^\/emulator\/faults\/requests$/, () => {
      control.clearRequestFaults();
    }),
    open('POST', /^\/emulator\/reset$/, () => {
      control.reset();
    }),
  ];
  return { control, routes };
}
