import { describe, expect, it } from 'vitest';
import { createCallbackCapabilities } from '../../src/events/callback-capability.ts';
import { createMemoryCallEventLog } from '../../src/events/memory-log.ts';

/** Two replicas' capabilities over one log (as two gateways over one Redis), on a clock the test moves. */
function replicas(graceSeconds = 120) {
  const clock = { now: 1_800_000_000_000 };
  const log = createMemoryCallEventLog({ maxEventsPerCall: 100, ttlSeconds: 86_400, now: () => clock.now });
  const replica = () =>
    createCallbackCapabilities({
      log,
      graceSeconds,
      callbackUrl: () => 'https://gateway.example.com/api/callbacks?secret=s',
      transcriptionTransportUrl: () => 'wss://gateway.example.com/api/media/transcription',
      now: () => clock.now,
    });
  return { clock, a: replica(), b: replica() };
}

const call = (callConnectionId: string, more: { serverCallIds?: string[]; ending?: boolean } = {}) => ({
  callConnectionId,
  ...more,
});

describe('a callback capability', () => {
  it('is carried by the callback URI and the transcription transport URL, next to the secret', async () => {
    const { a } = replicas();
    const issued = await a.issue();
    expect(new URL(issued.callbackUrl).searchParams.get('token')).toBe(issued.token);
    expect(new URL(issued.callbackUrl).searchParams.get('secret')).toBe('s');
    expect(new URL(issued.transcriptionTransportUrl).searchParams.get('token')).toBe(issued.token);
  });

  it('admits the events of the call it was bound to on any replica, and no other call’s', async () => {
    const { a, b } = replicas();
    const { token } = await a.issue();
    expect(await a.bind(token, { callConnectionId: 'call-1', serverCallId: 'server-1' })).toBe(true);
    expect(await b.admit(token, call('call-1', { serverCallIds: ['server-1'] }))).toEqual({ admitted: true });
    expect(await b.admit(token, call('call-2'))).toMatchObject({ admitted: false });
    expect(await b.admit(token, call('call-1', { serverCallIds: ['server-2'] }))).toMatchObject({
      admitted: false,
    });
  });

  it('is bound by the first event when ACS posts CallConnected before answering the connect', async () => {
    const { a, b } = replicas();
    const { token } = await a.issue();
    expect(await b.admit(token, call('call-1'))).toEqual({ admitted: true });
    expect(await a.bind(token, { callConnectionId: 'call-1', serverCallId: null })).toBe(true);
    expect(await a.admit(token, call('call-2'))).toMatchObject({ admitted: false });
    expect(await a.bind(token, { callConnectionId: 'call-2', serverCallId: null })).toBe(false);
  });

  it('admits nothing with a token it never issued', async () => {
    const { a } = replicas();
    expect(await a.admit('A'.repeat(43), call('call-1'))).toMatchObject({ admitted: false });
    expect(await a.admit('short', call('call-1'))).toMatchObject({ admitted: false });
    expect(await a.admit(null, call('call-1'))).toMatchObject({ admitted: false });
  });

  it('admits the call’s final events within the grace period after CallDisconnected, on every replica', async () => {
    const { clock, a, b } = replicas(120);
    const { token } = await a.issue();
    await a.bind(token, { callConnectionId: 'call-1', serverCallId: null });
    expect(await b.admit(token, call('call-1'))).toEqual({ admitted: true });
    expect(await a.admit(token, call('call-1', { ending: true }))).toEqual({ admitted: true });
    clock.now += 119_000;
    expect(await b.admit(token, call('call-1'))).toEqual({ admitted: true });
  });

  it('admits nothing once the grace period after CallDisconnected is over, on every replica', async () => {
    const { clock, a, b } = replicas(120);
    const { token } = await a.issue();
    await a.bind(token, { callConnectionId: 'call-1', serverCallId: null });
    expect(await b.admit(token, call('call-1'))).toEqual({ admitted: true });
    expect(await a.admit(token, call('call-1', { ending: true }))).toEqual({ admitted: true });
    clock.now += 121_000;
    expect(await a.admit(token, call('call-1'))).toMatchObject({ admitted: false });
    expect(await b.admit(token, call('call-1'))).toMatchObject({ admitted: false });
  });

  it('is no longer bound by a first event once its connect has long failed', async () => {
    const { clock, a } = replicas();
    const { token } = await a.issue();
    clock.now += 11 * 60_000;
    expect(await a.admit(token, call('call-1'))).toMatchObject({ admitted: false });
  });

  it('gives the call’s callback URI back for later requests (recording state events)', async () => {
    const { a, b } = replicas();
    const issued = await a.issue();
    await a.bind(issued.token, { callConnectionId: 'call-1', serverCallId: null });
    expect(await b.callbackUrlOf('call-1')).toBe(issued.callbackUrl);
    expect(await b.callbackUrlOf('call-2')).toBeNull();
  });
});
