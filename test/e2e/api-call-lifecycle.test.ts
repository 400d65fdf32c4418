import { describe, expect, it } from 'vitest';
import {
  AnswerCallDocument,
  CallEventsDocument,
  ConnectCallDocument,
  ConnectRoomCallDocument,
  CreateCallDocument,
  CreateRoomDocument,
  IncomingCallsDocument,
  type IncomingCallsSubscription,
  MoveParticipantsDocument,
  type ParticipantInput,
  RedirectCallDocument,
  RejectCallDocument,
  TransferCallToParticipantDocument,
} from '../gql/graphql.ts';
import { waitFor } from '../helpers/async.ts';
import { useDisposers } from '../helpers/disposers.ts';
import {
  expectTypename,
  type GatewayStack,
  startGatewayStack,
  type WsSubscription,
} from '../helpers/gateway.ts';
import { subscribeOverSse } from '../helpers/sse.ts';

const disposers = useDisposers();
const SECRET = 'incoming-calls-test-secret';
const AGENT = '8:acs:00000000-0000-4000-8000-000000000001_00000031-0000-0000-0000-000000000031';
const GUEST = '8:acs:00000000-0000-4000-8000-000000000001_00000032-0000-0000-0000-000000000032';
const CUSTOMER = '+14255550123';
const BUSY = '+14255550486';
const NO_ANSWER = '+14255550480';
const SUPPORT_LINE = '+18005550100';

/** A gateway on Redis whose Event Grid webhook is subscribed to the emulator; no-answer rings 60 ms. */
async function stackWithEventGrid(): Promise<GatewayStack> {
  const stack = await startGatewayStack(disposers, {
    redis: true,
    env: { EVENTGRID_SECRET: SECRET },
    emulator: { timing: { msPerRequestSecond: 1 } },
  });
  await stack.emulator.emulator.control.subscribeEventGrid(
    `${stack.url}/api/eventgrid?secret=${encodeURIComponent(SECRET)}`,
  );
  return stack;
}

/** The types of the events `callEvents` delivered so far, once `type` is among them. */
async function eventsUntil(stack: GatewayStack, callConnectionId: string, type: string) {
  const subscription = stack.subscribe(CallEventsDocument, { callConnectionId });
  const types = () => subscription.results.map((r) => r.data?.callEvents.__typename);
  await waitFor(() => (types() as (string | undefined)[]).includes(type), { what: `${type} on callEvents` });
  return subscription.results.map((r) => r.data?.callEvents);
}

async function createCall(stack: GatewayStack, targets: ParticipantInput[]) {
  const result = await stack.graphql(CreateCallDocument, {
    input: { targets, sourceCallerIdNumber: SUPPORT_LINE, operationContext: 'dial' },
  });
  return expectTypename(result.data?.createCall, 'CreateCallPayload');
}

/** A customer calls the support line: the IncomingCall the subscription delivers. */
async function ringSupportLine(
  stack: GatewayStack,
  subscriptions: WsSubscription<IncomingCallsSubscription>[],
) {
  const incoming = stack.emulator.emulator.control.ringIncomingCall(CUSTOMER, SUPPORT_LINE, 'Customer');
  for (const subscription of subscriptions) {
    await waitFor(
      () =>
        subscription.results.some(
          (r) => r.data?.incomingCalls.incomingCallContext === incoming.incomingCallContext,
        ),
      { what: 'the IncomingCall on the subscription' },
    );
  }
  return incoming;
}

