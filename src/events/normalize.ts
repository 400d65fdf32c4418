/**
 * ACS callback bodies (a JSON array of CloudEvents, acs.md §4.1) → the gateway's `NewCallEvent`s. Pure.
 *
 * Unlike the SDK's `parseCallAutomationEvent` (acs.md §4.2), this reads EVERY element of the array and
 * never throws on an unknown `type`: such events become `kind: 'Unknown'` with their raw `data`.
 */
import {
  type CallParticipant,
  DTMF_TONES,
  type DtmfTone,
  type ResultInformation,
  type SipDiagnosticInfo,
} from '../domain/call.ts';
import type { CallEventBase, NewCallEvent } from '../domain/call-event.ts';
import { CALLBACK_KINDS, type CallbackKind } from '../domain/call-event-kinds.ts';
import { type CommunicationIdentifier, identifierFromRawId } from '../domain/identifier.ts';

/** What `normalizeCallbackBody` produced: one event per CloudEvent of the body, in body order. */
export interface NormalizeResult {
  events: NewCallEvent[];
}

/**
 * The body is not a callback: not a non-empty JSON array of valid CloudEvents. The whole body is
 * rejected (nothing of it is stored). `message` names the element index and field, never their values.
 */
export class CallbackBodyError extends Error {
  override readonly name = 'CallbackBodyError';
  constructor(
    message: string,
    /** Index of the offending element, or null when the body as a whole is wrong. */
    readonly index: number | null = null,
  ) {
    super(message);
  }
}

const TYPE_PREFIX = 'Microsoft.Communication.';

type Data = Record<string, unknown>;

/**
 * Normalizes a parsed callback body.
 *
 * Each element must be an object with a non-empty string `id`, a non-empty string `type`, a string `time`,
 * an object `data`, and a call connection id: `data.callConnectionId`, or else the id in a `subject`/`source`
 * of the form `calling/callConnections/<id>`. If any element fails, the whole body is rejected so that a
 * retried body is never half-stored. Everything else is lenient: optional fields that are missing or of the
 * wrong type become null, participants without a usable identifier are left out, unknown DTMF tones are
 * dropped (a single unknown `tone` becomes null).
 *
 * @throws CallbackBodyError when the body is not a non-empty array of such CloudEvents.
 */
export function normalizeCallbackBody(body: unknown): NormalizeResult {
  if (!Array.isArray(body))
    throw new CallbackBodyError('The callback body must be a JSON array of CloudEvents.');
  if (body.length === 0) throw new CallbackBodyError('The callback body holds no CloudEvent.');
  return { events: body.map((element, index) => normalizeCloudEvent(element, index)) };
}

/**
 * Normalizes one CloudEvent of a callback body (see `normalizeCallbackBody` for what is required).
 * @throws CallbackBodyError naming `index` when the element is not a valid CloudEvent.
 */
export function normalizeCloudEvent(element: unknown, index = 0): NewCallEvent {
  const fail = (what: string): never => {
    throw new CallbackBodyError(`CloudEvent ${index}: ${what}.`, index);
  };
  if (!isObject(element)) return fail('must be an object');
  const id = nonEmptyString(element.id) ?? fail('"id" must be a non-empty string');
  const type = nonEmptyString(element.type) ?? fail('"type" must be a non-empty string');
  const time = typeof element.time === 'string' ? element.time : fail('"time" must be a string');
  const data = isObject(element.data) ? element.data : fail('"data" must be an object');
  const callConnectionId =
    nonEmptyString(data.callConnectionId) ??
    callConnectionIdFromPath(element.subject) ??
    callConnectionIdFromPath(element.source) ??
    fail('no call connection id in "data.callConnectionId", "subject" or "source"');

  const base: CallEventBase = {
    id,
    callConnectionId,
    serverCallId: string(data.serverCallId),
    correlationId: string(data.correlationId),
    operationContext: string(data.operationContext),
    time,
    resultInformation: resultInformation(data.resultInformation),
  };
  const kind = knownKind(type);
  return kind === null ? { ...base, kind: 'Unknown', acsType: type, data } : mapKnown(kind, base, data);
}

