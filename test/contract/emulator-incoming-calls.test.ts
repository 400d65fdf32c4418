import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EmulatorOptions } from '../../emulator/src/index.ts';
import { waitFor } from '../helpers/async.ts';
import { useDisposers } from '../helpers/disposers.ts';
import { rejection, type StartedEmulator, startEmulatorWithSink } from '../helpers/emulator.ts';

const disposers = useDisposers();
const CUSTOMER = '+14255550123';
const SUPPORT_LINE = '+18005550100';
const AGENT = '8:acs:incoming-test_agent';

interface GridEvent {
  eventType: string;
  subject: string;
  data: Record<string, unknown>;
}

/** An Event Grid webhook: answers the validation handshake and records the events delivered. */
async function startWebhook(): Promise<{ url: string; events: GridEvent[] }> {
  const events: GridEvent[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const batch = JSON.parse(Buffer.concat(chunks).toString('utf8')) as GridEvent[];
      const validation = batch.find((e) => e.eventType === 'Microsoft.EventGrid.SubscriptionValidationEvent');
      if (validation) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ validationResponse: validation.data.validationCode }));
        return;
      }
      events.push(...batch);
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  disposers.add(() => new Promise((resolve) => server.close(resolve)));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/eventgrid`, events };
}

async function setup(options: EmulatorOptions = {}) {
  const started = await startEmulatorWithSink(disposers, options);
  const webhook = await startWebhook();
  await started.emulator.control.subscribeEventGrid(webhook.url);
  return { ...started, webhook };
}

async function ring(started: StartedEmulator, from = CUSTOMER, to = SUPPORT_LINE) {
  const { status, body } = await started.controlFetch('POST', '/emulator/incoming-calls', {
    from,
    to,
    callerDisplayName: 'Customer',
  });
  expect(status).toBe(200);
  return body as { incomingCallContext: string; serverCallId: string; correlationId: string };
}

describe('incoming calls', () => {
  it('delivers an Event Grid IncomingCall with the fields of the SDK models and answers the context it made', async () => {
    const started = await setup();
    const incoming = await ring(started);
    expect(incoming.incomingCallContext).toMatch(/^eyJhbGciOiJub25lIi/);
    await waitFor(() => started.webhook.events.length === 1, { what: 'the IncomingCall delivery' });
    const [event] = started.webhook.events;
    expect(event?.eventType).toBe('Microsoft.Communication.IncomingCall');
    expect(event?.subject).toBe(`/caller/4:${CUSTOMER}/recipient/4:${SUPPORT_LINE}`);
    expect(event?.data).toEqual({
      from: { kind: 'phoneNumber', rawId: `4:${CUSTOMER}`, phoneNumber: { value: CUSTOMER } },
      to: { kind: 'phoneNumber', rawId: `4:${SUPPORT_LINE}`, phoneNumber: { value: SUPPORT_LINE } },
      callerDisplayName: 'Customer',
      incomingCallContext: incoming.incomingCallContext,
      serverCallId: incoming.serverCallId,
      correlationId: incoming.correlationId,
    });
  });

  it('answerCall answers 200 connecting, then CallConnected on the callback URI with the caller in the call', async () => {
    const started = await setup();
    const incoming = await ring(started);
    const answered = await started.calls.answerCall(incoming.incomingCallContext, started.sink.callbackUri, {
      operationContext: 'answer-1',
    });
    expect(answered.callConnectionProperties.callConnectionState).toBe('connecting');
    expect(answered.callConnectionProperties.serverCallId).toBe(incoming.serverCallId);
    const connected = await started.sink.waitForEvent('CallConnected');
    expect(connected.data).toMatchObject({
      operationContext: 'answer-1',
      callConnectionId: answered.callConnectionProperties.callConnectionId,
      serverCallId: incoming.serverCallId,
    });
    const participants = await answered.callConnection.listParticipants();
    expect(participants.values?.map((p) => p.identifier)).toContainEqual(
      expect.objectContaining({ phoneNumber: CUSTOMER }),
    );
    expect(started.emulator.control.incomingCalls()[0]?.state).toBe('answered');
  });

  it('refuses a second answer of the same context with 404 8522', async () => {
    const started = await setup();
    const incoming = await ring(started);
    await started.calls.answerCall(incoming.incomingCallContext, started.sink.callbackUri);
    const error = await rejection(
      started.calls.answerCall(incoming.incomingCallContext, started.sink.callbackUri),
    );
    expect(error.statusCode).toBe(404);
    expect(error.code).toBe('8522');
  });

  it('rejectCall answers 204 and ends the call; the context can no longer be answered', async () => {
    const started = await setup();
    const incoming = await ring(started);
    await started.calls.rejectCall(incoming.incomingCallContext, { callRejectReason: 'busy' });
    expect(started.emulator.control.call(incoming.serverCallId).state).toBe('ended');
    const error = await rejection(
      started.calls.answerCall(incoming.incomingCallContext, started.sink.callbackUri),
    );
    expect(error.statusCode).toBe(404);
  });

  it('redirectCall answers 204 and the target joins the call in the app’s place', async () => {
    const started = await setup();
    const incoming = await ring(started);
    await started.calls.redirectCall(incoming.incomingCallContext, {
      targetParticipant: { communicationUserId: AGENT },
    });
    await waitFor(
      () =>
        started.emulator.control
          .call(incoming.serverCallId)
          .participants.some((p) => p.identifier.rawId === AGENT),
      { what: 'the agent in the call' },
    );
    expect(started.emulator.control.incomingCalls()[0]?.state).toBe('redirected');
    expect(started.sink.events).toEqual([]);
  });

  it('expires an unanswered context after incomingCallRingMs: answering it then is 404', async () => {
    const started = await setup({ timing: { incomingCallRingMs: 30 } });
    const incoming = await ring(started);
    await waitFor(() => started.emulator.control.incomingCalls()[0]?.state === 'expired', {
      what: 'the expiry',
    });
    const error = await rejection(
      started.calls.answerCall(incoming.incomingCallContext, started.sink.callbackUri),
    );
    expect(error.statusCode).toBe(404);
  });

  it('refuses an incoming call from a party that is neither a number nor a raw id with 400', async () => {
    const started = await setup();
    const { status } = await started.controlFetch('POST', '/emulator/incoming-calls', {
      from: '4:12',
      to: SUPPORT_LINE,
    });
    expect(status).toBe(400);
  });
});

describe('calls made and moved by Call Automation', () => {
  it('createCall to a phone answers 201 connecting, then CallConnected when the number answers', async () => {
    const started = await setup();
    const created = await started.calls.createCall(
      { targetParticipant: { phoneNumber: CUSTOMER }, sourceCallIdNumber: { phoneNumber: SUPPORT_LINE } },
      started.sink.callbackUri,
      { operationContext: 'dial' },
    );
    expect(created.callConnectionProperties.callConnectionState).toBe('connecting');
    const connected = await started.sink.waitForEvent('CallConnected');
    expect(connected.data.operationContext).toBe('dial');
  });

  it('createCall to a busy test number ends in CreateCallFailed 486/560486', async () => {
    const started = await setup();
    await started.calls.createCall(
      {
        targetParticipant: { phoneNumber: '+14255550486' },
        sourceCallIdNumber: { phoneNumber: SUPPORT_LINE },
      },
      started.sink.callbackUri,
    );
    const failed = await started.sink.waitForEvent('CreateCallFailed');
    expect(failed.data.resultInformation).toMatchObject({ code: 486, subCode: 560486 });
  });

  it('createGroupCall rings every target and connects when the first answers', async () => {
    const started = await setup();
    const created = await started.calls.createGroupCall(
      [{ communicationUserId: AGENT }, { phoneNumber: CUSTOMER }],
      started.sink.callbackUri,
      { sourceCallIdNumber: { phoneNumber: SUPPORT_LINE } },
    );
    await started.sink.waitForEvent('CallConnected');
    await waitFor(
      () =>
        started.emulator.control.call(created.callConnectionProperties.callConnectionId ?? '').participants
          .length >= 3,
      { what: 'both targets in the call' },
    );
  });

  it('transferCallToParticipant to a busy number ends in CallTransferFailed 486/560486 and the app stays', async () => {
    const started = await setup();
    const incoming = await ring(started);
    const answered = await started.calls.answerCall(incoming.incomingCallContext, started.sink.callbackUri);
    await started.sink.waitForEvent('CallConnected');
    const result = await answered.callConnection.transferCallToParticipant(
      { phoneNumber: '+14255550486' },
      { operationContext: 'to-busy' },
    );
    expect(result.operationContext).toBe('to-busy');
    const failed = await started.sink.waitForEvent('CallTransferFailed');
    expect(failed.data).toMatchObject({
      operationContext: 'to-busy',
      resultInformation: { code: 486, subCode: 560486 },
    });
    const properties = await answered.callConnection.getCallConnectionProperties();
    expect(properties.callConnectionState).toBe('connected');
  });

  it('connectCall by serverCallLocator joins an answered call as a second leg', async () => {
    const started = await setup();
    const incoming = await ring(started);
    await started.calls.answerCall(incoming.incomingCallContext, started.sink.callbackUri);
    await started.sink.waitForEvent('CallConnected');
    const second = await started.calls.connectCall(
      { kind: 'serverCallLocator', id: incoming.serverCallId },
      started.sink.callbackUri,
      { operationContext: 'second-leg' },
    );
    expect(second.callConnectionProperties.serverCallId).toBe(incoming.serverCallId);
    await started.sink.waitForEvent('CallConnected', (e) => e.data.operationContext === 'second-leg');
  });
});

describe('answer fidelity', () => {
  it('answers with the fields the real service answered (recorded answerCall)', async () => {
    const recording = JSON.parse(
      readFileSync(
        join(
          import.meta.dirname,
          '../../../shared/fixtures/acs-recordings/call-automation/rest/call_media_client_live_tests/recording_trigger_dtmf_actions.json',
        ),
        'utf8',
      ),
    ) as { Entries: { RequestUri: string; RequestBody: unknown; ResponseBody: Record<string, unknown> }[] };
    const recorded = recording.Entries.find((e) => e.RequestUri.includes('callConnections:answer'));
    const started = await setup();
    const incoming = await ring(started);
    const response = await started.signedFetch(
      'POST',
      '/calling/callConnections:answer?api-version=2025-06-15',
      {
        ...(recorded?.RequestBody as object),
        incomingCallContext: incoming.incomingCallContext,
        callbackUri: started.sink.callbackUri,
      },
    );
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(Object.keys(recorded?.ResponseBody ?? {}).sort());
    expect(body.answeredFor).toEqual({ value: SUPPORT_LINE });
  });
});