describe('outbound calls (createCall)', () => {
  it('calls a phone that answers: CallConnected follows on callEvents, and the call is recorded outside any room', async () => {
    const stack = await stackWithEventGrid();
    const { call, operationContext } = await createCall(stack, [{ phoneNumber: CUSTOMER }]);
    expect(call.state).toBe('CONNECTING');
    expect(call.roomId).toBeNull();
    const events = await eventsUntil(stack, call.callConnectionId, 'CallConnected');
    expect(events.find((e) => e?.__typename === 'CallConnected')?.operationContext).toBe(operationContext);
  });

  it('calls a busy phone: CreateCallFailed 486/560486 follows', async () => {
    const stack = await stackWithEventGrid();
    const { call } = await createCall(stack, [{ phoneNumber: BUSY }]);
    const events = await eventsUntil(stack, call.callConnectionId, 'CreateCallFailed');
    expect(events.find((e) => e?.__typename === 'CreateCallFailed')?.resultInformation).toMatchObject({
      code: 486,
      subCode: 560486,
    });
  });

  it('calls a phone nobody answers: CreateCallFailed 480/560480 follows', async () => {
    const stack = await stackWithEventGrid();
    const { call } = await createCall(stack, [{ phoneNumber: NO_ANSWER }]);
    const events = await eventsUntil(stack, call.callConnectionId, 'CreateCallFailed');
    expect(events.find((e) => e?.__typename === 'CreateCallFailed')?.resultInformation).toMatchObject({
      code: 480,
      subCode: 560480,
    });
  });

  it('refuses a phone target without sourceCallerIdNumber as an InputError', async () => {
    const stack = await stackWithEventGrid();
    const result = await stack.graphql(CreateCallDocument, {
      input: { targets: [{ phoneNumber: CUSTOMER }] },
    });
    expect(expectTypename(result.data?.createCall, 'InputError').field).toBe('input.sourceCallerIdNumber');
  });
});

