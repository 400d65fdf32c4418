import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  AddParticipantDocument,
  ConnectRoomCallDocument,
  CreateRoomDocument,
  DeleteRecordingDocument,
  HangUpDocument,
  HoldParticipantDocument,
  MuteParticipantDocument,
  PauseRecordingDocument,
  PlayMediaDocument,
  RecognizeDtmfDocument,
  RemoveParticipantDocument,
  ResumeRecordingDocument,
  SendDtmfTonesDocument,
  StartRecordingDocument,
  StopRecordingDocument,
  UnholdParticipantDocument,
} from '@switchboard/client';
import { useCallback, useRef, useState } from 'react';
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
}

/** The payload member of an action's result union (every member but the `Error`s). */
export type ActionPayload<TData, TField extends keyof TData> = Exclude<TData[TField], ErrorResult>;

function action<TData, TVariables, TField extends keyof TData>(
  label: string,
  document: TypedDocumentNode<TData, TVariables>,
  field: TField,
): ActionDefinition<TData, TVariables, TField> {
  return { label, document, field };
}

/** Every mutation the console runs, with the label its status line and action log show. */
export const ACTIONS = {
  createRoom: action('Create room', CreateRoomDocument, 'createRoom'),
  connect: action('Connect', ConnectRoomCallDocument, 'connectRoomCall'),
  dial: action('Dial', AddParticipantDocument, 'addParticipant'),
  mute: action('Mute', MuteParticipantDocument, 'muteParticipant'),
  hold: action('Hold', HoldParticipantDocument, 'holdParticipant'),
  unhold: action('Unhold', UnholdParticipantDocument, 'unholdParticipant'),
  remove: action('Remove', RemoveParticipantDocument, 'removeParticipant'),
  sendDtmf: action('Send DTMF', SendDtmfTonesDocument, 'sendDtmfTones'),
  play: action('Play', PlayMediaDocument, 'playMedia'),
  recognizeDtmf: action('Recognize DTMF', RecognizeDtmfDocument, 'recognizeDtmf'),
  startRecording: action('Start recording', StartRecordingDocument, 'startRecording'),
  pauseRecording: action('Pause recording', PauseRecordingDocument, 'pauseRecording'),
  resumeRecording: action('Resume recording', ResumeRecordingDocument, 'resumeRecording'),
  stopRecording: action('Stop recording', StopRecordingDocument, 'stopRecording'),
  deleteRecording: action('Delete recording file', DeleteRecordingDocument, 'deleteRecording'),
  hangUp: action('Hang up', HangUpDocument, 'hangUp'),
};

/** One action the user ran, as the action log shows it. */
export interface ActionRecord {
  id: number;
  label: string;
  /** running → accepted (the gateway answered with the payload) or failed (an `Error` member, or a request error). */
  state: 'running' | 'accepted' | 'failed';
  /** The payload's operationContext, when it has one: every event the action causes carries it. */
  operationContext: string | null;
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

function operationContextOf(payload: unknown): string | null {
  return typeof payload === 'object' &&
    payload !== null &&
    'operationContext' in payload &&
    typeof payload.operationContext === 'string'
    ? payload.operationContext
    : null;
}

/**
 * The one way the console runs a mutation: sends it, splits its result union into the payload or the `Error`,
 * reports the outcome on the status line and keeps every action (newest first) for the action log.
 */
export function useActionRunner(
  graphqlUrl: string,
  setStatus: (status: string) => void,
): { actions: ActionRecord[]; run: RunAction } {
  const [actions, setActions] = useState<ActionRecord[]>([]);
  const nextId = useRef(1);

  const run: RunAction = useCallback(
    async (definition, variables) => {
      const { label } = definition;
      const id = nextId.current++;
      const update = (change: Partial<ActionRecord>) =>
        setActions((previous) => previous.map((a) => (a.id === id ? { ...a, ...change } : a)));
      setActions((previous) => [
        { id, label, state: 'running', operationContext: null, error: null },
        ...previous,
      ]);
      setStatus(`${label}…`);
      try {
        const result = (await request(graphqlUrl, definition.document, variables))[definition.field];
        if (isPayload(result)) {
          const operationContext = operationContextOf(result);
          update({ state: 'accepted', operationContext });
          setStatus(
            operationContext ? `${label}: done (operationContext ${operationContext})` : `${label}: done`,
          );
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
