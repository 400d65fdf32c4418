import { describe, expect, it } from 'vitest';
import type { EmulatorOptions } from '../../emulator/src/index.ts';
import type { CallbackSink } from '../helpers/callback-sink.ts';
import { useDisposers } from '../helpers/disposers.ts';
import {
  connectToNewRoom,
  rejection,
  type StartedEmulator,
  startEmulatorWithSink,
} from '../helpers/emulator.ts';

const disposers = useDisposers();
const ALICE = '8:acs:calls-test_alice';
const BOB = '8:acs:calls-test_bob';
const CALLER_ID = { phoneNumber: '+18005550100' };

async function setup(options: EmulatorOptions = {}): Promise<StartedEmulator & { sink: CallbackSink }> {
  return startEmulatorWithSink(disposers, options);
}

const names = (sink: CallbackSink) => sink.events.map((e) => e.name);

describe('connecting to a room call', () => {
  it('answers 200 connecting, then sends CallConnected and ParticipantsUpdated with the room roster', async () => {
    const { rooms, calls, sink } = await setup();
    const room = await rooms.createRoom({ participants: [{ id: { communicationUserId: ALICE } }] });
    const result = await calls.connectCall({ kind: 'roomCallLocator', id: room.id }, sink.callbackUri, {
      operationContext: 'connect-1',
    });
    expect(result.callConnectionProperties.callConnectionState).toBe('connecting');
    const [connected, updated] = await sink.waitForCount(2);
    expect(connected?.name).toBe('CallConnected');
    expect(connected?.data).toMatchObject({
      operationContext: 'connect-1',
      callConnectionId: result.callConnectionProperties.callConnectionId,
      resultInformation: { code: 200, subCode: 0 },
      publicEventType: 'Microsoft.Communication.CallConnected',
    });
    expect(updated?.name).toBe('ParticipantsUpdated');
    expect(updated?.data).not.toHaveProperty('operationContext');
    expect(updated?.data.sequenceNumber).toBe(1);
    const rawIds = ((updated?.data.participants ?? []) as { identifier: { rawId: string } }[]).map(
      (p) => p.identifier.rawId,
    );
    expect(rawIds).toContain(ALICE);
    expect((await result.callConnection.getCallConnectionProperties()).callConnectionState).toBe('connected');
  });

  it('joins a room call that users already started, and increments sequenceNumber as they come and go', async () => {
    const { emulator, rooms, calls, sink } = await setup();
    const room = await rooms.createRoom({
      participants: [{ id: { communicationUserId: ALICE } }, { id: { communicationUserId: BOB } }],
    });
    const started = emulator.control.joinRoomCall(room.id, ALICE);
    const result = await calls.connectCall({ kind: 'roomCallLocator', id: room.id }, sink.callbackUri);
    expect(result.callConnectionProperties.serverCallId).toBe(started.serverCallId);
    await sink.waitForEvent('ParticipantsUpdated');
    emulator.control.joinRoomCall(room.id, BOB);
    emulator.control.leaveRoomCall(room.id, ALICE);
    const updates = await sink.waitForCount(3, (e) => e.name === 'ParticipantsUpdated');
    expect(updates.map((e) => e.data.sequenceNumber)).toEqual([1, 2, 3]);
  });

  it('ends in ConnectFailed when room calls are not auto-started and nobody joined', async () => {
    const { rooms, calls, sink } = await setup({ autoStartRoomCalls: false });
    const room = await rooms.createRoom();
    const result = await calls.connectCall({ kind: 'roomCallLocator', id: room.id }, sink.callbackUri, {
      operationContext: 'too-early',
    });
    expect(result.callConnectionProperties.callConnectionState).toBe('connecting');
    const failed = await sink.waitForEvent('ConnectFailed');
    expect(failed.data).toMatchObject({ operationContext: 'too-early', resultInformation: { code: 404 } });
    expect(names(sink)).toEqual(['ConnectFailed']);
    expect((await rejection(result.callConnection.getCallConnectionProperties())).statusCode).toBe(404);
  });

  it('answers 404 when connecting to an unknown room', async () => {
    const { calls, sink } = await setup();
    const error = await rejection(
      calls.connectCall({ kind: 'roomCallLocator', id: '99000000000000002' }, sink.callbackUri),
    );
    expect(error.statusCode).toBe(404);
  });

  it('connects to group calls (creating them) and to live calls by serverCallId', async () => {
    const { calls, sink } = await setup();
    const group = await calls.connectCall(
      { kind: 'groupCallLocator', id: 'b3c1f1a4-group' },
      sink.callbackUri,
    );
    await sink.waitForEvent('CallConnected');
    const serverCallId = group.callConnectionProperties.serverCallId as string;
    const second = await calls.connectCall({ kind: 'serverCallLocator', id: serverCallId }, sink.callbackUri);
    const connected = await sink.waitForEvent(
      'CallConnected',
      (e) => e.data.callConnectionId === second.callConnectionProperties.callConnectionId,
    );
    expect(connected.data.serverCallId).toBe(serverCallId);
  });

  it('creates a call to an ACS user with 201 connecting, then CallConnected once the user answers', async () => {
    const { calls, sink } = await setup();
    const result = await calls.createCall(
      { targetParticipant: { communicationUserId: BOB } },
      sink.callbackUri,
      {
        operationContext: 'create-1',
      },
    );
    expect(result.callConnectionProperties.callConnectionState).toBe('connecting');
    const connected = await sink.waitForEvent('CallConnected');
    expect(connected.data.operationContext).toBe('create-1');
    const group = await calls.createGroupCall([{ phoneNumber: '+14255550486' }], sink.callbackUri, {
      sourceCallIdNumber: CALLER_ID,
    });
    const failed = await sink.waitForEvent('CreateCallFailed');
    expect(failed.data).toMatchObject({
      callConnectionId: group.callConnectionProperties.callConnectionId,
      resultInformation: { code: 486, subCode: 560486 },
    });
  });
});