describe('incoming calls', () => {
  it('delivers an incoming call to two subscribers; one answers, the other sees it taken and cannot answer it', async () => {
    const stack = await stackWithEventGrid();
    const desk1 = stack.subscribe(IncomingCallsDocument, {});
    const desk2 = stack.subscribe(IncomingCallsDocument, { to: { phoneNumber: SUPPORT_LINE } });
    const incoming = await ringSupportLine(stack, [desk1, desk2]);
    const ring = desk2.results[0]?.data?.incomingCalls;
    expect(ring).toMatchObject({
      __typename: 'IncomingCall',
      from: { rawId: `4:${CUSTOMER}` },
      to: { rawId: `4:${SUPPORT_LINE}` },
      callerDisplayName: 'Customer',
      serverCallId: incoming.serverCallId,
      correlationId: incoming.correlationId,
    });

    const answered = await stack.graphql(AnswerCallDocument, {
      input: { incomingCallContext: incoming.incomingCallContext },
    });
    const { call } = expectTypename(answered.data?.answerCall, 'AnswerCallPayload');
    for (const desk of [desk1, desk2]) {
      await waitFor(
        () => desk.results.some((r) => r.data?.incomingCalls.__typename === 'IncomingCallAnswered'),
        {
          what: 'IncomingCallAnswered on both desks',
        },
      );
    }
    const taken = desk2.results.find((r) => r.data?.incomingCalls.__typename === 'IncomingCallAnswered');
    expect(taken?.data?.incomingCalls).toMatchObject({ callConnectionId: call.callConnectionId });
    await eventsUntil(stack, call.callConnectionId, 'CallConnected');

    const second = await stack.graphql(AnswerCallDocument, {
      input: { incomingCallContext: incoming.incomingCallContext },
    });
    const error = expectTypename(second.data?.answerCall, 'InputError');
    expect(error.field).toBe('input.incomingCallContext');
    expect(error.message).toMatch(/already answered/);
  });

  it('counts the incoming calls offered and answered in switchboard_incoming_calls_total', async () => {
    const stack = await stackWithEventGrid();
    const desk = stack.subscribe(IncomingCallsDocument, {});
    const incoming = await ringSupportLine(stack, [desk]);
    await stack.graphql(AnswerCallDocument, { input: { incomingCallContext: incoming.incomingCallContext } });
    const text = await (await fetch(`${stack.url}/metrics`)).text();
    expect(text).toMatch(/^switchboard_incoming_calls_total\{outcome="offered"\} 1$/m);
    expect(text).toMatch(/^switchboard_incoming_calls_total\{outcome="answered"\} 1$/m);
    expect(text).toMatch(/^switchboard_incoming_calls_total\{outcome="rejected"\} 0$/m);
  });

  it('delivers each incoming call once, and resumes after a cursor with only what came later', async () => {
    const stack = await stackWithEventGrid();
    const desk = stack.subscribe(IncomingCallsDocument, {});
    await ringSupportLine(stack, [desk]);
    const cursor = desk.results[0]?.data?.incomingCalls.cursor ?? '';
    desk.unsubscribe();
    const second = stack.emulator.emulator.control.ringIncomingCall(GUEST, SUPPORT_LINE);
    const resumed = stack.subscribe(IncomingCallsDocument, { after: cursor });
    await resumed.waitForResults(1);
    expect(resumed.results.map((r) => r.data?.incomingCalls.incomingCallContext)).toEqual([
      second.incomingCallContext,
    ]);
  });

  it('over SSE, sends each incoming call with its cursor as the event id and resumes from Last-Event-ID', async () => {
    const stack = await stackWithEventGrid();
    const { control } = stack.emulator.emulator;
    const first = control.ringIncomingCall(CUSTOMER, SUPPORT_LINE);
    const sse = subscribeOverSse<IncomingCallsSubscription>(stack.graphqlUrl, IncomingCallsDocument, {});
    disposers.add(() => sse.close());
    const [delivered] = await sse.waitForResults(1);
    expect(delivered?.data?.incomingCalls.incomingCallContext).toBe(first.incomingCallContext);
    expect(delivered?.lastEventId).toBe(delivered?.data?.incomingCalls.cursor);
    sse.close();
    const second = control.ringIncomingCall(GUEST, SUPPORT_LINE);
    const resumed = subscribeOverSse<IncomingCallsSubscription>(
      stack.graphqlUrl,
      IncomingCallsDocument,
      {},
      { lastEventId: delivered?.lastEventId ?? '' },
    );
    disposers.add(() => resumed.close());
    const [next] = await resumed.waitForResults(1);
    expect(next?.data?.incomingCalls.incomingCallContext).toBe(second.incomingCallContext);
  });

  it('rejectCall ends the call for ACS and for every subscriber (IncomingCallEnded REJECTED)', async () => {
    const stack = await stackWithEventGrid();
    const desk = stack.subscribe(IncomingCallsDocument, {});
    const incoming = await ringSupportLine(stack, [desk]);
    const result = await stack.graphql(RejectCallDocument, {
      input: { incomingCallContext: incoming.incomingCallContext, reason: 'BUSY' },
    });
    expectTypename(result.data?.rejectCall, 'RejectCallPayload');
    await waitFor(() => desk.results.some((r) => r.data?.incomingCalls.__typename === 'IncomingCallEnded'));
    expect(desk.results.at(-1)?.data?.incomingCalls).toMatchObject({ reason: 'REJECTED' });
    expect(stack.emulator.emulator.control.call(incoming.serverCallId).state).toBe('ended');
  });

  it('redirectCall sends the call to an agent, who joins it in the gateway’s place (IncomingCallEnded REDIRECTED)', async () => {
    const stack = await stackWithEventGrid();
    const desk = stack.subscribe(IncomingCallsDocument, {});
    const incoming = await ringSupportLine(stack, [desk]);
    const result = await stack.graphql(RedirectCallDocument, {
      input: { incomingCallContext: incoming.incomingCallContext, target: { communicationUserId: AGENT } },
    });
    expectTypename(result.data?.redirectCall, 'RedirectCallPayload');
    await waitFor(() => desk.results.some((r) => r.data?.incomingCalls.__typename === 'IncomingCallEnded'));
    expect(desk.results.at(-1)?.data?.incomingCalls).toMatchObject({ reason: 'REDIRECTED' });
    await waitFor(
      () =>
        stack.emulator.emulator.control
          .call(incoming.serverCallId)
          .participants.some((p) => p.identifier.rawId === AGENT),
      { what: 'the agent in the call' },
    );
  });

  it('refuses a context the gateway never received as an InputError, before ACS is called', async () => {
    const stack = await stackWithEventGrid();
    const { control } = stack.emulator.emulator;
    // A tripwire: any request to ACS would use this fault up.
    control.failNextRequests({ status: 500, count: 1 });
    const result = await stack.graphql(AnswerCallDocument, {
      input: { incomingCallContext: 'eyJhbGciOiJub25lIn0.e30.' },
    });
    expect(expectTypename(result.data?.answerCall, 'InputError').field).toBe('input.incomingCallContext');
    expect(control.faults().requests).toHaveLength(1);
  });
});

