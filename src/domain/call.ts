import type { CommunicationIdentifier } from './identifier.ts';

/** A DTMF tone, spelled as ACS spells it on the wire. */
export type DtmfTone =
  | 'zero'
  | 'one'
  | 'two'
  | 'three'
  | 'four'
  | 'five'
  | 'six'
  | 'seven'
  | 'eight'
  | 'nine'
  | 'a'
  | 'b'
  | 'c'
  | 'd'
  | 'pound'
  | 'asterisk';

export const DTMF_TONES: readonly DtmfTone[] = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'a',
  'b',
  'c',
  'd',
  'pound',
  'asterisk',
];

/** The state of a call connection, spelled as ACS spells it (`callConnectionState`). */
export type CallConnectionState =
  | 'unknown'
  | 'connecting'
  | 'connected'
  | 'transferring'
  | 'transferAccepted'
  | 'disconnecting'
  | 'disconnected';

/** Every call connection state, in lifecycle order: a call only moves forward through them. */
export const CALL_CONNECTION_STATES: readonly CallConnectionState[] = [
  'unknown',
  'connecting',
  'connected',
  'transferring',
  'transferAccepted',
  'disconnecting',
  'disconnected',
];

/** A participant of a call as ACS reports it. */
export interface CallParticipant {
  identifier: CommunicationIdentifier;
  isMuted: boolean;
  isOnHold: boolean;
}

/** The outcome attached to most callback events (`resultInformation`). */
export interface ResultInformation {
  code: number | null;
  subCode: number | null;
  message: string | null;
  /** The SIP response behind the outcome, when a phone leg was involved (absent or null: none). */
  sipDetails?: SipDiagnosticInfo | null;
  /** The Q.850 cause behind the outcome, when a phone leg was involved (absent or null: none). */
  q850Details?: SipDiagnosticInfo | null;
}

/** A SIP or Q.850 code with its text (ACS `SipDiagnosticInfo`). */
export interface SipDiagnosticInfo {
  code: number | null;
  message: string | null;
}

/** A recording's state as ACS reports it. */
export type RecordingState = 'active' | 'inactive';

/** Room participant roles, spelled as the Rooms API spells them. */
export type RoomParticipantRole = 'Presenter' | 'Attendee' | 'Consumer' | 'Collaborator';
