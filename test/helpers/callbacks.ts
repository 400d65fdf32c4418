import { randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { afterAll, beforeAll } from 'vitest';
import type { CloudEvent } from '../../emulator/src/callbacks.ts';
import { createCallbackCapabilities } from '../../src/events/callback-capability.ts';
import type { CallEventLog } from '../../src/events/log.ts';
import { type JwksServer, type MintOptions, startJwksServer } from './jwt.ts';

/**
 * A callback token for `callConnectionId`, issued and bound in `log` (the gateway's) as the gateway does when it
 * connects a call: what synthetic callbacks need to be admitted (`?token=`).
 */
export async function issueCallToken(log: CallEventLog, callConnectionId: string): Promise<string> {
  const capabilities = createCallbackCapabilities({
    log,
    graceSeconds: 60,
    callbackUrl: () => 'http://gateway.test/api/callbacks',
    transcriptionTransportUrl: () => 'ws://gateway.test/api/media/transcription',
  });
  const { token } = await capabilities.issue();
  await capabilities.bind(token, { callConnectionId, serverCallId: null });
  return token;
}

/** One CloudEvent 1.0 as ACS posts it in a callback body (acs.md §4.1): the emulator's own type. */
export type CloudEventBody = CloudEvent;

/**
 * A synthetic ACS callback event for `callConnectionId` (`name` without the `Microsoft.Communication.` prefix),
 * with the common `data` fields of acs.md §4.1 and a fresh CloudEvent id.
 */
export function callbackEvent(
  name: string,
  callConnectionId: string,
  data: Record<string, unknown> = {},
): CloudEventBody {
  const source = `calling/callConnections/${callConnectionId}`;
  const type = `Microsoft.Communication.${name}`;
  return {
    id: randomUUID(),
    source,
    type,
    data: {
      callConnectionId,
      serverCallId: 'aHR0cHM6Ly9hcGkuZXhhbXBsZS5jb20vY29udi90ZXN0',
      correlationId: '28bd7596-8e52-4795-8356-1377cfb3a07e',
      resultInformation: { code: 200, subCode: 0, message: '' },
      version: '2024-09-15',
      publicEventType: type,
      ...data,
    },
    time: new Date().toISOString(),
    specversion: '1.0',
    datacontenttype: 'application/json',
    subject: source,
  };
}

/** A ParticipantsUpdated event listing `participantCount` ACS users (a large event, for flooding). */
export function participantsUpdatedEvent(
  callConnectionId: string,
  sequenceNumber: number,
  participantCount: number,
): CloudEventBody {
  const participants = Array.from({ length: participantCount }, (_, index) => {
    const rawId = `8:acs:1b5c0000-0000-4000-8000-000000000000_0000002a-${String(index).padStart(4, '0')}-0000-0000-000000000000`;
    return {
      identifier: { rawId, kind: 'communicationUser', communicationUser: { id: rawId } },
      isMuted: index % 2 === 0,
      isOnHold: false,
    };
  });
  return callbackEvent('ParticipantsUpdated', callConnectionId, { participants, sequenceNumber });
}

export interface CallbackResponse {
  status: number;
  body: string;
}

export interface CallbackSender {
  /** The JWKS the gateway must trust (see `gatewayEnv`). */
  jwks: JwksServer;
  /**
   * Gateway environment that makes it trust `jwks` for callbacks (issuer, key set, audience). The emulator's
   * own callbacks are then refused: use it for stacks fed with synthetic callbacks only.
   */
  gatewayEnv: Record<string, string>;
  /**
   * POSTs `body` (a value, sent as JSON, or a string sent verbatim) to `<gatewayUrl>/api/callbacks` with a
   * Bearer token minted by `jwks` (`mint` options to get it wrong on purpose, `token` to send a given one) and
   * `?token=<callToken>` (see `issueCallToken`). With `eventLog` (the gateway's) instead of `callToken`, the
   * token of the body's first call is issued in it once and reused.
   */
  post(
    gatewayUrl: string,
    body: unknown,
    options?: {
      mint?: MintOptions;
      token?: string;
      callToken?: string;
      eventLog?: CallEventLog;
      headers?: Record<string, string>;
    },
  ): Promise<CallbackResponse>;
}

/**
 * Starts a JWKS server standing in for ACS's callback signing and returns a sender of signed callbacks.
 * Closed after the test through `disposers`.
 */
export async function startCallbackSender(disposers: {
  add(dispose: () => unknown): void;
}): Promise<CallbackSender> {
  const jwks = await startJwksServer();
  disposers.add(() => jwks.close());
  const callTokens = new WeakMap<CallEventLog, Map<string, Promise<string>>>();
  const callTokenIn = (log: CallEventLog, body: unknown) => {
    const first: unknown = Array.isArray(body) ? body[0] : undefined;
    const callConnectionId = String((first as CloudEventBody | undefined)?.data.callConnectionId);
    const tokens = callTokens.get(log) ?? new Map<string, Promise<string>>();
    callTokens.set(log, tokens);
    let token = tokens.get(callConnectionId);
    if (!token) {
      token = issueCallToken(log, callConnectionId);
      tokens.set(callConnectionId, token);
    }
    return token;
  };
  return {
    jwks,
    gatewayEnv: {
      ACS_CALLBACK_ISSUER: jwks.issuer,
      ACS_CALLBACK_JWKS_URL: jwks.jwksUrl,
      ACS_RESOURCE_ID: jwks.audience,
    },
    async post(gatewayUrl, body, options = {}) {
      const token = options.token ?? (await jwks.mint(options.mint));
      const text = typeof body === 'string' ? body : JSON.stringify(body);
      const callToken =
        options.callToken ?? (options.eventLog ? await callTokenIn(options.eventLog, body) : undefined);
      const query = callToken ? `?token=${encodeURIComponent(callToken)}` : '';
      return postRaw(`${gatewayUrl}/api/callbacks${query}`, text, {
        authorization: `Bearer ${token}`,
        ...options.headers,
      });
    },
  };
}

/**
 * A plain `node:http` POST that resolves with the response even when the server answers before reading the
 * whole body and closes the connection (a 413 does that).
 */
function postRaw(url: string, body: string, headers: Record<string, string>): Promise<CallbackResponse> {
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = request(
      url,
      {
        method: 'POST',
        agent: false,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...headers,
        },
      },
      (res) => {
        answered = true;
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', (error) => {
      // Writing the rest of a refused body may fail once the answer is in: that answer counts.
      if (!answered) reject(error);
    });
    req.end(body);
  });
}

/**
 * One callback sender for the whole test file (generating its RSA key set is the slow part), started before
 * the file's tests and closed after them; each test still has a stack of its own.
 */
export function useCallbackSender(): CallbackSender {
  let started: CallbackSender | undefined;
  const disposers: (() => unknown)[] = [];
  beforeAll(async () => {
    started = await startCallbackSender({ add: (dispose) => disposers.push(dispose) });
  });
  afterAll(async () => {
    for (const dispose of disposers) await dispose();
  });
  const current = () => {
    if (!started) throw new Error('the callback sender is used outside of a test');
    return started;
  };
  return {
    get jwks() {
      return current().jwks;
    },
    get gatewayEnv() {
      return current().gatewayEnv;
    },
    post: (...args) => current().post(...args),
  };
}
