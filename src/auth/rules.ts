import { CALL_ACTION_OUTCOMES, payloadTypeName } from '../domain/call-action-outcomes.ts';
import { namesPhoneNumber } from '../domain/identifier.ts';
import { RequestRefusedError } from './errors.ts';
import type { Principal, Scope } from './principal.ts';

/** Where an operation's room comes from, read from the root field's arguments. */
export type RoomSource =
  /** No room involved in the check (the resolver filters a listing by the `rooms` claim). */
  | { kind: 'filtered' }
  /** Makes a new room: a token limited to some rooms may not. */
  | { kind: 'newRoom' }
  /** The room id is an argument. */
  | { kind: 'room'; id: (args: Args) => unknown }
  /** A call connection id is an argument; its room is what `connectRoomCall` recorded. */
  | { kind: 'call'; id: (args: Args) => unknown }
  /** A recording: its room is not known to the gateway, so a token limited to some rooms may not. */
  | { kind: 'recording' }
  /** A field of a mutation's payload: its room is the one the mutation's own rule checked. */
  | { kind: 'rootField' }
  /** Calls that belong to no room (outbound, incoming, by server or group call id): a token limited to some rooms may not. */
  | { kind: 'outsideRooms' }
  /** Several call connection ids are arguments: the token needs the room of every one. */
  | { kind: 'calls'; ids: (args: Args) => unknown[] };

type Args = Record<string, unknown>;

/** What one root field requires. */
export interface AccessRule {
  scopes: readonly Scope[];
  room: RoomSource;
  /** Scopes needed on top, depending on the arguments. */
  extraScopes?: (args: Args) => readonly Scope[];
  /**
   * Who the identifiers in the arguments name. Unset: people the operation may call (invite, transfer,
   * redirect, create a call), so a phone number among them, in whatever field, needs `calls:dial-out`
   * (`dialsOut`). `inCall`: participants already in the call (mute, hold, play to…), whom no one dials.
   */
  targets?: 'inCall';
}

const input = (args: Args) => (args.input ?? {}) as Record<string, unknown>;
const roomInput = (name: string): RoomSource => ({ kind: 'room', id: (args) => input(args)[name] });
const callInput: RoomSource = { kind: 'call', id: (args) => input(args).callConnectionId };
const control: AccessRule = { scopes: ['calls:control'], room: callInput, targets: 'inCall' };
const record: AccessRule = { scopes: ['calls:record'], room: { kind: 'recording' } };
/** Awaiting an action's outcome reads the call's events: what `callEvents` needs, on top of the mutation's rule. */
const awaitsOutcome: AccessRule = { scopes: ['calls:listen'], room: { kind: 'rootField' } };

/** `connectRoomCall` that also starts a transcript or an audio stream: those need `calls:record` too. */
function streamsMedia(args: Args): readonly Scope[] {
  const { transcription, mediaStreaming } = input(args);
  return transcription || mediaStreaming ? ['calls:record'] : [];
}

/** Argument keys that hold communication identifiers (raw ids, or E.164 numbers for `phoneNumber`). */
const IDENTIFIER_KEYS = new Set(['phoneNumber', 'communicationUserId', 'communicationUserIds', 'rawId']);

/** Every string held under an identifier key anywhere in `value` (nested inputs and lists included). */
function identifiersIn(value: unknown, key = ''): { key: string; value: string }[] {
  if (typeof value === 'string') return IDENTIFIER_KEYS.has(key) ? [{ key, value }] : [];
  if (Array.isArray(value)) return value.flatMap((item) => identifiersIn(item, key));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([name, item]) => identifiersIn(item, name));
}

/**
 * Calling a phone is billable: `calls:dial-out`, for any argument that ACS would take as a phone number — the
 * `phoneNumber` field, or a `4:` raw id in any identifier field (the SDK sends every identifier by raw id).
 */
export function dialsOut(args: Args): readonly Scope[] {
  return identifiersIn(args).some(({ key, value }) => namesPhoneNumber(key, value)) ? ['calls:dial-out'] : [];
}

