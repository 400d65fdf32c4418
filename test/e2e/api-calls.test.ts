import { print } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  AddParticipantDocument,
  CallDocument,
  CallEventsLogDocument,
  CancelAddParticipantDocument,
  CancelAllMediaOperationsDocument,
  ConnectRoomCallDocument,
  CreateRoomDocument,
  HangUpDocument,
  HoldParticipantDocument,
  MuteParticipantDocument,
  PauseRecordingDocument,
  PlayMediaDocument,
  RecognizeDtmfDocument,
  RecordingDocument,
  RemoveParticipantDocument,
  ResumeRecordingDocument,
  SendDtmfTonesDocument,
  StartContinuousDtmfRecognitionDocument,
  StartRecordingDocument,
  StopContinuousDtmfRecognitionDocument,
  StopRecordingDocument,
  UnholdParticipantDocument,
  UpsertRoomParticipantsDocument,
} from '../gql/graphql.ts';
import { waitFor } from '../helpers/async.ts';
import { connectedRoomCall } from '../helpers/calls.ts';
import { useDisposers } from '../helpers/disposers.ts';
import { expectTypename, type GatewayStack, startGatewayStack } from '../helpers/gateway.ts';

const disposers = useDisposers();
const USER = '8:acs:00000000-0000-4000-8000-000000000001_00000001-0000-0000-0000-000000000001';
const OTHER = '8:acs:00000000-0000-4000-8000-000000000001_00000002-0000-0000-0000-000000000002';
const PHONE = '+14255550123';
const CALLER_ID = '+18005550100';
const UNKNOWN_CALL = '00000000-0000-4000-8000-00000000dead';

/** A room (USER on its roster) whose call the gateway joined through `connectRoomCall`; connected. */
function connectedCall(stack: GatewayStack, { pstnDialOutEnabled = true } = {}) {
  return connectedRoomCall(stack, {
    pstnDialOutEnabled,
    participants: [{ communicationUserId: USER, role: 'PRESENTER' }],
  });
}

/** ACS admits only users on the room roster into a room call (acs.md §2.1). */
async function putOnRoster(stack: GatewayStack, roomId: string, communicationUserId: string) {
  const result = await stack.graphql(UpsertRoomParticipantsDocument, {
    input: { roomId, participants: [{ communicationUserId }] },
  });
  expectTypename(result.data?.upsertRoomParticipants, 'UpsertRoomParticipantsPayload');
}

function connectionOf(stack: GatewayStack, callConnectionId: string) {
  const connection = stack.emulator.emulator.control
    .call(callConnectionId)
    .connections.find((c) => c.callConnectionId === callConnectionId);
  if (!connection) throw new Error('no such connection');
  return connection;
}

function participantOf(stack: GatewayStack, callConnectionId: string, rawId: string) {
  return stack.emulator.emulator.control
    .call(callConnectionId)
    .participants.find((p) => p.identifier.rawId === rawId);
}