type KnownKind = CallbackKind;

/** Known callback types come from the one table of kinds; `Unknown` and `EventsLost` are never among them. */
function knownKind(type: string): KnownKind | null {
  if (!type.startsWith(TYPE_PREFIX)) return null;
  const name = type.slice(TYPE_PREFIX.length);
  return CALLBACK_KINDS.has(name) ? (name as KnownKind) : null;
}

function mapKnown(kind: KnownKind, base: CallEventBase, data: Data): NewCallEvent {
  switch (kind) {
    case 'ParticipantsUpdated':
      return {
        ...base,
        kind,
        sequenceNumber: integer(data.sequenceNumber),
        participants: participants(data.participants),
      };
    case 'AddParticipantSucceeded':
    case 'AddParticipantFailed':
    case 'RemoveParticipantSucceeded':
    case 'RemoveParticipantFailed':
      return {
        ...base,
        kind,
        participant: identifier(data.participant),
        invitationId: string(data.invitationId),
      };
    case 'MoveParticipantSucceeded':
    case 'MoveParticipantFailed':
      return { ...base, kind, participant: identifier(data.participant), fromCall: string(data.fromCall) };
    case 'CancelAddParticipantSucceeded':
    case 'CancelAddParticipantFailed':
      return { ...base, kind, invitationId: string(data.invitationId) };
    case 'PlayFailed':
    case 'RecognizeFailed':
      return { ...base, kind, failedPlaySourceIndex: integer(data.failedPlaySourceIndex) };
    case 'RecognizeCompleted': {
      // 2022 previews sent `collectTonesResult` instead of `dtmfResult` (acs.md §4.3).
      const result = isObject(data.dtmfResult)
        ? data.dtmfResult
        : isObject(data.collectTonesResult)
          ? data.collectTonesResult
          : null;
      const speech = isObject(data.speechResult) ? data.speechResult : null;
      const choice = isObject(data.choiceResult) ? data.choiceResult : null;
      return {
        ...base,
        kind,
        recognitionType: string(data.recognitionType),
        tones: result && Array.isArray(result.tones) ? result.tones.flatMap((t) => dtmfTone(t) ?? []) : null,
        speechResult: speech
          ? { speech: string(speech.speech), confidence: number(speech.confidence) }
          : null,
        choiceResult: choice
          ? {
              label: string(choice.label),
              recognizedPhrase: string(choice.recognizedPhrase),
              confidence: number(choice.confidence),
            }
          : null,
      };
    }
    case 'ContinuousDtmfRecognitionToneReceived': {
      // 2023 payloads nest the tone in `toneInfo` (Trigger_DTMF_operations.txt); later ones flatten it.
      const toneInfo = isObject(data.toneInfo) ? data.toneInfo : data;
      return {
        ...base,
        kind,
        tone: dtmfTone(toneInfo.tone ?? data.tone),
        sequenceId: integer(toneInfo.sequenceId ?? data.sequenceId),
      };
    }
    case 'RecordingStateChanged':
      return {
        ...base,
        kind,
        recordingId: string(data.recordingId),
        state: data.state === 'active' || data.state === 'inactive' ? data.state : null,
        startDateTime: string(data.startDateTime),
        recordingKind: string(data.recordingKind),
      };
    case 'StartRecordingFailed':
      return { ...base, kind, recordingId: string(data.recordingId) };
    case 'TranscriptionStarted':
    case 'TranscriptionStopped':
    case 'TranscriptionUpdated':
    case 'TranscriptionFailed': {
      const update = isObject(data.transcriptionUpdate) ? data.transcriptionUpdate : null;
      return {
        ...base,
        kind,
        transcriptionUpdate: update && {
          transcriptionStatus: string(update.transcriptionStatus),
          transcriptionStatusDetails: string(update.transcriptionStatusDetails),
        },
      };
    }
    case 'MediaStreamingStarted':
    case 'MediaStreamingStopped':
    case 'MediaStreamingFailed': {
      const update = isObject(data.mediaStreamingUpdate) ? data.mediaStreamingUpdate : null;
      return {
        ...base,
        kind,
        mediaStreamingUpdate: update && {
          contentType: string(update.contentType),
          mediaStreamingStatus: string(update.mediaStreamingStatus),
          mediaStreamingStatusDetails: string(update.mediaStreamingStatusDetails),
        },
      };
    }
    default:
      return { ...base, kind };
  }
}