describe('transfer, move and connect', () => {
  it('transfers a call to a phone: CallTransferAccepted, then the gateway’s leg leaves (CallDisconnected)', async () => {
    const stack = await stackWithEventGrid();
    const { call } = await createCall(stack, [{ communicationUserId: AGENT }]);
    await eventsUntil(stack, call.callConnectionId, 'CallConnected');
    const result = await stack.graphql(TransferCallToParticipantDocument, {
      input: {
        callConnectionId: call.callConnectionId,
        target: { phoneNumber: CUSTOMER },
        sourceCallerIdNumber: SUPPORT_LINE,
        operationContext: 'hand-over',
      },
    });
    expectTypename(result.data?.transferCallToParticipant, 'TransferCallToParticipantPayload');
    const events = await eventsUntil(stack, call.callConnectionId, 'CallDisconnected');
    const types = events.map((e) => e?.__typename);
    expect(types.indexOf('CallTransferAccepted')).toBeGreaterThan(-1);
    expect(types.indexOf('CallTransferAccepted')).toBeLessThan(types.indexOf('CallDisconnected'));
    expect(events.find((e) => e?.__typename === 'CallTransferAccepted')?.operationContext).toBe('hand-over');
  });

  it('moves a participant from a second call into a room call: MoveParticipantSucceeded on the room call', async () => {
    const stack = await stackWithEventGrid();
    const created = await stack.graphql(CreateRoomDocument, {
      input: { participants: [{ communicationUserId: AGENT, role: 'PRESENTER' }] },
    });
    const roomId = expectTypename(created.data?.createRoom, 'CreateRoomPayload').room.id;
    const connected = await stack.graphql(ConnectRoomCallDocument, { input: { roomId } });
    const roomCall = expectTypename(connected.data?.connectRoomCall, 'ConnectRoomCallPayload').call;
    await eventsUntil(stack, roomCall.callConnectionId, 'CallConnected');
    const { call: side } = await createCall(stack, [{ communicationUserId: GUEST }]);
    await eventsUntil(stack, side.callConnectionId, 'CallConnected');

    const moved = await stack.graphql(MoveParticipantsDocument, {
      input: {
        callConnectionId: roomCall.callConnectionId,
        fromCallConnectionId: side.callConnectionId,
        participants: [{ communicationUserId: GUEST }],
      },
    });
    const payload = expectTypename(moved.data?.moveParticipants, 'MoveParticipantsPayload');
    expect(payload.fromCallConnectionId).toBe(side.callConnectionId);
    await eventsUntil(stack, roomCall.callConnectionId, 'MoveParticipantSucceeded');
    expect(
      stack.emulator.emulator.control
        .call(roomCall.callConnectionId)
        .participants.some((p) => p.identifier.rawId === GUEST),
    ).toBe(true);
  });

  it('connects to an answered call by its server call id as a second leg', async () => {
    const stack = await stackWithEventGrid();
    const desk = stack.subscribe(IncomingCallsDocument, {});
    const incoming = await ringSupportLine(stack, [desk]);
    const answered = await stack.graphql(AnswerCallDocument, {
      input: { incomingCallContext: incoming.incomingCallContext },
    });
    expectTypename(answered.data?.answerCall, 'AnswerCallPayload');
    const result = await stack.graphql(ConnectCallDocument, {
      input: { serverCallId: incoming.serverCallId, operationContext: 'second-leg' },
    });
    const { call } = expectTypename(result.data?.connectCall, 'ConnectCallPayload');
    expect(call.serverCallId).toBe(incoming.serverCallId);
    const events = await eventsUntil(stack, call.callConnectionId, 'CallConnected');
    expect(events.find((e) => e?.__typename === 'CallConnected')?.operationContext).toBe('second-leg');
  });

  it('refuses connectCall with two locators as an InputError', async () => {
    const stack = await stackWithEventGrid();
    const result = await stack.graphql(ConnectCallDocument, {
      input: { serverCallId: 'x', groupCallId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(expectTypename(result.data?.connectCall, 'InputError').field).toBe('input');
  });
});
