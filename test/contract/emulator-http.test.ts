import { randomUUID } from 'node:crypto';
import type { RestError } from '@azure/core-rest-pipeline';
import { describe, expect, it } from 'vitest';
import type { EmulatorOptions } from '../../emulator/src/index.ts';
import type { CallbackSink } from '../helpers/callback-sink.ts';
import { useDisposers } from '../helpers/disposers.ts';
import { connectToNewRoom, type StartedEmulator, startEmulatorWithSink } from '../helpers/emulator.ts';

const disposers = useDisposers();
const ALICE = '8:acs:http-test_alice';

async function setup(options: EmulatorOptions = {}): Promise<StartedEmulator & { sink: CallbackSink }> {
  return startEmulatorWithSink(disposers, options);
}

describe('authentication and bad input', () => {
  it('answers 401 with a CommunicationError when the HMAC signature is wrong or missing', async () => {
    const { signedFetch, emulator } = await setup();
    const wrong = await signedFetch('GET', '/rooms?api-version=2025-03-13', undefined, {
      accessKey: Buffer.from('not the key').toString('base64'),
    });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ error: { code: 'Unauthorized' } });
    expect((await fetch(`${emulator.url}/rooms?api-version=2025-03-13`)).status).toBe(401);
  });

  it('answers 401 when the body does not match x-ms-content-sha256', async () => {
    const { emulator } = await setup();
    const response = await fetch(`${emulator.url}/rooms`, {
      method: 'POST',
      headers: {
        'x-ms-date': new Date().toUTCString(),
        'x-ms-content-sha256': '47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=',
        authorization: 'HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=AAAA',
      },
      body: '{}',
    });
    expect(response.status).toBe(401);
  });

  it('answers 400 to malformed JSON', async () => {
    const { signedFetch } = await setup();
    const response = await signedFetch(
      'POST',
      '/calling/callConnections:connect?api-version=2026-03-12',
      undefined,
      {
        rawBody: '{"callLocator":',
      },
    );
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 'BadRequest' } });
  });

  it('answers 400 when a required field is missing', async () => {
    const { signedFetch } = await setup();
    const response = await signedFetch('POST', '/calling/callConnections:connect?api-version=2026-03-12', {
      callLocator: { kind: 'roomCallLocator', roomId: '99000000000000001' },
    });
    expect(response.status).toBe(400);
  });

  it('answers 404 CommunicationError to an unknown route', async () => {
    const { signedFetch } = await setup();
    const response = await signedFetch('GET', '/calling/nothing-here?api-version=2026-03-12');
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: 'NotFound' } });
  });

  it('answers 404 8522 "Call not found." for an unknown call connection', async () => {
    const { calls } = await setup();
    const error = (await calls
      .getCallConnection(randomUUID())
      .getCallConnectionProperties()
      .catch((e: unknown) => e)) as RestError;
    expect(error.statusCode).toBe(404);
    expect(error.code).toBe('8522');
    expect(error.message).toBe('Call not found.');
  });

  it('answers 400 to an unknown DTMF tone', async () => {
    const started = await setup();
    const { callConnectionId } = await connectToNewRoom(started, started.sink.callbackUri, {
      participants: [ALICE],
    });
    const response = await started.signedFetch(
      'POST',
      `/calling/callConnections/${callConnectionId}:sendDtmfTones?api-version=2026-03-12`,
      { tones: ['one', 'eleven'], targetParticipant: { rawId: ALICE, communicationUser: { id: ALICE } } },
    );
    expect(response.status).toBe(400);
  });

  it('answers 413 to a body over the size limit', async () => {
    const { signedFetch } = await setup({ maxBodyBytes: 1024 });
    const response = await signedFetch('POST', '/rooms?api-version=2025-03-13', {
      participants: {},
      pad: 'x'.repeat(2048),
    });
    expect(response.status).toBe(413);
  });

  it('survives a burst of garbage requests and still answers a normal one', async () => {
    const { emulator, rooms, signedFetch } = await setup();
    const garbage = [
      fetch(`${emulator.url}/%E0%A4%A`, { method: 'POST', body: 'nonsense' }),
      fetch(`${emulator.url}/rooms/%ZZ`, { method: 'GET' }),
      signedFetch('POST', '/rooms?api-version=x', undefined, { rawBody: '[1,2,3]' }),
      signedFetch('POST', '/rooms?api-version=x', undefined, { rawBody: 'null' }),
      signedFetch('PATCH', '/rooms/1/participants', undefined, { rawBody: '{"participants":[]}' }),
      signedFetch('POST', '/calling/callConnections', { targets: 'everyone', callbackUri: 'not a url' }),
      signedFetch('POST', '/calling/callConnections:connect', {
        callLocator: 'room',
        callbackUri: 'http://x',
      }),
      signedFetch('POST', `/calling/callConnections/${randomUUID()}:play`, { playSources: [{}] }),
      signedFetch('POST', '/calling/recordings', { callLocator: { kind: 'roomCallLocator' } }),
      fetch(`${emulator.url}/emulator/faults/requests`, { method: 'POST', body: '{"status":"x"}' }),
    ];
    const statuses = (await Promise.all(garbage)).map((r) => r.status);
    expect(statuses.every((s) => s >= 400 && s < 500)).toBe(true);
    expect((await rooms.createRoom()).id).toMatch(/^\d+$/);
  });
});

