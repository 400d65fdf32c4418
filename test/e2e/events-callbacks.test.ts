import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EventStreamDocument } from '../gql/graphql.ts';
import { callbackEvent, issueCallToken, useCallbackSender } from '../helpers/callbacks.ts';
import { useDisposers } from '../helpers/disposers.ts';
import { startGatewayStack } from '../helpers/gateway.ts';

const disposers = useDisposers();

const sender = useCallbackSender();

const RECORDINGS = join(
  import.meta.dirname,
  '../../../shared/fixtures/acs-recordings/call-automation/events',
);
const RECORDED_FILES = readdirSync(RECORDINGS)
  .filter((name) => /\.(json|txt)$/.test(name))
  .sort();

/** Recorded event names the gateway does not map (2023's SendDtmfCompleted): UnknownCallEvent. */
const UNKNOWN_TO_GATEWAY = new Set(['SendDtmfCompleted']);

interface RecordedEvent {
  id: string;
  type: string;
  data: { callConnectionId?: string };
  subject?: string;
}

/**
 * The callback bodies of a recording, as the strings to POST: `.txt` lines verbatim; `.json` array elements
 * re-serialized. IncomingCall payloads (objects, not arrays; Event Grid delivers them elsewhere) are skipped.
 *
 * The `.json` recordings were sanitized upstream: every CloudEvent id is the literal "sanitized", and the
 * gateway rightly drops repeated ids per call. So their ids are replaced here by unique ones (in memory only;
 * the files are never edited). The `.txt` ids are real and unique, and those bodies are posted as recorded.
 */
function recordedBodies(file: string): { text: string; events: RecordedEvent[] }[] {
  const content = readFileSync(join(RECORDINGS, file), 'utf8');
  if (file.endsWith('.txt')) {
    return content
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => ({ text: line, events: JSON.parse(line) as unknown }))
      .filter((body): body is { text: string; events: RecordedEvent[] } => Array.isArray(body.events));
  }
  const documents = JSON.parse(content) as unknown[];
  return documents
    .filter((document): document is RecordedEvent[] => Array.isArray(document))
    .map((events, bodyIndex) => {
      const unique = events.map((event, index) => ({ ...event, id: `${file}#${bodyIndex}.${index}` }));
      return { text: JSON.stringify(unique), events: unique };
    });
}

function callConnectionIdOf(event: RecordedEvent): string {
  const id =
    event.data.callConnectionId ?? /^calling\/callConnections\/([^/]+)$/.exec(event.subject ?? '')?.[1];
  if (!id) throw new Error(`no call connection id in recorded event ${event.id}`);
  return id;
}

describe('POST /api/callbacks with every recorded ACS callback', () => {
  it('accepts every recorded callback, normalizes it to the GraphQL type named after its ACS event and delivers it to a subscriber of its call', async () => {
    const stack = await startGatewayStack(disposers, { redis: true, env: sender.gatewayEnv });
    // All recordings go through one gateway, in file order. A few calls appear in two recordings (a leftover
    // event of the previous test run), so what a call's subscriber expects is its events across all files.
    const recordings = RECORDED_FILES.map((file) => ({ file, bodies: recordedBodies(file) }));
    type Expected = { file: string; id: string; typename: string; acsType: string | null };
    const expectedByCall = new Map<string, Expected[]>();
    const fileOfId = new Map<string, string>();
    for (const { file, bodies } of recordings) {
      for (const event of bodies.flatMap((body) => body.events)) {
        const name = event.type.replace(/^Microsoft\.Communication\./, '');
        const unknown = UNKNOWN_TO_GATEWAY.has(name);
        const callConnectionId = callConnectionIdOf(event);
        const expected = {
          file,
          id: event.id,
          typename: unknown ? 'UnknownCallEvent' : name,
          acsType: unknown ? event.type : null,
        };
        expectedByCall.set(callConnectionId, [...(expectedByCall.get(callConnectionId) ?? []), expected]);
        fileOfId.set(event.id, file);
      }
    }
    expect(new Set([...expectedByCall.values()].flat().map((e) => e.file)).size).toBe(RECORDED_FILES.length);
    // Known to the gateway, as connectRoomCall makes them: callEvents refuses ids neither ACS nor the log knows,
    // and the receiver events without the callback token of their call.
    const callTokens = new Map<string, string>();
    for (const callConnectionId of expectedByCall.keys()) {
      await stack.eventLog.recordCall(callConnectionId, { roomId: null });
      callTokens.set(callConnectionId, await issueCallToken(stack.eventLog, callConnectionId));
    }
    const subscriptions = [...expectedByCall.keys()].map((callConnectionId) => ({
      callConnectionId,
      events: stack.subscribe(EventStreamDocument, { callConnectionId }),
    }));

    for (const { file, bodies } of recordings) {
      for (const body of bodies) {
        const callToken = callTokens.get(callConnectionIdOf(body.events[0] as RecordedEvent));
        const response = await sender.post(stack.url, body.text, { ...(callToken ? { callToken } : {}) });
        expect(response.status, `${file}: ${response.body}`).toBe(204);
      }
    }

    for (const { callConnectionId, events } of subscriptions) {
      const recorded = expectedByCall.get(callConnectionId) ?? [];
      // The stream completes after the call's CallDisconnected: a leftover event after it is stored, not streamed.
      const end = recorded.findIndex((e) => e.typename === 'CallDisconnected');
      const expected = end === -1 ? recorded : recorded.slice(0, end + 1);
      await events.waitForResults(expected.length);
      expect(events.results.every((r) => r.errors === undefined)).toBe(true);
      const received = events.results.map((r) => {
        const event = r.data?.callEvents;
        return {
          file: fileOfId.get(event?.id ?? '') ?? 'unexpected',
          id: event?.id,
          typename: event?.__typename,
          acsType: event?.__typename === 'UnknownCallEvent' ? event.acsType : null,
        };
      });
      expect(received, `call ${callConnectionId}`).toEqual(expected);
    }
    const unknownTypes = [...expectedByCall.values()].flat().filter((e) => e.acsType !== null);
    expect(new Set(unknownTypes.map((e) => e.acsType))).toEqual(
      new Set([...UNKNOWN_TO_GATEWAY].map((name) => `Microsoft.Communication.${name}`)),
    );
  });
});