/** `calling/callConnections/<id>` (optionally followed by more segments) → `<id>`. */
function callConnectionIdFromPath(path: unknown): string | null {
  if (typeof path !== 'string') return null;
  const match = /^\/?calling\/callConnections\/([^/?#]+)/.exec(path);
  return match?.[1] ?? null;
}

function resultInformation(value: unknown): ResultInformation | null {
  if (!isObject(value)) return null;
  return {
    code: integer(value.code),
    subCode: integer(value.subCode),
    message: string(value.message),
    sipDetails: sipDiagnosticInfo(value.sipDetails),
    q850Details: sipDiagnosticInfo(value.q850Details),
  };
}

function sipDiagnosticInfo(value: unknown): SipDiagnosticInfo | null {
  return isObject(value) ? { code: integer(value.code), message: string(value.message) } : null;
}

function participants(value: unknown): CallParticipant[] {
  // A ParticipantsUpdated without `participants` exists in the recordings (INDEX.md): an empty snapshot.
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry): CallParticipant[] => {
    if (!isObject(entry)) return [];
    const id = identifier(entry.identifier);
    if (!id) return [];
    return [{ identifier: id, isMuted: entry.isMuted === true, isOnHold: entry.isOnHold === true }];
  });
}

/**
 * A wire identifier (`{rawId, kind?, communicationUser?: {id}, phoneNumber?: {value, isAnonymous?},
 * microsoftTeamsUser?: {userId}}`) → the domain identifier. The explicit `kind` wins over the raw id's prefix
 * (sanitized recordings have `rawId: "sanitized"` with `kind: communicationUser`); without either, null.
 */
function identifier(value: unknown): CommunicationIdentifier | null {
  if (!isObject(value)) return null;
  const user = isObject(value.communicationUser) ? nonEmptyString(value.communicationUser.id) : null;
  const phone = isObject(value.phoneNumber) ? value.phoneNumber : null;
  const phoneNumber = phone ? nonEmptyString(phone.value) : null;
  const teamsUserId = isObject(value.microsoftTeamsUser)
    ? nonEmptyString(value.microsoftTeamsUser.userId)
    : null;
  const rawId =
    nonEmptyString(value.rawId) ?? user ?? (phoneNumber ? `4:${phoneNumber}` : null) ?? teamsUserId;
  if (rawId === null) return null;

  if (value.kind === 'communicationUser' && user) {
    return { kind: 'communicationUser', rawId, communicationUserId: user };
  }
  if (value.kind === 'phoneNumber' && phoneNumber) {
    const isAnonymous = phone?.isAnonymous;
    return {
      kind: 'phoneNumber',
      rawId,
      phoneNumber,
      isAnonymous: typeof isAnonymous === 'boolean' ? isAnonymous : null,
    };
  }
  if (value.kind === 'microsoftTeamsUser' && teamsUserId) {
    return { kind: 'microsoftTeamsUser', rawId, userId: teamsUserId };
  }
  return identifierFromRawId(rawId);
}

const TONES = new Set<string>(DTMF_TONES);

function dtmfTone(value: unknown): DtmfTone | null {
  if (typeof value !== 'string') return null;
  const tone = value.toLowerCase();
  return TONES.has(tone) ? (tone as DtmfTone) : null;
}

function isObject(value: unknown): value is Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function string(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function nonEmptyString(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

function number(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function integer(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) ? value : null;
}