describe('repeatability', () => {
  it('replays the first response for a repeated Repeatability-Request-ID', async () => {
    const { signedFetch, emulator } = await setup();
    const headers = {
      'repeatability-request-id': randomUUID(),
      'repeatability-first-sent': new Date().toUTCString(),
    };
    const first = await signedFetch(
      'POST',
      '/rooms?api-version=2025-03-13',
      { participants: {} },
      { headers },
    );
    const second = await signedFetch(
      'POST',
      '/rooms?api-version=2025-03-13',
      { participants: {} },
      { headers },
    );
    expect(second.status).toBe(201);
    expect(await second.json()).toEqual(await first.json());
    expect(emulator.control.rooms()).toHaveLength(1);
  });
});

describe('request fault injection', () => {
  it('fails the next N requests with 429 and Retry-After; the SDK retries and succeeds', async () => {
    const { emulator, rooms } = await setup();
    emulator.control.failNextRequests({ status: 429, count: 2, retryAfterSeconds: 0 });
    await expect(rooms.createRoom()).resolves.toMatchObject({ pstnDialOutEnabled: false });
    expect(emulator.control.faults().requests).toEqual([]);
  });

  it('surfaces 429 with its CommunicationError once N exceeds the SDK retries', async () => {
    const { emulator, rooms, signedFetch } = await setup();
    const raw = emulator.control.failNextRequests({ status: 429, count: 1, retryAfterSeconds: 0 });
    expect(raw.remaining).toBe(1);
    const response = await signedFetch('GET', '/rooms');
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('0');
    expect(await response.json()).toMatchObject({ error: { code: 'TooManyRequests' } });
    emulator.control.failNextRequests({ status: 429, count: 10, retryAfterSeconds: 0 });
    const error = (await rooms.createRoom().catch((e: unknown) => e)) as RestError;
    expect(error.statusCode).toBe(429);
  });
});

