import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  AddParticipantAndWaitDocument,
  AnswerCallAndWaitDocument,
  ConnectRoomCallAndWaitDocument,
  CreateCallAndWaitDocument,
  CreateRoomDocument,
  DeleteRecordingDocument,
  HangUpDocument,
  HoldParticipantDocument,
  MoveParticipantsAndWaitDocument,
  MuteParticipantDocument,
  PauseRecordingDocument,
  PlayMediaAndWaitDocument,
  RecognizeDtmfAndWaitDocument,
  RedirectCallDocument,
  RejectCallDocument,
  RemoveParticipantAndWaitDocument,
  ResumeRecordingDocument,
  SendDtmfTonesAndWaitDocument,
  StartRecordingAndWaitDocument,
  StopRecordingDocument,
  TransferCallToParticipantAndWaitDocument,
  UnholdParticipantDocument,
} from '@switchboard/client';
import { useCallback, useRef, useState } from 'react';
import { type EventTone, type EventTypename, eventTone, isEventTypename } from './event-kinds.ts';
import { request } from './gateway.ts';

/** A member of a mutation's result union that is an `Error` (the client's `ErrorFields`). */
export interface ErrorResult {
  code: string;
  message: string;
}

/** One console action: a mutation and the root field of its data that holds the result union. */
export interface ActionDefinition<TData, TVariables, TField extends keyof TData> {
  label: string;
  document: TypedDocumentNode<TData, TVariables>;
  field: TField;
  /** The document selects the payload's `outcome`: the gateway answers once the event that ends the action came. */
  awaitsOutcome: boolean;
}

/** The payload member of an action's result union (every member but the `Error`s). */
export type ActionPayload<TData, TField extends keyof TData> = Exclude<TData[TField], ErrorResult>;

function action<TData, TVariables, TField extends keyof TData>(
  label: string,
  document: TypedDocumentNode<TData, TVariables>,
  field: TField,
  awaitsOutcome = false,
): ActionDefinition<TData, TVariables, TField> {
  return { label, document, field, awaitsOutcome };
}

/**
 * Every mutation the console runs, with the label its status line and action log show. Where the payload has
 * `outcome`, the console runs the client's `…AndWait` document, which selects it.
 */
export const ACTIONS = {
  createRoom: action('Create room', CreateRoomDocument, 'createRoom'),
  connect: action('Connect', ConnectRoomCallAndWaitDocument, 'connectRoomCall', true),
  callPhone: action('Call a phone', CreateCallAndWaitDocument, 'createCall', true),
  answer: action('Answer', AnswerCallAndWaitDocument, 'answerCall', true),
  reject: action('Reject', RejectCallDocument, 'rejectCall'),
  redirect: action('Redirect', RedirectCallDocument, 'redirectCall'),
  dial: action('Dial', AddParticipantAndWaitDocument, 'addParticipant', true),
  mute: action('Mute', MuteParticipantDocument, 'muteParticipant'),
  hold: action('Hold', HoldParticipantDocument, 'holdParticipant'),
  unhold: action('Unhold', UnholdParticipantDocument, 'unholdParticipant'),
  remove: action('Remove', RemoveParticipantAndWaitDocument, 'removeParticipant', true),
  transfer: action('Transfer', TransferCallToParticipantAndWaitDocument, 'transferCallToParticipant', true),
  move: action('Move participants', MoveParticipantsAndWaitDocument, 'moveParticipants', true),
  sendDtmf: action('Send DTMF', SendDtmfTonesAndWaitDocument, 'sendDtmfTones', true),
  play: action('Play', PlayMediaAndWaitDocument, 'playMedia', true),
  recognizeDtmf: action('Recognize DTMF', RecognizeDtmfAndWaitDocument, 'recognizeDtmf', true),
  startRecording: action('Start recording', StartRecordingAndWaitDocument, 'startRecording', true),
  pauseRecording: action('Pause recording', PauseRecordingDocument, 'pauseRecording'),
  resumeRecording: action('Resume recording', ResumeRecordingDocument, 'resumeRecording'),
  stopRecording: action('Stop recording', StopRecordingDocument, 'stopRecording'),
  deleteRecording: action('Delete recording file', DeleteRecordingDocument, 'deleteRecording'),
  hangUp: action('Hang up', HangUpDocument, 'hangUp'),
};

/** How an action ended, as the payload's `outcome` says: the event that ended it and whether it reports success. */
export interface ActionOutcome {
  typename: EventTypename;
  tone: EventTone;
}