/** `connectCall` to a room is room call control; by server or group call id it reaches any call. */
function connectsTo(args: Args): readonly Scope[] {
  const { roomId } = input(args);
  return roomId !== null && roomId !== undefined ? ['calls:control'] : ['calls:create'];
}

const outsideRooms: RoomSource = { kind: 'outsideRooms' };
const answer: AccessRule = { scopes: ['calls:answer'], room: outsideRooms };

/**
 * THE authorization table: every root field of the schema (`Type.field`), and every payload field that reads
 * a call's events (`<Payload>.outcome`), → the scopes it needs and where its room is. Checked once per
 * operation, before anything runs (`src/server/authorization.ts`); a root field missing here is refused, and
 * `test/unit/access-rules.test.ts` fails for any field missing here.
 */
export const ACCESS_RULES: Readonly<Record<string, AccessRule>> = {
  'Query.room': { scopes: ['rooms:read'], room: { kind: 'room', id: (args) => args.id } },
  'Query.rooms': { scopes: ['rooms:read'], room: { kind: 'filtered' } },
  'Query.call': { scopes: ['calls:listen'], room: { kind: 'call', id: (args) => args.callConnectionId } },
  'Query.recording': { scopes: ['calls:record'], room: { kind: 'recording' } },
  'Subscription.callEvents': {
    scopes: ['calls:listen'],
    room: { kind: 'call', id: (args) => args.callConnectionId },
  },
  'Mutation.createRoom': { scopes: ['rooms:write'], room: { kind: 'newRoom' } },
  'Mutation.updateRoom': { scopes: ['rooms:write'], room: roomInput('id') },
  'Mutation.deleteRoom': { scopes: ['rooms:write'], room: roomInput('id') },
  'Mutation.upsertRoomParticipants': { scopes: ['rooms:write'], room: roomInput('roomId') },
  'Mutation.removeRoomParticipants': { scopes: ['rooms:write'], room: roomInput('roomId') },
  'Mutation.connectRoomCall': {
    scopes: ['calls:control'],
    room: roomInput('roomId'),
    extraScopes: streamsMedia,
  },
  'Mutation.addParticipant': { scopes: ['calls:control'], room: callInput },
  // Calls beyond the room: a token limited to some rooms reaches none of them. A phone among the targets of
  // createCall, redirectCall and transferCallToParticipant needs calls:dial-out (`dialsOut`, every rule's default).
  'Mutation.createCall': { scopes: ['calls:create'], room: outsideRooms, extraScopes: streamsMedia },
  // By room id: that room must be granted; by server or group call id: only a token without a `rooms` claim
  // (an empty room id is in no grant).
  'Mutation.connectCall': {
    scopes: [],
    room: roomInput('roomId'),
    extraScopes: (args) => [...connectsTo(args), ...streamsMedia(args)],
  },
  // `to` filters the calls heard; it dials no one.
  'Subscription.incomingCalls': { ...answer, targets: 'inCall' },
  'Mutation.answerCall': { ...answer, extraScopes: streamsMedia },
  'Mutation.rejectCall': answer,
  'Mutation.redirectCall': answer,
  'Mutation.transferCallToParticipant': { scopes: ['calls:control'], room: callInput },
  // The participants are already in a call of this gateway: moving them dials no one.
  'Mutation.moveParticipants': {
    scopes: ['calls:control'],
    room: {
      kind: 'calls',
      ids: (args) => [input(args).callConnectionId, input(args).fromCallConnectionId],
    },
    targets: 'inCall',
  },
  'Mutation.removeParticipant': control,
  'Mutation.cancelAddParticipant': control,
  'Mutation.muteParticipant': control,
  'Mutation.sendDtmfTones': control,
  'Mutation.hangUp': control,
  'Mutation.playMedia': control,
  'Mutation.recognizeDtmf': control,
  'Mutation.startContinuousDtmfRecognition': control,
  'Mutation.stopContinuousDtmfRecognition': control,
  'Mutation.holdParticipant': control,
  'Mutation.unholdParticipant': control,
  'Mutation.cancelAllMediaOperations': control,
  'Mutation.recognizeSpeech': control,
  'Mutation.recognizeChoice': control,
  // Transcripts and audio streams carry what people say, like a recording: granted apart from call control.
  'Mutation.startTranscription': { scopes: ['calls:record'], room: callInput },
  'Mutation.stopTranscription': { scopes: ['calls:record'], room: callInput },
  'Mutation.updateTranscription': { scopes: ['calls:record'], room: callInput },
  'Mutation.startMediaStreaming': { scopes: ['calls:record'], room: callInput },
  'Mutation.stopMediaStreaming': { scopes: ['calls:record'], room: callInput },
  'Mutation.startRecording': { scopes: ['calls:record'], room: callInput },
  'Mutation.stopRecording': record,
  'Mutation.pauseRecording': record,
  'Mutation.resumeRecording': record,
  'Mutation.deleteRecording': record,
  // The payload of every action in CALL_ACTION_OUTCOMES has an `outcome`, which reads the call's events.
  ...Object.fromEntries(
    Object.keys(CALL_ACTION_OUTCOMES).map((action) => [`${payloadTypeName(action)}.outcome`, awaitsOutcome]),
  ),
};