describe('room-call admission (control API joins)', () => {
  it('refuses users not on the roster (5828), outside the validity window (5829) and non-ACS identities (5830)', async () => {
    const { emulator, rooms } = await setup();
    const room = await rooms.createRoom({ participants: [{ id: { communicationUserId: ALICE } }] });
    expect(() => emulator.control.joinRoomCall(room.id, BOB)).toThrow(
      expect.objectContaining({ status: 403, code: '5828' }),
    );
    expect(() => emulator.control.joinRoomCall(room.id, '4:+14255550123')).toThrow(
      expect.objectContaining({ status: 403, code: '5830' }),
    );
    const later = await rooms.createRoom({
      validFrom: new Date(Date.now() + 60 * 60_000),
      validUntil: new Date(Date.now() + 2 * 60 * 60_000),
      participants: [{ id: { communicationUserId: ALICE } }],
    });
    expect(() => emulator.control.joinRoomCall(later.id, ALICE)).toThrow(
      expect.objectContaining({ status: 403, code: '5829' }),
    );
  });
});

describe('participants', () => {
  it('adds an ACS user: 202 with participant and invitationId, then AddParticipantSucceeded and ParticipantsUpdated', async () => {
    const started = await setup();
    const { sink } = started;
    const { callConnection } = await connectToNewRoom(started, sink.callbackUri, {
      participants: [ALICE, BOB],
    });
    const { emulator } = started;
    emulator.control.leaveRoomCall((await emulator.control.rooms())[0]?.id as string, BOB);
    const result = await callConnection.addParticipant(
      { targetParticipant: { communicationUserId: BOB } },
      { operationContext: 'add-bob' },
    );
    expect(result).toMatchObject({
      operationContext: 'add-bob',
      participant: { identifier: { communicationUserId: BOB } },
    });
    expect(result.invitationId).toMatch(/^[0-9a-f-]{36}$/);
    const succeeded = await sink.waitForEvent('AddParticipantSucceeded');
    expect(succeeded.data).toMatchObject({
      operationContext: 'add-bob',
      participant: { rawId: BOB, kind: 'communicationUser' },
    });
    const after = sink.events.slice(sink.events.indexOf(succeeded));
    await sink.waitForEvents(
      (events) => events.indexOf(succeeded) < events.length - 1,
      'ParticipantsUpdated after the add',
    );
    expect(sink.events[sink.events.indexOf(succeeded) + 1]?.name).toBe('ParticipantsUpdated');
    expect(after[0]?.name).toBe('AddParticipantSucceeded');
  });

  it('fails to add an ACS user who is not on the room roster with AddParticipantFailed 403/5828', async () => {
    const started = await setup();
    const { callConnection } = await connectToNewRoom(started, started.sink.callbackUri, {
      participants: [ALICE],
    });
    await callConnection.addParticipant(
      { targetParticipant: { communicationUserId: BOB } },
      { operationContext: 'no-roster' },
    );
    const failed = await started.sink.waitForEvent('AddParticipantFailed');
    expect(failed.data).toMatchObject({
      operationContext: 'no-roster',
      resultInformation: { code: 403, subCode: 5828 },
    });
  });

  it('dials out to a phone number when the room allows it and a caller id is given', async () => {
    const started = await setup();
    const { callConnection } = await connectToNewRoom(started, started.sink.callbackUri, {
      participants: [ALICE],
      pstnDialOutEnabled: true,
    });
    const result = await callConnection.addParticipant(
      { targetParticipant: { phoneNumber: '+14255550123' }, sourceCallIdNumber: CALLER_ID },
      { operationContext: 'dial' },
    );
    expect(result.participant?.identifier).toEqual({ phoneNumber: '+14255550123', rawId: '4:+14255550123' });
    const succeeded = await started.sink.waitForEvent('AddParticipantSucceeded');
    expect(succeeded.data.participant).toEqual({
      rawId: '4:+14255550123',
      kind: 'phoneNumber',
      phoneNumber: { value: '+14255550123' },
    });
    const participant = await callConnection.getParticipant({ phoneNumber: '+14255550123' });
    expect(participant.isMuted).toBe(false);
  });

  it.each([
    ['+14255550486', 486, 560486],
    ['+14255550603', 603, 560603],
    ['+14255550404', 404, 560404],
    ['+14255550480', 480, 560480],
  ])(
    'reports the documented outcome of test number %s as AddParticipantFailed %i/%i',
    async (number, code, subCode) => {
      const started = await setup();
      const { callConnection } = await connectToNewRoom(started, started.sink.callbackUri, {
        pstnDialOutEnabled: true,
      });
      await callConnection.addParticipant(
        { targetParticipant: { phoneNumber: number }, sourceCallIdNumber: CALLER_ID },
        { operationContext: 'outcome', invitationTimeoutInSeconds: 1 },
      );
      const failed = await started.sink.waitForEvent('AddParticipantFailed');
      expect(failed.data).toMatchObject({
        operationContext: 'outcome',
        resultInformation: { code, subCode },
      });
    },
  );

  it('lets the control API decide any number’s outcome', async () => {
    const started = await setup();
    started.emulator.control.setInviteOutcome('+14255550111', 'decline');
    const { callConnection } = await connectToNewRoom(started, started.sink.callbackUri, {
      pstnDialOutEnabled: true,
    });
    await callConnection.addParticipant({
      targetParticipant: { phoneNumber: '+14255550111' },
      sourceCallIdNumber: CALLER_ID,
    });
    const failed = await started.sink.waitForEvent('AddParticipantFailed');
    expect(failed.data.resultInformation).toMatchObject({ code: 603, subCode: 560603 });
  });

  it('refuses PSTN dial-out with 403 when the room does not enable it', async () => {
    const started = await setup();
    const { callConnection } = await connectToNewRoom(started, started.sink.callbackUri);
    const error = await rejection(
      callConnection.addParticipant({
        targetParticipant: { phoneNumber: '+14255550123' },
        sourceCallIdNumber: CALLER_ID,
      }),
    );
    expect(error.statusCode).toBe(403);
  });

  it('refuses PSTN dial-out with 403 without a sourceCallerIdNumber', async () => {
    const started = await setup();
    const { callConnection } = await connectToNewRoom(started, started.sink.callbackUri, {
      pstnDialOutEnabled: true,
    });
    const error = await rejection(
      callConnection.addParticipant({ targetParticipant: { phoneNumber: '+14255550123' } }),
    );
    expect(error.statusCode).toBe(403);
  });

  it('cancels a pending add: CancelAddParticipantSucceeded, then the add fails with 487/540487', async () => {
    const started = await setup();
    const { callConnection } = await connectToNewRoom(started, started.sink.callbackUri, {
      pstnDialOutEnabled: true,
    });
    const added = await callConnection.addParticipant(
      { targetParticipant: { phoneNumber: '+14255550480' }, sourceCallIdNumber: CALLER_ID },
      { operationContext: 'ringing' },
    );
    const canceled = await callConnection.cancelAddParticipantOperation(added.invitationId as string, {
      operationContext: 'cancel',
    });
    expect(canceled).toMatchObject({ invitationId: added.invitationId, operationContext: 'cancel' });
    const failed = await started.sink.waitForEvent('AddParticipantFailed');
    const succeeded = started.sink.events.find((e) => e.name === 'CancelAddParticipantSucceeded');
    expect(succeeded?.data).toMatchObject({ invitationId: added.invitationId, operationContext: 'cancel' });
    expect(started.sink.events.indexOf(succeeded as never)).toBeLessThan(started.sink.events.indexOf(failed));
    expect(failed.data).toMatchObject({
      operationContext: 'ringing',
      resultInformation: { code: 487, subCode: 540487 },
    });
  });

  it('removes a participant: RemoveParticipantSucceeded then ParticipantsUpdated without them', async () => {
    const started = await setup();
    const { callConnection } = await connectToNewRoom(started, started.sink.callbackUri, {
      participants: [ALICE, BOB],
    });
    const result = await callConnection.removeParticipant(
      { communicationUserId: BOB },
      { operationContext: 'rm' },
    );
    expect(result.operationContext).toBe('rm');
    const removed = await started.sink.waitForEvent('RemoveParticipantSucceeded');
    expect(removed.data).toMatchObject({ operationContext: 'rm', participant: { rawId: BOB } });
    const update = await started.sink.waitForEvent(
      'ParticipantsUpdated',
      (e) => (e.data.sequenceNumber as number) > 1,
    );
    const rawIds = (update.data.participants as { identifier: { rawId: string } }[]).map(
      (p) => p.identifier.rawId,
    );
    expect(rawIds).not.toContain(BOB);
  });

  it('answers 404 when removing, muting or getting someone who is not in the call', async () => {
    const started = await setup();
    const { callConnection } = await connectToNewRoom(started, started.sink.callbackUri, {
      participants: [ALICE],
    });
    expect((await rejection(callConnection.removeParticipant({ communicationUserId: BOB }))).statusCode).toBe(
      404,
    );
    expect((await rejection(callConnection.muteParticipant({ communicationUserId: BOB }))).statusCode).toBe(
      404,
    );
    expect((await rejection(callConnection.getParticipant({ communicationUserId: BOB }))).statusCode).toBe(
      404,
    );
  });

  it('mutes a participant: 200 {}, then ParticipantsUpdated with isMuted', async () => {
    const started = await setup();
    const { callConnection } = await connectToNewRoom(started, started.sink.callbackUri, {
      participants: [ALICE],
    });
    await callConnection.muteParticipant({ communicationUserId: ALICE });
    const update = await started.sink.waitForEvent('ParticipantsUpdated', (e) =>
      (e.data.participants as { identifier: { rawId: string }; isMuted: boolean }[]).some(
        (p) => p.identifier.rawId === ALICE && p.isMuted,
      ),
    );
    expect(update.data.sequenceNumber).toBe(2);
    expect((await callConnection.getParticipant({ communicationUserId: ALICE })).isMuted).toBe(true);
  });

  it('lists call participants across pages', async () => {
    const started = await setup({ pageSize: 2 });
    const { callConnection } = await connectToNewRoom(started, started.sink.callbackUri, {
      participants: [ALICE, BOB, '8:acs:calls-test_carol'],
    });
    const listed = await callConnection.listParticipants();
    expect(listed.values).toHaveLength(4);
  });

  it('moves a participant from another call connection: MoveParticipantSucceeded', async () => {
    const started = await setup();
    const first = await connectToNewRoom(started, started.sink.callbackUri, { participants: [ALICE] });
    const second = await connectToNewRoom(started, started.sink.callbackUri, { participants: [BOB] });
    const moved = await second.callConnection.moveParticipants(
      [{ communicationUserId: ALICE }],
      first.callConnectionId,
      {
        operationContext: 'move',
      },
    );
    expect(moved.fromCall).toBe(first.callConnectionId);
    const event = await started.sink.waitForEvent('MoveParticipantSucceeded');
    expect(event.data).toMatchObject({ fromCall: first.callConnectionId, participant: { rawId: ALICE } });
  });

  it('transfers a two-party call: CallTransferAccepted, then the app leg is disconnected', async () => {
    const { calls, sink } = await setup();
    const created = await calls.createCall(
      { targetParticipant: { communicationUserId: BOB } },
      sink.callbackUri,
    );
    await sink.waitForEvent('CallConnected');
    const result = await created.callConnection.transferCallToParticipant(
      { communicationUserId: ALICE },
      { operationContext: 'xfer' },
    );
    expect(result.operationContext).toBe('xfer');
    const accepted = await sink.waitForEvent('CallTransferAccepted');
    expect(accepted.data).toMatchObject({ transferTarget: { rawId: ALICE }, transferee: { rawId: BOB } });
    await sink.waitForEvent('CallDisconnected');
  });
});