/** One action the user ran, as the action log shows it. */
export interface ActionRecord {
  id: number;
  label: string;
  /** running → accepted (the gateway answered with the payload) or failed (an `Error` member, or a request error). */
  state: 'running' | 'accepted' | 'failed';
  /** The gateway answers only once the action's outcome is known (or its wait timed out). */
  awaitsOutcome: boolean;
  /** The payload's operationContext, when it has one: every event the action causes carries it. */
  operationContext: string | null;
  /** The event that ended the action (the payload's `outcome`). */
  outcome: ActionOutcome | null;
  /** Why the payload has no outcome (`outcomeError`, e.g. OUTCOME_TIMEOUT: the action was still done). */
  outcomeError: ErrorResult | null;
  /** Why it failed: the `Error`'s code and message, or the request error. */
  error: ErrorResult | null;
}

/** Runs one of `ACTIONS` and records it; resolves with its payload, or null when it failed. */
export type RunAction = <TData, TVariables, TField extends keyof TData>(
  definition: ActionDefinition<TData, TVariables, TField>,
  variables: TVariables,
) => Promise<ActionPayload<TData, TField> | null>;

function isErrorResult(value: unknown): value is ErrorResult {
  return (
    typeof value === 'object' &&
    value !== null &&
    'code' in value &&
    typeof value.code === 'string' &&
    'message' in value &&
    typeof value.message === 'string'
  );
}

function isPayload<T>(value: T): value is Exclude<T, ErrorResult> {
  return typeof value === 'object' && value !== null && !isErrorResult(value);
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

function operationContextOf(payload: unknown): string | null {
  return isObject(payload) && 'operationContext' in payload && typeof payload.operationContext === 'string'
    ? payload.operationContext
    : null;
}

/** The payload's `outcome` (an event with its `__typename`), when the document selected it and it came. */
function outcomeOf(payload: unknown): ActionOutcome | null {
  if (!isObject(payload) || !('outcome' in payload) || !isObject(payload.outcome)) return null;
  const { outcome } = payload;
  if (!('__typename' in outcome) || typeof outcome.__typename !== 'string') return null;
  const typename = outcome.__typename;
  return isEventTypename(typename) ? { typename, tone: eventTone(typename) } : null;
}

function outcomeErrorOf(payload: unknown): ErrorResult | null {
  return isObject(payload) && 'outcomeError' in payload && isErrorResult(payload.outcomeError)
    ? { code: payload.outcomeError.code, message: payload.outcomeError.message }
    : null;
}

/**
 * The one way the console runs a mutation: sends it, splits its result union into the payload or the `Error`,
 * reads the outcome the payload awaited, reports it on the status line and keeps every action (newest first)
 * for the action log.
 */
export function useActionRunner(
  graphqlUrl: string,
  setStatus: (status: string) => void,
): { actions: ActionRecord[]; run: RunAction } {
  const [actions, setActions] = useState<ActionRecord[]>([]);
  const nextId = useRef(1);

  const run: RunAction = useCallback(
    async (definition, variables) => {
      const { label, awaitsOutcome } = definition;
      const id = nextId.current++;
      const update = (change: Partial<ActionRecord>) =>
        setActions((previous) => previous.map((a) => (a.id === id ? { ...a, ...change } : a)));
      setActions((previous) => [
        {
          id,
          label,
          state: 'running',
          awaitsOutcome,
          operationContext: null,
          outcome: null,
          outcomeError: null,
          error: null,
        },
        ...previous,
      ]);
      setStatus(awaitsOutcome ? `${label}: awaiting its outcome…` : `${label}…`);
      try {
        const result = (await request(graphqlUrl, definition.document, variables))[definition.field];
        if (isPayload(result)) {
          const operationContext = operationContextOf(result);
          const outcome = outcomeOf(result);
          const outcomeError = outcomeErrorOf(result);
          update({ state: 'accepted', operationContext, outcome, outcomeError });
          const ended = outcome
            ? `: ${outcome.typename}`
            : outcomeError
              ? `: done, no outcome (${outcomeError.code})`
              : ': done';
          setStatus(`${label}${ended}${operationContext ? ` (operationContext ${operationContext})` : ''}`);
          return result;
        }
        const error = isErrorResult(result)
          ? { code: result.code, message: result.message }
          : { code: 'UNEXPECTED', message: 'the gateway answered no result' };
        update({ state: 'failed', error });
        setStatus(`${label} failed: ${error.code}: ${error.message}`);
        return null;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        update({ state: 'failed', error: { code: 'REQUEST_FAILED', message } });
        setStatus(`${label} failed: ${message}`);
        return null;
      }
    },
    [graphqlUrl, setStatus],
  );

  return { actions, run };
}