/**
 * The same rules for the gateway's HTTP routes that act on ACS outside GraphQL (keyed `METHOD path`); checked
 * by the route itself with `authorize`.
 */
export const ROUTE_RULES: Readonly<Record<string, AccessRule>> = {
  // A recording file is what `calls:record` guards; its room is not known to the gateway.
  'GET /api/recordings/content': { scopes: ['calls:record'], room: { kind: 'recording' } },
};

/** The room a call connection was connected in (`connectRoomCall`), or null when the gateway does not know it. */
export type CallRoomLookup = (callConnectionId: string) => Promise<string | null>;

/**
 * Checks one root field against its rule.
 * @throws RequestRefusedError `FORBIDDEN` naming the missing scope or the room that is out of reach.
 */
export async function authorize(
  principal: Principal,
  field: string,
  args: Args,
  callRoom: CallRoomLookup,
): Promise<void> {
  const rule = ACCESS_RULES[field] ?? ROUTE_RULES[field];
  if (!rule) throw forbidden(`${field} has no access rule`);
  const required = [
    ...rule.scopes,
    ...(rule.extraScopes?.(args) ?? []),
    ...(rule.targets === 'inCall' ? [] : dialsOut(args)),
  ];
  const missing = [...new Set(required)].filter((scope) => !principal.scopes.has(scope));
  if (missing.length > 0) throw forbidden(`${field} needs the scope ${missing.join(' and ')}`);
  const rooms = principal.rooms;
  if (rooms === null) return;
  const { room } = rule;
  switch (room.kind) {
    case 'filtered':
    case 'rootField':
      return;
    case 'newRoom':
      throw forbidden(`${field}: a token limited to some rooms cannot create rooms`);
    case 'recording':
      throw forbidden(`${field}: a token limited to some rooms cannot act on recordings by id`);
    case 'outsideRooms':
      throw forbidden(`${field}: a token limited to some rooms cannot reach calls outside them`);
    case 'room': {
      const id = String(room.id(args) ?? '').trim();
      if (!rooms.has(id)) throw forbidden(`${field}: the token does not grant room ${JSON.stringify(id)}`);
      return;
    }
    case 'call':
      return requireCallRooms(field, [room.id(args)], rooms, callRoom);
    case 'calls':
      return requireCallRooms(field, room.ids(args), rooms, callRoom);
  }
}

/** Every call connection is in a room the token grants. */
async function requireCallRooms(
  field: string,
  ids: unknown[],
  rooms: ReadonlySet<string>,
  callRoom: CallRoomLookup,
): Promise<void> {
  for (const value of ids) {
    const id = String(value ?? '').trim();
    const roomId = id === '' ? null : await callRoom(id);
    if (roomId === null || !rooms.has(roomId)) {
      throw forbidden(`${field}: the call connection is not in a room the token grants`);
    }
  }
}

function forbidden(message: string): RequestRefusedError {
  return new RequestRefusedError('FORBIDDEN', `Forbidden: ${message}.`);
}