describe('connectRoomCall', () => {
  it('joins the room call with the gateway callback URL carrying a token of its own and records the room of the call', async () => {
    const stack = await startGatewayStack(disposers);
    const { roomId, callConnectionId } = await connectedCall(stack);
    const other = await connectedCall(stack);
    const callbackUri = new URL(connectionOf(stack, callConnectionId).callbackUri);
    expect(`${callbackUri.origin}${callbackUri.pathname}`).toBe(stack.gateway.callbackUrl);
    expect(stack.gateway.callbackUrl).toBe(`${stack.url}/api/callbacks`);
    expect(callbackUri.searchParams.get('token')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(
      new URL(connectionOf(stack, other.callConnectionId).callbackUri).searchParams.get('token'),
    ).not.toBe(callbackUri.searchParams.get('token'));
    expect(await stack.eventLog.getCall(callConnectionId)).toEqual({ roomId });
  });

  it('returns the operationContext the client gave', async () => {
    const stack = await startGatewayStack(disposers);
    const created = await stack.graphql(CreateRoomDocument, { input: {} });
    const roomId = expectTypename(created.data?.createRoom, 'CreateRoomPayload').room.id;
    const result = await stack.graphql(ConnectRoomCallDocument, {
      input: { roomId, operationContext: 'mine' },
    });
    expect(expectTypename(result.data?.connectRoomCall, 'ConnectRoomCallPayload').operationContext).toBe(
      'mine',
    );
  });

  it('returns an InputError for an empty room id', async () => {
    const stack = await startGatewayStack(disposers);
    const result = await stack.graphql(ConnectRoomCallDocument, { input: { roomId: '' } });
    expect(expectTypename(result.data?.connectRoomCall, 'InputError')).toMatchObject({
      field: 'input.roomId',
    });
  });

  it('returns NOT_FOUND for a room ACS does not know', async () => {
    const stack = await startGatewayStack(disposers);
    const result = await stack.graphql(ConnectRoomCallDocument, { input: { roomId: '99999999' } });
    expect(expectTypename(result.data?.connectRoomCall, 'AcsError')).toMatchObject({
      code: 'NOT_FOUND',
      status: 404,
    });
  });

  it('puts the callback secret in the callback URL when one is configured', async () => {
    const stack = await startGatewayStack(disposers, { env: { CALLBACK_SECRET: 'shh-123' } });
    const { callConnectionId } = await connectedCall(stack);
    expect(connectionOf(stack, callConnectionId).callbackUri).toMatch(
      new RegExp(`^${stack.url}/api/callbacks\\?secret=shh-123&token=[A-Za-z0-9_-]{43}$`),
    );
    const events = await stack.graphql(CallEventsLogDocument, { callConnectionId });
    await waitFor(
      async () => {
        const result = await stack.graphql(CallEventsLogDocument, { callConnectionId });
        return result.data?.call?.events.some((e) => e.type === 'CALL_CONNECTED');
      },
      { what: 'CallConnected to pass the secret check' },
    );
    expect(events.errors).toBeUndefined();
  });
});

describe('call(callConnectionId)', () => {
  it('returns the call with its state, participants, room and retained events', async () => {
    const stack = await startGatewayStack(disposers);
    const { roomId, callConnectionId, operationContext } = await connectedCall(stack);
    const result = await stack.graphql(CallDocument, { callConnectionId });
    expect(result.data?.call).toMatchObject({
      callConnectionId,
      state: 'CONNECTED',
      roomId,
      room: { id: roomId },
    });
    expect(result.data?.call?.participants.map((p) => p.identifier.rawId)).toContain(USER);
    await waitFor(
      async () => {
        const log = await stack.graphql(CallEventsLogDocument, { callConnectionId, first: 10 });
        return (
          log.data?.call?.events.find((e) => e.type === 'CALL_CONNECTED')?.operationContext ===
          operationContext
        );
      },
      { what: 'CallConnected in Call.events' },
    );
  });

  it('returns null for a call ACS does not know', async () => {
    const stack = await startGatewayStack(disposers);
    const result = await stack.graphql(CallDocument, { callConnectionId: UNKNOWN_CALL });
    expect(result).toEqual({ data: { call: null } });
  });
});

describe('call actions on a connected room call', () => {
  it('addParticipant invites an ACS user and returns the invitation', async () => {
    const stack = await startGatewayStack(disposers);
    const { callConnectionId, roomId } = await connectedCall(stack);
    await putOnRoster(stack, roomId, OTHER);
    const result = await stack.graphql(AddParticipantDocument, {
      input: { callConnectionId, participant: { communicationUserId: OTHER }, operationContext: 'invite-1' },
    });
    const payload = expectTypename(result.data?.addParticipant, 'AddParticipantPayload');
    expect(payload.operationContext).toBe('invite-1');
    expect(payload.invitationId).toBeTruthy();
    await waitFor(() => participantOf(stack, callConnectionId, OTHER), { what: 'the user to join' });
  });

  it('addParticipant returns FORBIDDEN when the room does not allow PSTN dial-out', async () => {
    const stack = await startGatewayStack(disposers);
    const { callConnectionId } = await connectedCall(stack, { pstnDialOutEnabled: false });
    const result = await stack.graphql(AddParticipantDocument, {
      input: { callConnectionId, participant: { phoneNumber: PHONE }, sourceCallerIdNumber: CALLER_ID },
    });
    expect(expectTypename(result.data?.addParticipant, 'AcsError')).toMatchObject({
      code: 'FORBIDDEN',
      status: 403,
    });
  });

  it('cancelAddParticipant withdraws a ringing invitation', async () => {
    const stack = await startGatewayStack(disposers);
    const { callConnectionId } = await connectedCall(stack);
    const added = await stack.graphql(AddParticipantDocument, {
      input: {
        callConnectionId,
        participant: { phoneNumber: '+14255550480' },
        sourceCallerIdNumber: CALLER_ID,
      },
    });
    const { invitationId } = expectTypename(added.data?.addParticipant, 'AddParticipantPayload');
    const result = await stack.graphql(CancelAddParticipantDocument, {
      input: { callConnectionId, invitationId: invitationId ?? '' },
    });
    expect(
      expectTypename(result.data?.cancelAddParticipant, 'CancelAddParticipantPayload').invitationId,
    ).toBe(invitationId);
    await waitFor(() => connectionOf(stack, callConnectionId).pendingInvitations.length === 0, {
      what: 'the invitation to be withdrawn',
    });
  });

  it('removeParticipant takes a participant out of the call', async () => {
    const stack = await startGatewayStack(disposers);
    const { callConnectionId, roomId } = await connectedCall(stack);
    await putOnRoster(stack, roomId, OTHER);
    const added = await stack.graphql(AddParticipantDocument, {
      input: { callConnectionId, participant: { rawId: OTHER } },
    });
    expectTypename(added.data?.addParticipant, 'AddParticipantPayload');
    await waitFor(() => participantOf(stack, callConnectionId, OTHER), { what: 'the user to join' });
    const result = await stack.graphql(RemoveParticipantDocument, {
      input: { callConnectionId, participant: { communicationUserId: OTHER } },
    });
    const payload = expectTypename(result.data?.removeParticipant, 'RemoveParticipantPayload');
    expect(payload.operationContext).toMatch(/^[0-9a-f-]{36}$/);
    await waitFor(() => !participantOf(stack, callConnectionId, OTHER), { what: 'the user to leave' });
  });

  it('muteParticipant mutes the participant', async () => {
    const stack = await startGatewayStack(disposers);
    const { callConnectionId } = await connectedCall(stack);
    const result = await stack.graphql(MuteParticipantDocument, {
      input: { callConnectionId, participant: { communicationUserId: USER } },
    });
    expectTypename(result.data?.muteParticipant, 'MuteParticipantPayload');
    await waitFor(() => participantOf(stack, callConnectionId, USER)?.isMuted, {
      what: 'the user to be muted',
    });
  });

  it('holdParticipant and unholdParticipant toggle hold', async () => {
    const stack = await startGatewayStack(disposers);
    const { callConnectionId } = await connectedCall(stack);
    const held = await stack.graphql(HoldParticipantDocument, {
      input: {
        callConnectionId,
        target: { communicationUserId: USER },
        music: { file: { url: 'https://example.com/hold.wav' } },
      },
    });
    expectTypename(held.data?.holdParticipant, 'HoldParticipantPayload');
    await waitFor(() => participantOf(stack, callConnectionId, USER)?.isOnHold, { what: 'hold' });
    const unheld = await stack.graphql(UnholdParticipantDocument, {
      input: { callConnectionId, target: { communicationUserId: USER } },
    });
    expectTypename(unheld.data?.unholdParticipant, 'UnholdParticipantPayload');
    await waitFor(() => participantOf(stack, callConnectionId, USER)?.isOnHold === false, { what: 'unhold' });
  });

  it('playMedia queues a play with its operationContext and cancelAllMediaOperations clears it', async () => {
    const stack = await startGatewayStack(disposers);
    const { callConnectionId } = await connectedCall(stack);
    const played = await stack.graphql(PlayMediaDocument, {
      input: {
        callConnectionId,
        sources: [{ file: { url: 'https://example.com/audio/hello.wav' } }],
        loop: true,
        operationContext: 'greeting',
      },
    });
    expect(expectTypename(played.data?.playMedia, 'PlayMediaPayload').operationContext).toBe('greeting');
    await waitFor(
      () =>
        connectionOf(stack, callConnectionId).mediaOperations.some((o) => o.operationContext === 'greeting'),
      { what: 'the play to run' },
    );
    const cancelled = await stack.graphql(CancelAllMediaOperationsDocument, { input: { callConnectionId } });
    expect(
      expectTypename(cancelled.data?.cancelAllMediaOperations, 'CancelAllMediaOperationsPayload')
        .operationContext,
    ).toBeNull();
    await waitFor(() => connectionOf(stack, callConnectionId).mediaOperations.length === 0, {
      what: 'media operations to be cancelled',
    });
  });

  it('recognizeDtmf collects the tones the participant presses', async () => {
    const stack = await startGatewayStack(disposers);
    const { callConnectionId, control } = await connectedCall(stack);
    const result = await stack.graphql(RecognizeDtmfDocument, {
      input: {
        callConnectionId,
        target: { communicationUserId: USER },
        maxTonesToCollect: 3,
        stopTones: ['POUND'],
        interToneTimeoutSeconds: 5,
        initialSilenceTimeoutSeconds: 30,
        operationContext: 'pin',
      },
    });
    expectTypename(result.data?.recognizeDtmf, 'RecognizeDtmfPayload');
    await waitFor(
      () => connectionOf(stack, callConnectionId).mediaOperations.some((o) => o.kind === 'recognize'),
      { what: 'recognize to start' },
    );
    control.pressDtmf(callConnectionId, USER, ['one', 'two', 'three']);
    await waitFor(
      async () => {
        const log = await stack.graphql(CallEventsLogDocument, { callConnectionId, first: 50 });
        return log.data?.call?.events.some(
          (e) => e.type === 'RECOGNIZE_COMPLETED' && e.operationContext === 'pin',
        );
      },
      { what: 'RecognizeCompleted' },
    );
  });

  it('start/stopContinuousDtmfRecognition switch continuous recognition on and off', async () => {
    const stack = await startGatewayStack(disposers);
    const { callConnectionId } = await connectedCall(stack);
    const started = await stack.graphql(StartContinuousDtmfRecognitionDocument, {
      input: { callConnectionId, target: { communicationUserId: USER } },
    });
    expectTypename(started.data?.startContinuousDtmfRecognition, 'StartContinuousDtmfRecognitionPayload');
    await waitFor(() => connectionOf(stack, callConnectionId).continuousDtmf.includes(USER), { what: 'on' });
    const stopped = await stack.graphql(StopContinuousDtmfRecognitionDocument, {
      input: { callConnectionId, target: { communicationUserId: USER } },
    });
    expectTypename(stopped.data?.stopContinuousDtmfRecognition, 'StopContinuousDtmfRecognitionPayload');
    await waitFor(() => connectionOf(stack, callConnectionId).continuousDtmf.length === 0, { what: 'off' });
  });

  it('hangUp without forEveryone only takes the gateway out of the call', async () => {
    const stack = await startGatewayStack(disposers);
    const { callConnectionId, control } = await connectedCall(stack);
    const result = await stack.graphql(HangUpDocument, { input: { callConnectionId, forEveryone: false } });
    expectTypename(result.data?.hangUp, 'HangUpPayload');
    await waitFor(() => connectionOf(stack, callConnectionId).state === 'disconnected', {
      what: 'the leg to leave',
    });
    expect(control.call(callConnectionId).state).toBe('active');
  });
});

describe('recordings', () => {
  it('start, pause, resume, read and stop a recording of the call', async () => {
    const stack = await startGatewayStack(disposers);
    const { callConnectionId } = await connectedCall(stack);
    const started = await stack.graphql(StartRecordingDocument, {
      input: { callConnectionId, content: 'AUDIO', channel: 'UNMIXED', format: 'WAV' },
    });
    const { recording } = expectTypename(started.data?.startRecording, 'StartRecordingPayload');
    const recordingId = recording.recordingId;
    await waitFor(
      async () =>
        (await stack.graphql(RecordingDocument, { recordingId })).data?.recording?.state === 'ACTIVE',
      { what: 'the recording to become active' },
    );
    const paused = await stack.graphql(PauseRecordingDocument, { input: { recordingId } });
    expect(expectTypename(paused.data?.pauseRecording, 'RecordingPayload').recording.state).toBe('INACTIVE');
    await waitFor(
      async () =>
        (await stack.graphql(RecordingDocument, { recordingId })).data?.recording?.state === 'INACTIVE',
      { what: 'the recording to pause' },
    );
    const resumed = await stack.graphql(ResumeRecordingDocument, { input: { recordingId } });
    expect(expectTypename(resumed.data?.resumeRecording, 'RecordingPayload').recording.state).toBe('ACTIVE');
    const stopped = await stack.graphql(StopRecordingDocument, { input: { recordingId } });
    expect(expectTypename(stopped.data?.stopRecording, 'RecordingPayload').recording.recordingId).toBe(
      recordingId,
    );
  });

  it('recording(recordingId) is null for a recording ACS does not know', async () => {
    const stack = await startGatewayStack(disposers);
    const result = await stack.graphql(RecordingDocument, { recordingId: 'no-such-recording' });
    expect(result).toEqual({ data: { recording: null } });
  });
});

/** One invalid input per call action: the gateway answers InputError naming the field, without calling ACS. */
const INPUT_ERRORS: {
  name: string;
  field: string;
  run: (stack: GatewayStack, id: string) => Promise<unknown>;
}[] = [
  {
    name: 'addParticipant without sourceCallerIdNumber for a phone number',
    field: 'input.sourceCallerIdNumber',
    run: async (s, id) =>
      (
        await s.graphql(AddParticipantDocument, {
          input: { callConnectionId: id, participant: { phoneNumber: PHONE } },
        })
      ).data?.addParticipant,
  },
  {
    name: 'addParticipant with a phone number that is not E.164',
    field: 'input.participant.phoneNumber',
    run: async (s, id) =>
      (
        await s.graphql(AddParticipantDocument, {
          input: {
            callConnectionId: id,
            participant: { phoneNumber: '425-555-0123' },
            sourceCallerIdNumber: CALLER_ID,
          },
        })
      ).data?.addParticipant,
  },
  {
    name: 'addParticipant with a caller id that is not E.164',
    field: 'input.sourceCallerIdNumber',
    run: async (s, id) =>
      (
        await s.graphql(AddParticipantDocument, {
          input: { callConnectionId: id, participant: { phoneNumber: PHONE }, sourceCallerIdNumber: '0800' },
        })
      ).data?.addParticipant,
  },
  {
    name: 'addParticipant with an invitation timeout over 180 seconds',
    field: 'input.invitationTimeoutSeconds',
    run: async (s, id) =>
      (
        await s.graphql(AddParticipantDocument, {
          input: {
            callConnectionId: id,
            participant: { communicationUserId: OTHER },
            invitationTimeoutSeconds: 181,
          },
        })
      ).data?.addParticipant,
  },
  {
    name: 'cancelAddParticipant with an empty invitation id',
    field: 'input.invitationId',
    run: async (s, id) =>
      (await s.graphql(CancelAddParticipantDocument, { input: { callConnectionId: id, invitationId: ' ' } }))
        .data?.cancelAddParticipant,
  },
  {
    name: 'muteParticipant with an empty call connection id',
    field: 'input.callConnectionId',
    run: async (s) =>
      (
        await s.graphql(MuteParticipantDocument, {
          input: { callConnectionId: '', participant: { rawId: USER } },
        })
      ).data?.muteParticipant,
  },
  {
    name: 'sendDtmfTones with no tones',
    field: 'input.tones',
    run: async (s, id) =>
      (
        await s.graphql(SendDtmfTonesDocument, {
          input: { callConnectionId: id, tones: [], target: { rawId: USER } },
        })
      ).data?.sendDtmfTones,
  },
  {
    name: 'hangUp with an empty call connection id',
    field: 'input.callConnectionId',
    run: async (s) => (await s.graphql(HangUpDocument, { input: { callConnectionId: ' ' } })).data?.hangUp,
  },
  {
    name: 'playMedia with no sources',
    field: 'input.sources',
    run: async (s, id) =>
      (await s.graphql(PlayMediaDocument, { input: { callConnectionId: id, sources: [] } })).data?.playMedia,
  },
  {
    name: 'recognizeDtmf collecting zero tones',
    field: 'input.maxTonesToCollect',
    run: async (s, id) =>
      (
        await s.graphql(RecognizeDtmfDocument, {
          input: { callConnectionId: id, target: { rawId: USER }, maxTonesToCollect: 0 },
        })
      ).data?.recognizeDtmf,
  },
  {
    name: 'recognizeDtmf with an inter-tone timeout over 60 seconds',
    field: 'input.interToneTimeoutSeconds',
    run: async (s, id) =>
      (
        await s.graphql(RecognizeDtmfDocument, {
          input: {
            callConnectionId: id,
            target: { rawId: USER },
            maxTonesToCollect: 1,
            interToneTimeoutSeconds: 61,
          },
        })
      ).data?.recognizeDtmf,
  },
  {
    name: 'recognizeDtmf with an initial silence timeout over 300 seconds',
    field: 'input.initialSilenceTimeoutSeconds',
    run: async (s, id) =>
      (
        await s.graphql(RecognizeDtmfDocument, {
          input: {
            callConnectionId: id,
            target: { rawId: USER },
            maxTonesToCollect: 1,
            initialSilenceTimeoutSeconds: 301,
          },
        })
      ).data?.recognizeDtmf,
  },
  {
    name: 'startContinuousDtmfRecognition with an empty raw id',
    field: 'input.target.rawId',
    run: async (s, id) =>
      (
        await s.graphql(StartContinuousDtmfRecognitionDocument, {
          input: { callConnectionId: id, target: { rawId: '' } },
        })
      ).data?.startContinuousDtmfRecognition,
  },
  {
    name: 'unholdParticipant with a phone raw id that is not E.164',
    field: 'input.target.rawId',
    run: async (s, id) =>
      (
        await s.graphql(UnholdParticipantDocument, {
          input: { callConnectionId: id, target: { rawId: '4:12' } },
        })
      ).data?.unholdParticipant,
  },
  {
    name: 'cancelAllMediaOperations with an empty call connection id',
    field: 'input.callConnectionId',
    run: async (s) =>
      (await s.graphql(CancelAllMediaOperationsDocument, { input: { callConnectionId: '' } })).data
        ?.cancelAllMediaOperations,
  },
  {
    name: 'startRecording with an empty call connection id',
    field: 'input.callConnectionId',
    run: async (s) =>
      (await s.graphql(StartRecordingDocument, { input: { callConnectionId: '' } })).data?.startRecording,
  },
  {
    name: 'stopRecording with an empty recording id',
    field: 'input.recordingId',
    run: async (s) =>
      (await s.graphql(StopRecordingDocument, { input: { recordingId: '' } })).data?.stopRecording,
  },
  {
    name: 'pauseRecording with an empty recording id',
    field: 'input.recordingId',
    run: async (s) =>
      (await s.graphql(PauseRecordingDocument, { input: { recordingId: '' } })).data?.pauseRecording,
  },
  {
    name: 'resumeRecording with an empty recording id',
    field: 'input.recordingId',
    run: async (s) =>
      (await s.graphql(ResumeRecordingDocument, { input: { recordingId: '' } })).data?.resumeRecording,
  },
];

/** Inputs that break a `@oneOf` rule: GraphQL refuses the request before any resolver, naming the input type. */
const ONE_OF_VIOLATIONS: {
  name: string;
  inputType: string;
  document: Parameters<typeof print>[0];
  input: (id: string) => Record<string, unknown>;
}[] = [
  {
    name: 'addParticipant with two participant fields set',
    inputType: 'ParticipantInput',
    document: AddParticipantDocument,
    input: (id) => ({ callConnectionId: id, participant: { phoneNumber: PHONE, communicationUserId: USER } }),
  },
  {
    name: 'removeParticipant with no participant field set',
    inputType: 'ParticipantInput',
    document: RemoveParticipantDocument,
    input: (id) => ({ callConnectionId: id, participant: {} }),
  },
  {
    name: 'playMedia with a source that sets two kinds',
    inputType: 'PlaySourceInput',
    document: PlayMediaDocument,
    input: (id) => ({
      callConnectionId: id,
      sources: [{ text: { text: 'hi' }, file: { url: 'https://x/a.wav' } }],
    }),
  },
  {
    name: 'stopContinuousDtmfRecognition with no target field set',
    inputType: 'ParticipantInput',
    document: StopContinuousDtmfRecognitionDocument,
    input: (id) => ({ callConnectionId: id, target: {} }),
  },
  {
    name: 'holdParticipant with music that sets no kind',
    inputType: 'PlaySourceInput',
    document: HoldParticipantDocument,
    input: (id) => ({ callConnectionId: id, target: { rawId: USER }, music: {} }),
  },
];

describe('@oneOf inputs', () => {
  it.each(ONE_OF_VIOLATIONS)(
    'refuses $name with a request error naming $inputType, before any resolver runs',
    async ({ document, input, inputType }) => {
      const stack = await startGatewayStack(disposers);
      const { body } = await stack.graphqlText(print(document), { input: input(UNKNOWN_CALL) });
      expect(body.data).toBeUndefined();
      expect(body.errors?.[0]?.message).toContain(`OneOf type "${inputType}"`);
    },
  );
});

describe('input validation of call actions', () => {
  it.each(INPUT_ERRORS)(
    'answers $name with an InputError for $field, before calling ACS',
    async ({ run, field }) => {
      const stack = await startGatewayStack(disposers);
      const result = await run(stack, UNKNOWN_CALL);
      expect(result).toMatchObject({ __typename: 'InputError', code: 'BAD_USER_INPUT', field });
    },
  );
});

/** Every call action on a call ACS does not know: ACS answers 404 (8522), the gateway an AcsError. */
const ON_UNKNOWN_CALL: { name: string; run: (stack: GatewayStack, id: string) => Promise<unknown> }[] = [
  {
    name: 'addParticipant',
    run: async (s, id) =>
      (
        await s.graphql(AddParticipantDocument, {
          input: { callConnectionId: id, participant: { rawId: OTHER } },
        })
      ).data?.addParticipant,
  },
  {
    name: 'removeParticipant',
    run: async (s, id) =>
      (
        await s.graphql(RemoveParticipantDocument, {
          input: { callConnectionId: id, participant: { rawId: OTHER } },
        })
      ).data?.removeParticipant,
  },
  {
    name: 'cancelAddParticipant',
    run: async (s, id) =>
      (await s.graphql(CancelAddParticipantDocument, { input: { callConnectionId: id, invitationId: 'x' } }))
        .data?.cancelAddParticipant,
  },
  {
    name: 'muteParticipant',
    run: async (s, id) =>
      (
        await s.graphql(MuteParticipantDocument, {
          input: { callConnectionId: id, participant: { rawId: USER } },
        })
      ).data?.muteParticipant,
  },
  {
    name: 'sendDtmfTones',
    run: async (s, id) =>
      (
        await s.graphql(SendDtmfTonesDocument, {
          input: { callConnectionId: id, tones: ['ONE'], target: { phoneNumber: PHONE } },
        })
      ).data?.sendDtmfTones,
  },
  {
    name: 'hangUp',
    run: async (s, id) => (await s.graphql(HangUpDocument, { input: { callConnectionId: id } })).data?.hangUp,
  },
  {
    name: 'playMedia',
    run: async (s, id) =>
      (
        await s.graphql(PlayMediaDocument, {
          input: {
            callConnectionId: id,
            sources: [{ ssml: { ssmlText: '<speak/>' } }],
            playTo: [{ rawId: USER }],
          },
        })
      ).data?.playMedia,
  },
  {
    name: 'recognizeDtmf',
    run: async (s, id) =>
      (
        await s.graphql(RecognizeDtmfDocument, {
          input: { callConnectionId: id, target: { rawId: USER }, maxTonesToCollect: 1 },
        })
      ).data?.recognizeDtmf,
  },
  {
    name: 'startContinuousDtmfRecognition',
    run: async (s, id) =>
      (
        await s.graphql(StartContinuousDtmfRecognitionDocument, {
          input: { callConnectionId: id, target: { rawId: USER } },
        })
      ).data?.startContinuousDtmfRecognition,
  },
  {
    name: 'stopContinuousDtmfRecognition',
    run: async (s, id) =>
      (
        await s.graphql(StopContinuousDtmfRecognitionDocument, {
          input: { callConnectionId: id, target: { rawId: USER } },
        })
      ).data?.stopContinuousDtmfRecognition,
  },
  {
    name: 'holdParticipant',
    run: async (s, id) =>
      (await s.graphql(HoldParticipantDocument, { input: { callConnectionId: id, target: { rawId: USER } } }))
        .data?.holdParticipant,
  },
  {
    name: 'unholdParticipant',
    run: async (s, id) =>
      (
        await s.graphql(UnholdParticipantDocument, {
          input: { callConnectionId: id, target: { rawId: USER } },
        })
      ).data?.unholdParticipant,
  },
  {
    name: 'cancelAllMediaOperations',
    run: async (s, id) =>
      (await s.graphql(CancelAllMediaOperationsDocument, { input: { callConnectionId: id } })).data
        ?.cancelAllMediaOperations,
  },
  {
    name: 'startRecording',
    run: async (s, id) =>
      (await s.graphql(StartRecordingDocument, { input: { callConnectionId: id } })).data?.startRecording,
  },
  {
    name: 'stopRecording (unknown recording)',
    run: async (s, id) =>
      (await s.graphql(StopRecordingDocument, { input: { recordingId: id } })).data?.stopRecording,
  },
  {
    name: 'pauseRecording (unknown recording)',
    run: async (s, id) =>
      (await s.graphql(PauseRecordingDocument, { input: { recordingId: id } })).data?.pauseRecording,
  },
  {
    name: 'resumeRecording (unknown recording)',
    run: async (s, id) =>
      (await s.graphql(ResumeRecordingDocument, { input: { recordingId: id } })).data?.resumeRecording,
  },
];

describe('ACS refusals of call actions', () => {
  it.each(ON_UNKNOWN_CALL)(
    'answers $name on an unknown call with an AcsError NOT_FOUND (404)',
    async ({ run }) => {
      const stack = await startGatewayStack(disposers);
      const result = await run(stack, UNKNOWN_CALL);
      expect(result).toMatchObject({ __typename: 'AcsError', code: 'NOT_FOUND', status: 404 });
    },
  );
});