describe('hanging up', () => {
  /** Two Call Automation connections to one room call (ALICE keeps it alive), both connected. */
  async function twoConnections() {
    const started = await setup();
    const first = await connectToNewRoom(started, started.sink.callbackUri, { participants: [ALICE] });
    const second = await started.calls.connectCall(
      { kind: 'roomCallLocator', id: first.roomId },
      started.sink.callbackUri,
    );
    const secondId = second.callConnectionProperties.callConnectionId as string;
    await started.sink.waitForEvent('CallConnected', (e) => e.data.callConnectionId === secondId);
    return { started, first, second };
  }

  it('hangUp(false) removes only this connection; the room call goes on for the other leg', async () => {
    const { started, first, second } = await twoConnections();
    await first.callConnection.hangUp(false);
    const disconnected = await started.sink.waitForEvent('CallDisconnected');
    expect(disconnected.data).toMatchObject({
      callConnectionId: first.callConnectionId,
      resultInformation: { subCode: 7000 },
    });
    expect((await second.callConnection.getCallConnectionProperties()).callConnectionState).toBe('connected');
    expect((await rejection(first.callConnection.getCallConnectionProperties())).statusCode).toBe(404);
  });

  it('hangUp(true) ends the call for everyone: 7000 to this leg, 5001 to the others, then 404 8522', async () => {
    const { started, first, second } = await twoConnections();
    await first.callConnection.hangUp(true);
    const [a, b] = await started.sink.waitForCount(2, (e) => e.name === 'CallDisconnected');
    const bySubCode = Object.fromEntries(
      [a, b].map((e) => [
        (e?.data.resultInformation as { subCode: number } | undefined)?.subCode,
        e?.data.callConnectionId,
      ]),
    );
    expect(bySubCode).toEqual({
      7000: first.callConnectionId,
      5001: second.callConnectionProperties.callConnectionId,
    });
    const error = await rejection(second.callConnection.getCallConnectionProperties());
    expect(error.statusCode).toBe(404);
    expect(error.details).toEqual({ error: { code: '8522', message: 'Call not found.' } });
    expect(started.emulator.control.call(first.serverCallId).state).toBe('ended');
  });
});