describe('POST /api/callbacks refuses bad callbacks before anything reaches a subscriber', () => {
  /** A stack trusting a test JWKS, with a subscriber already listening to `callConnectionId`. */
  async function listeningStack(env: Record<string, string> = {}) {
    const stack = await startGatewayStack(disposers, { redis: true, env: { ...sender.gatewayEnv, ...env } });
    const callConnectionId = `call-${crypto.randomUUID()}`;
    await stack.eventLog.recordCall(callConnectionId, { roomId: null });
    const callToken = await issueCallToken(stack.eventLog, callConnectionId);
    const events = stack.subscribe(EventStreamDocument, { callConnectionId });
    /** Posts a valid event and checks that it is the first and only event the subscriber and the log got. */
    const expectOnlyValidEventDelivered = async () => {
      const valid = callbackEvent('CallConnected', callConnectionId);
      expect((await sender.post(stack.url, [valid], { callToken })).status).toBe(204);
      await events.waitForResults(1);
      expect(events.results.map((r) => r.data?.callEvents.id)).toEqual([valid.id]);
      expect((await stack.eventLog.readAfter(callConnectionId, null, 100)).map((e) => e.id)).toEqual([
        valid.id,
      ]);
    };
    return { sender, stack, callConnectionId, callToken, events, expectOnlyValidEventDelivered };
  }

  it('answers 401 to forged, expired, wrong-audience, wrong-issuer and missing tokens and stores none of their events', async () => {
    const { sender, stack, callConnectionId, callToken, expectOnlyValidEventDelivered } =
      await listeningStack();
    const attempts = [
      { mint: { forged: true } },
      { mint: { expiresInSeconds: -600 } },
      { mint: { audience: crypto.randomUUID() } },
      { mint: { issuer: 'https://attacker.example.com' } },
      { token: 'not-a-jwt' },
    ];
    for (const options of attempts) {
      const response = await sender.post(stack.url, [callbackEvent('CallConnected', callConnectionId)], {
        ...options,
        callToken,
      });
      expect(response.status, JSON.stringify(options)).toBe(401);
    }
    const unsigned = await fetch(`${stack.url}/api/callbacks?token=${callToken}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([callbackEvent('CallConnected', callConnectionId)]),
    });
    expect(unsigned.status).toBe(401);

    await expectOnlyValidEventDelivered();
  });

  it('answers 400 to malformed bodies and stores none of their events, not even the valid elements', async () => {
    const { sender, stack, callConnectionId, callToken, expectOnlyValidEventDelivered } =
      await listeningStack();
    const valid = () => callbackEvent('CallConnected', callConnectionId);
    const { id: _dropped, ...withoutId } = valid();
    const malformed = [
      '[{"id":',
      'not json at all',
      JSON.stringify(valid()),
      '[]',
      JSON.stringify([valid(), withoutId]),
      JSON.stringify([valid(), { ...valid(), data: 'not an object' }]),
      JSON.stringify([{ ...valid(), data: {}, subject: 'nowhere', source: 'nowhere' }]),
    ];
    for (const body of malformed) {
      const response = await sender.post(stack.url, body, { callToken });
      expect(response.status, body.slice(0, 80)).toBe(400);
    }

    await expectOnlyValidEventDelivered();
  });

  it('answers 413 to a body over CALLBACK_MAX_BODY_BYTES and stores none of its events', async () => {
    const maxBodyBytes = 64 * 1024;
    const { sender, stack, callConnectionId, callToken, expectOnlyValidEventDelivered } =
      await listeningStack({
        CALLBACK_MAX_BODY_BYTES: String(maxBodyBytes),
      });
    const oversized = Array.from({ length: 200 }, () =>
      callbackEvent('CallConnected', callConnectionId, { padding: 'x'.repeat(1024) }),
    );
    expect(Buffer.byteLength(JSON.stringify(oversized))).toBeGreaterThan(maxBodyBytes);

    expect((await sender.post(stack.url, oversized, { callToken })).status).toBe(413);
    // Without Content-Length (chunked), the limit is enforced while reading.
    const chunked = await fetch(`${stack.url}/api/callbacks?token=${callToken}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await sender.jwks.mint()}` },
      body: new Blob([JSON.stringify(oversized)]).stream(),
      duplex: 'half',
    } as RequestInit);
    expect(chunked.status).toBe(413);

    await expectOnlyValidEventDelivered();
  });
});