describe('callback delivery', () => {
  it('signs each callback with an RS256 JWT whose issuer and audience match the emulator', async () => {
    const started = await setup();
    await connectToNewRoom(started, started.sink.callbackUri);
    const [event] = await started.sink.waitForCount(1);
    expect(event?.claims).toMatchObject({ iss: started.emulator.issuer, aud: started.emulator.resourceId });
    expect((event?.claims.exp ?? 0) - (event?.claims.iat ?? 0)).toBe(300);
    expect(event?.time).toMatch(/\+00:00$/);
    expect(started.sink.rejected).toEqual([]);
  });

  it('serves the OpenID configuration and JWKS unauthenticated on the ACS paths', async () => {
    const { emulator } = await setup();
    const config = (await (await fetch(emulator.openIdConfigurationUrl)).json()) as Record<string, string>;
    expect(config).toMatchObject({ issuer: emulator.issuer, jwks_uri: emulator.jwksUrl });
    const jwks = (await (await fetch(emulator.jwksUrl)).json()) as { keys: { kid: string; kty: string }[] };
    expect(jwks.keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256' });
  });

  it('retries a callback answered 5xx with backoff until the sink accepts it', async () => {
    const started = await setup({ callbackRetry: { attempts: 5, baseDelayMs: 10 } });
    started.sink.failNext(2, 503);
    await connectToNewRoom(started, started.sink.callbackUri);
    await started.sink.waitForEvent('ParticipantsUpdated');
    const [first] = started.emulator.control.callbacks({ type: 'CallConnected' });
    expect(first?.attempts.map((a) => a.status)).toEqual([503, 503, 200]);
    expect(first?.status).toBe('delivered');
    expect(started.sink.events.map((e) => e.name)).toEqual(['CallConnected', 'ParticipantsUpdated']);
  });

  it('does not retry a callback answered with a 4xx other than 408/429', async () => {
    const started = await setup();
    started.sink.failNext(1, 400);
    await connectToNewRoom(started, started.sink.callbackUri);
    await started.sink.waitForEvent('ParticipantsUpdated');
    const [first] = started.emulator.control.callbacks({ type: 'CallConnected' });
    expect(first).toMatchObject({ status: 'failed', attempts: [{ status: 400 }] });
  });

  it('gives up after the configured number of attempts', async () => {
    const started = await setup({ callbackRetry: { attempts: 3, baseDelayMs: 5 } });
    started.sink.failNext(3, 500);
    await connectToNewRoom(started, started.sink.callbackUri);
    await started.sink.waitForEvent('ParticipantsUpdated');
    const [first] = started.emulator.control.callbacks({ type: 'CallConnected' });
    expect(first).toMatchObject({ status: 'failed' });
    expect(first?.attempts).toHaveLength(3);
  });
});

describe('callback fault injection', () => {
  it('duplicates the next callback (same CloudEvent id twice)', async () => {
    const started = await setup();
    started.emulator.control.injectCallbackFault({ kind: 'duplicate', count: 1, eventType: 'CallConnected' });
    await connectToNewRoom(started, started.sink.callbackUri);
    const events = await started.sink.waitForCount(3);
    expect(events.map((e) => e.name)).toEqual(['CallConnected', 'CallConnected', 'ParticipantsUpdated']);
    expect(events[0]?.id).toBe(events[1]?.id);
  });

  it('reorders a callback after the next one', async () => {
    const started = await setup();
    started.emulator.control.injectCallbackFault({ kind: 'reorder', count: 1 });
    await connectToNewRoom(started, started.sink.callbackUri);
    const events = await started.sink.waitForCount(2);
    expect(events.map((e) => e.name)).toEqual(['ParticipantsUpdated', 'CallConnected']);
  });

  it('delays a callback so that later ones overtake it', async () => {
    const started = await setup();
    started.emulator.control.injectCallbackFault({ kind: 'delay', delayMs: 150, eventType: 'CallConnected' });
    await connectToNewRoom(started, started.sink.callbackUri);
    const events = await started.sink.waitForCount(2);
    expect(events.map((e) => e.name)).toEqual(['ParticipantsUpdated', 'CallConnected']);
  });

  it('drops callbacks until the fault is cleared', async () => {
    const started = await setup();
    started.emulator.control.injectCallbackFault({ kind: 'drop', eventType: 'ParticipantsUpdated' });
    const { callConnection } = await connectToNewRoom(started, started.sink.callbackUri, {
      participants: [ALICE],
    });
    await started.sink.waitForEvent('CallConnected');
    await callConnection.muteParticipant({ communicationUserId: ALICE });
    await started.sink.waitForEvents(
      () =>
        started.emulator.control.callbacks({ type: 'ParticipantsUpdated', status: 'dropped' }).length === 2,
    );
    started.emulator.control.clearCallbackFaults();
    await callConnection.getCallMedia().hold({ communicationUserId: ALICE });
    const delivered = await started.sink.waitForEvent('ParticipantsUpdated');
    expect(delivered.data.sequenceNumber).toBe(3);
  });
});

describe('control API over HTTP', () => {
  it('joins and leaves a room call, and shows rooms and calls', async () => {
    const { rooms, controlFetch } = await setup();
    const room = await rooms.createRoom({ participants: [{ id: { communicationUserId: ALICE } }] });
    const joined = await controlFetch('POST', `/emulator/rooms/${room.id}/call/join`, { rawId: ALICE });
    expect(joined).toMatchObject({ status: 200, body: { roomId: room.id, state: 'active' } });
    const serverCallId = (joined.body as { serverCallId: string }).serverCallId;
    expect((await controlFetch('GET', '/emulator/rooms')).body).toMatchObject({
      value: [{ id: room.id, participants: [{ rawId: ALICE, role: 'Attendee' }] }],
    });
    expect((await controlFetch('GET', '/emulator/calls')).body).toMatchObject({ value: [{ serverCallId }] });
    expect((await controlFetch('GET', `/emulator/calls/${serverCallId}`)).body).toMatchObject({
      participants: [{ identifier: { rawId: ALICE } }],
    });
    expect(
      (await controlFetch('POST', `/emulator/rooms/${room.id}/call/leave`, { rawId: ALICE })).status,
    ).toBe(200);
    expect((await controlFetch('GET', `/emulator/calls/${serverCallId}`)).body).toMatchObject({
      state: 'ended',
    });
  });

  it('answers a refused join with 403 and the calling subcode', async () => {
    const { rooms, controlFetch } = await setup();
    const room = await rooms.createRoom();
    expect(
      await controlFetch('POST', `/emulator/rooms/${room.id}/call/join`, { rawId: ALICE }),
    ).toMatchObject({
      status: 403,
      body: { error: { code: '5828' } },
    });
  });

  it('presses DTMF as a participant', async () => {
    const started = await setup();
    const { callConnection, callConnectionId } = await connectToNewRoom(started, started.sink.callbackUri, {
      participants: [ALICE],
    });
    await callConnection.getCallMedia().startContinuousDtmfRecognition({ communicationUserId: ALICE });
    const pressed = await started.controlFetch('POST', `/emulator/calls/${callConnectionId}/dtmf`, {
      rawId: ALICE,
      tones: ['three'],
    });
    expect(pressed.status).toBe(200);
    expect((await started.sink.waitForEvent('ContinuousDtmfRecognitionToneReceived')).data.tone).toBe(
      'three',
    );
    expect(
      (
        await started.controlFetch('POST', `/emulator/calls/${callConnectionId}/dtmf`, {
          rawId: ALICE,
          tones: ['x'],
        })
      ).status,
    ).toBe(400);
  });

  it('sets, lists and clears invite outcomes', async () => {
    const { controlFetch } = await setup();
    expect(
      (await controlFetch('PUT', '/emulator/invite-outcomes/+14255550111', { outcome: 'busy' })).status,
    ).toBe(200);
    expect((await controlFetch('GET', '/emulator/invite-outcomes')).body).toEqual({
      '4:+14255550111': 'busy',
    });
    expect((await controlFetch('PUT', '/emulator/invite-outcomes/+1', { outcome: 'maybe' })).status).toBe(
      400,
    );
    expect((await controlFetch('DELETE', '/emulator/invite-outcomes/+14255550111')).status).toBe(200);
    expect((await controlFetch('DELETE', '/emulator/invite-outcomes')).status).toBe(200);
    expect((await controlFetch('GET', '/emulator/invite-outcomes')).body).toEqual({});
  });

  it('lists callbacks with their attempts and tells when they are settled', async () => {
    const started = await setup();
    const { callConnectionId } = await connectToNewRoom(started, started.sink.callbackUri);
    await started.sink.waitForCount(2);
    const listed = await started.controlFetch(
      'GET',
      `/emulator/callbacks?callConnectionId=${callConnectionId}&type=CallConnected`,
    );
    expect(listed.body).toMatchObject({
      settled: true,
      value: [
        {
          status: 'delivered',
          attempts: [{ status: 200 }],
          event: { type: 'Microsoft.Communication.CallConnected' },
        },
      ],
    });
  });

  it('injects, lists and clears callback and request faults', async () => {
    const { controlFetch, rooms } = await setup();
    expect(
      (await controlFetch('POST', '/emulator/faults/callbacks', { kind: 'drop', count: 2 })).status,
    ).toBe(200);
    expect(
      (
        await controlFetch('POST', '/emulator/faults/requests', {
          status: 503,
          count: 1,
          retryAfterSeconds: 0,
        })
      ).status,
    ).toBe(200);
    expect((await controlFetch('GET', '/emulator/faults')).body).toMatchObject({
      callbacks: [{ kind: 'drop', remaining: 2 }],
      requests: [{ status: 503, remaining: 1 }],
    });
    expect((await controlFetch('DELETE', '/emulator/faults/callbacks')).status).toBe(200);
    expect((await controlFetch('DELETE', '/emulator/faults/requests')).status).toBe(200);
    expect((await controlFetch('GET', '/emulator/faults')).body).toEqual({ callbacks: [], requests: [] });
    expect((await controlFetch('POST', '/emulator/faults/callbacks', { kind: 'explode' })).status).toBe(400);
    await rooms.createRoom();
  });

  it('shows the whole state and resets it', async () => {
    const { controlFetch, rooms } = await setup();
    await rooms.createRoom();
    const state = (await controlFetch('GET', '/emulator/state')).body as { rooms: unknown[] };
    expect(state.rooms).toHaveLength(1);
    expect((await controlFetch('POST', '/emulator/reset')).status).toBe(200);
    expect(((await controlFetch('GET', '/emulator/state')).body as { rooms: unknown[] }).rooms).toEqual([]);
  });
});

describe('lifecycle', () => {
  it('runs several emulators in one process with distinct ports and keys', async () => {
    const a = await setup();
    const b = await setup();
    expect(a.emulator.url).not.toBe(b.emulator.url);
    await a.rooms.createRoom();
    expect(b.emulator.control.rooms()).toEqual([]);
    const keysA = (await (await fetch(a.emulator.jwksUrl)).json()) as { keys: { kid: string }[] };
    const keysB = (await (await fetch(b.emulator.jwksUrl)).json()) as { keys: { kid: string }[] };
    expect(keysA.keys[0]?.kid).not.toBe(keysB.keys[0]?.kid);
  });

  it('stops with callbacks still in flight and pending timers, leaving nothing behind', async () => {
    const started = await setup({ callbackRetry: { attempts: 5, baseDelayMs: 10_000 } });
    started.sink.failNext(1, 503);
    const { callConnection } = await connectToNewRoom(started, started.sink.callbackUri);
    await callConnection
      .getCallMedia()
      .playToAll([{ kind: 'fileSource', url: 'https://example.com/bye.wav' }], {
        loop: true,
      });
    await started.emulator.stop();
    await expect(fetch(started.emulator.url)).rejects.toThrow();
  });
});
