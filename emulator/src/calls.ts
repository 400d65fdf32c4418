import { randomUUID } from 'node:crypto';
import type {
  CallConnection,
  CallingContext,
  CallParticipant,
  IncomingCall,
  ServerCall,
} from './calling-context.ts';
import { AcsError, badRequest, callNotFound } from './errors.ts';
import type { EventGrid } from './event-grid.ts';
import type { EmulatorRequest, EmulatorResponse, Route } from './http.ts';
import { type IdentifierModel, identifierFromRawId, parseIdentifier } from './identifiers.ts';
import { failureResult, type ResultInformation } from './phone-numbers.ts';
import type { Room } from './rooms.ts';
import { closeStreams, openTranscriptionStream, startAudioStream } from './streaming.ts';

const optionalString = (body: Record<string, unknown>, key: string): string | undefined => {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw badRequest(`${key} must be a string.`);
  return value;
};

export const requiredString = (body: Record<string, unknown>, key: string): string => {
  const value = optionalString(body, key);
  if (!value) throw badRequest(`${key} is required.`);
  return value;
};

/** An absolute http(s) URL, as the service requires for callbacks. */
export const callbackUrl = (
  body: Record<string, unknown>,
  key: string,
  required: boolean,
): string | undefined => {
  const value = required ? requiredString(body, key) : optionalString(body, key);
  if (value === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw badRequest(`${key} must be an absolute URL.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw badRequest(`${key} must be an http(s) URL.`);
  return value;
};

const participantModel = (p: CallParticipant) => ({
  identifier: p.identifier,
  isMuted: p.isMuted,
  isOnHold: p.isOnHold,
});

/** Room-call admission rules of the calling service (acs.md §2.1). */
export function admitToRoomCall(room: Room, identifier: IdentifierModel): void {
  if (identifier.kind !== 'communicationUser') {
    throw new AcsError(403, '5830', 'Only Azure Communication Services identities can join a room call.');
  }
  if (!room.participants.has(identifier.rawId)) {
    throw new AcsError(403, '5828', 'The participant is not on the room roster.');
  }
  const now = Date.now();
  if (now < room.validFrom.epochMs || now > room.validUntil.epochMs) {
    throw new AcsError(403, '5829', 'The room is outside its validity window.');
  }
}

/** What a connect/create asks of transcription, media streaming and Azure AI (acs.md §1.4). */
interface MediaSetup {
  cognitiveServicesEndpoint?: string;
  transcription?: Partial<CallConnection['transcription']>;
  mediaStreaming?: Partial<CallConnection['mediaStreaming']>;
  autoStart: { transcription: boolean; mediaStreaming: boolean };
}

const wssUrl = (value: unknown, field: string): string => {
  if (typeof value !== 'string') throw badRequest(`${field} is required.`);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw badRequest(`${field} must be an absolute URL.`);
  }
  if (url.protocol !== 'wss:' && url.protocol !== 'ws:')
    throw badRequest(`${field} must be a WebSocket URL.`);
  return value;
};

/**
 * Reads `callIntelligenceOptions`, `transcriptionOptions` and `mediaStreamingOptions`. ACS only streams to
 * wss://; the emulator also accepts ws:// so tests need no TLS (a documented deviation).
 */
function mediaSetup(body: Record<string, unknown>): MediaSetup {
  const setup: MediaSetup = { autoStart: { transcription: false, mediaStreaming: false } };
  const intelligence = body.callIntelligenceOptions as { cognitiveServicesEndpoint?: unknown } | undefined;
  if (typeof intelligence?.cognitiveServicesEndpoint === 'string' && intelligence.cognitiveServicesEndpoint) {
    setup.cognitiveServicesEndpoint = intelligence.cognitiveServicesEndpoint;
  }
  const transcription = body.transcriptionOptions as Record<string, unknown> | undefined;
  if (transcription) {
    if (typeof transcription.locale !== 'string' || !transcription.locale) {
      throw badRequest('transcriptionOptions.locale is required.');
    }
    setup.transcription = {
      state: 'inactive',
      locale: transcription.locale,
      transportUrl: wssUrl(transcription.transportUrl, 'transcriptionOptions.transportUrl'),
      enableIntermediateResults: transcription.enableIntermediateResults === true,
    };
    setup.autoStart.transcription = transcription.startTranscription === true;
  }
  const streaming = body.mediaStreamingOptions as Record<string, unknown> | undefined;
  if (streaming) {
    setup.mediaStreaming = {
      state: 'inactive',
      transportUrl: wssUrl(streaming.transportUrl, 'mediaStreamingOptions.transportUrl'),
    };
    setup.autoStart.mediaStreaming = streaming.startMediaStreaming === true;
  }
  return setup;
}

/** What `POST /emulator/incoming-calls` answers: the context the app must answer, reject or redirect. */
export interface IncomingCallSnapshot {
  incomingCallContext: string;
  serverCallId: string;
  correlationId: string;
  from: IdentifierModel;
  to: IdentifierModel;
  callerDisplayName: string;
  state: IncomingCall['state'];
  /** ISO 8601: when the context expires if nobody answers. */
  expiresAt: string;
}

export interface CallsModule {
  routes: Route[];
  /**
   * `from` calls `to` (a number or identity of the resource): a new call rings and Event Grid delivers
   * `Microsoft.Communication.IncomingCall` to every subscribed webhook. The context expires after
   * `timing.incomingCallRingMs` unless answered, rejected or redirected.
   */
  ringIncomingCall(
    from: IdentifierModel,
    to: IdentifierModel,
    callerDisplayName?: string,
  ): IncomingCallSnapshot;
  /** Every incoming call still remembered, newest last. */
  incomingCalls(): IncomingCallSnapshot[];
  /** A user joins the room call from a Calling SDK (starting it when none is live). */
  joinRoomCall(roomId: string, rawId: string): ServerCall;
  /** A user leaves the room call; the call ends when only Call Automation legs remain. */
  leaveRoomCall(roomId: string, rawId: string): void;
}

/**
 * A fresh `incomingCallContext`: opaque to apps; shaped like the real ones, unsigned JWT-like strings that
 * begin `eyJhbGciOiJub25lIi…` (acs.md §5.3).
 */
function newIncomingCallContext(serverCallId: string): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ cc: randomUUID(), scid: serverCallId })}.`;
}

export function createCalls(ctx: CallingContext, eventGrid: EventGrid): CallsModule {
  const { state, timing, scheduler } = ctx;

  const newConnection = (
    call: ServerCall,
    fields: Pick<CallConnection, 'callbackUri' | 'operationContext' | 'targets'> &
      Partial<Pick<CallConnection, 'sourceCallerIdNumber' | 'sourceDisplayName' | 'bot'>>,
    media: MediaSetup = { autoStart: { transcription: false, mediaStreaming: false } },
  ): CallConnection => {
    const connection: CallConnection = {
      callConnectionId: randomUUID(),
      serverCallId: call.serverCallId,
      state: 'connecting',
      bot: fields.bot ?? identifierFromRawId(`8:acs:${ctx.resourceId}_${randomUUID()}`),
      sequenceNumber: 0,
      invitations: new Map(),
      media: { queue: [] },
      continuousDtmf: new Map(),
      mediaStreaming: { id: randomUUID(), state: 'disabled', ...media.mediaStreaming },
      transcription: { id: randomUUID(), state: 'disabled', nextOffsetTicks: 0, ...media.transcription },
      ...(media.cognitiveServicesEndpoint
        ? { cognitiveServicesEndpoint: media.cognitiveServicesEndpoint }
        : {}),
      mediaSubscriptionId: randomUUID(),
      dataSubscriptionId: randomUUID(),
      ...fields,
    };
    autoStart.set(connection.callConnectionId, media.autoStart);
    state.connections.set(connection.callConnectionId, connection);
    call.connectionIds.push(connection.callConnectionId);
    return connection;
  };

  /** CallConnectionProperties: the create answer lacks serverCallId and has the fuller subscription object (REC). */
  const properties = (connection: CallConnection, shape: 'created' | 'current') => ({
    callConnectionId: connection.callConnectionId,
    ...(shape === 'current' ? { serverCallId: connection.serverCallId } : {}),
    targets: connection.targets,
    callConnectionState: connection.state,
    callbackUri: connection.callbackUri,
    ...(connection.sourceCallerIdNumber ? { sourceCallerIdNumber: connection.sourceCallerIdNumber } : {}),
    sourceDisplayName: connection.sourceDisplayName ?? '',
    source: connection.bot,
    correlationId: state.calls.get(connection.serverCallId)?.correlationId ?? '',
    mediaSubscriptionId: connection.mediaSubscriptionId,
    dataSubscriptionId: connection.dataSubscriptionId,
    ...(shape === 'created'
      ? {
          mediaStreamingSubscription: {
            id: connection.mediaSubscriptionId,
            state: connection.mediaStreaming.state,
            subscribedContentTypes: ['audio'],
          },
        }
      : {
          mediaStreamingSubscription: { state: connection.mediaStreaming.state },
          transcriptionSubscription: {
            state: connection.transcription.state,
            subscribedResultTypes: connection.transcription.state === 'disabled' ? [] : ['final'],
            ...(connection.transcription.locale ? { locale: connection.transcription.locale } : {}),
          },
        }),
  });

  const addParticipant = (call: ServerCall, identifier: IdentifierModel): void => {
    if (!call.participants.has(identifier.rawId)) {
      call.participants.set(identifier.rawId, { identifier, isMuted: false, isOnHold: false });
    }
  };

  /** What the connect asked to start as soon as the leg is in the call. */
  const autoStart = new Map<string, MediaSetup['autoStart']>();

  /** The bot leg joins the call: CallConnected, the participant snapshot, then auto-started transports. */
  const attach = (connection: CallConnection, call: ServerCall): void => {
    if (connection.state !== 'connecting' || call.state === 'ended') return;
    connection.state = 'connected';
    addParticipant(call, connection.bot);
    ctx.emit(connection, 'CallConnected', {}, { operationContext: connection.operationContext });
    ctx.participantsChanged(call);
    const start = autoStart.get(connection.callConnectionId);
    autoStart.delete(connection.callConnectionId);
    if (start?.transcription) {
      connection.transcription.state = 'active';
      openTranscriptionStream(ctx, connection);
      ctx.emit(connection, 'TranscriptionStarted', {
        transcriptionUpdate: {
          transcriptionStatus: 'transcriptionStarted',
          transcriptionStatusDetails: 'subscriptionStarted',
        },
      });
    }
    if (start?.mediaStreaming) {
      connection.mediaStreaming.state = 'active';
      startAudioStream(ctx, connection);
      ctx.emit(connection, 'MediaStreamingStarted', {
        mediaStreamingUpdate: {
          contentType: 'Audio',
          mediaStreamingStatus: 'mediaStreamingStarted',
          mediaStreamingStatusDetails: 'subscriptionStarted',
        },
      });
    }
  };

  const connectFailed = (connection: CallConnection, resultInformation: ResultInformation): void => {
    if (connection.state === 'disconnected') return;
    connection.state = 'disconnected';
    ctx.emit(
      connection,
      'ConnectFailed',
      {},
      { operationContext: connection.operationContext, resultInformation },
    );
  };

  const startRoomCall = (room: Room): ServerCall => {
    const call = ctx.newServerCall({ roomId: room.id });
    for (const rawId of room.participants.keys()) addParticipant(call, identifierFromRawId(rawId));
    return call;
  };

  const liveCall = (map: Map<string, string>, key: string): ServerCall | undefined => {
    const id = map.get(key);
    const call = id ? state.calls.get(id) : undefined;
    return call?.state === 'active' ? call : undefined;
  };

  const connect = (request: EmulatorRequest): EmulatorResponse => {
    const body = request.json();
    const callbackUri = callbackUrl(body, 'callbackUri', true) as string;
    const operationContext = optionalString(body, 'operationContext');
    const locator = body.callLocator;
    if (typeof locator !== 'object' || locator === null) throw badRequest('callLocator is required.');
    const { kind, roomId, groupCallId, serverCallId } = locator as Record<string, unknown>;
    const inferredKind =
      kind ??
      (roomId
        ? 'roomCallLocator'
        : groupCallId
          ? 'groupCallLocator'
          : serverCallId
            ? 'serverCallLocator'
            : '');
    let outcome: ServerCall | ResultInformation;
    switch (inferredKind) {
      case 'roomCallLocator': {
        if (typeof roomId !== 'string' || !roomId) throw badRequest('callLocator.roomId is required.');
        const room = ctx.rooms.require(roomId);
        const now = Date.now();
        const live = liveCall(state.roomCalls, room.id);
        if (live) outcome = live;
        else if (now < room.validFrom.epochMs || now > room.validUntil.epochMs) {
          outcome = { code: 403, subCode: 5829, message: 'The room is outside its validity window.' };
        } else if (ctx.autoStartRoomCalls) outcome = startRoomCall(room);
        // Unpublished subcode (acs.md §6): the platform cannot attach the bot to a call that is not running.
        else outcome = { code: 404, subCode: 8522, message: 'No active call found for this room.' };
        break;
      }
      case 'groupCallLocator': {
        if (typeof groupCallId !== 'string' || !groupCallId)
          throw badRequest('callLocator.groupCallId is required.');
        outcome = liveCall(state.groupCalls, groupCallId) ?? ctx.newServerCall({ groupCallId });
        break;
      }
      case 'serverCallLocator': {
        if (typeof serverCallId !== 'string' || !serverCallId) {
          throw badRequest('callLocator.serverCallId is required.');
        }
        const call = state.calls.get(serverCallId);
        outcome = call?.state === 'active' ? call : { code: 404, subCode: 8522, message: 'Call not found.' };
        break;
      }
      default:
        throw badRequest('callLocator.kind must be roomCallLocator, groupCallLocator or serverCallLocator.');
    }
    // REST answers `connecting` at once; CallConnected or ConnectFailed follows asynchronously (acs.md §6).
    let call: ServerCall;
    if ('serverCallId' in outcome) call = outcome;
    else {
      call = ctx.newServerCall({});
      call.state = 'ended';
    }
    const connection = newConnection(call, { callbackUri, operationContext, targets: [] }, mediaSetup(body));
    scheduler.after(timing.connectDelayMs, () => {
      if ('serverCallId' in outcome) attach(connection, call);
      else connectFailed(connection, outcome);
    });
    return { status: 200, body: properties(connection, 'current') };
  };

  /** Rings `identifier`; `onAnswer`/`onFail` run after the party's outcome plays out. Returns a cancel. */
  const ring = (
    identifier: IdentifierModel,
    timeoutSeconds: number,
    onAnswer: () => void,
    onFail: (result: ResultInformation) => void,
  ): (() => void) => {
    const outcome = ctx.outcomes.outcomeFor(identifier);
    if (outcome === 'answer') return scheduler.after(timing.answerDelayMs, onAnswer);
    const delay = outcome === 'noAnswer' ? timeoutSeconds * timing.msPerRequestSecond : timing.answerDelayMs;
    return scheduler.after(delay, () => onFail(failureResult(outcome, identifier)));
  };

  const parseTargets = (value: unknown): IdentifierModel[] => {
    if (!Array.isArray(value) || value.length === 0) throw badRequest('targets must be a non-empty array.');
    return value.map((target, index) => parseIdentifier(target, `targets[${index}]`));
  };

  const parseCallerId = (value: unknown): { value: string } | undefined => {
    if (value === undefined || value === null) return undefined;
    const number = (value as { value?: unknown }).value;
    if (typeof number !== 'string' || !/^\+\d{3,15}$/.test(number)) {
      throw badRequest('sourceCallerIdNumber.value must be an E.164 phone number.');
    }
    return { value: number };
  };

  const createCall = (request: EmulatorRequest): EmulatorResponse => {
    const body = request.json();
    const targets = parseTargets(body.targets);
    const callbackUri = callbackUrl(body, 'callbackUri', true) as string;
    const sourceCallerIdNumber = parseCallerId(body.sourceCallerIdNumber);
    if (targets.some((t) => t.kind === 'phoneNumber') && !sourceCallerIdNumber) {
      throw badRequest('sourceCallerIdNumber is required when calling a phone number.');
    }
    const sourceId = (body.source as { id?: unknown } | undefined)?.id;
    const call = ctx.newServerCall({});
    const connection = newConnection(
      call,
      {
        callbackUri,
        operationContext: optionalString(body, 'operationContext'),
        targets,
        sourceCallerIdNumber,
        sourceDisplayName: optionalString(body, 'sourceDisplayName'),
        ...(typeof sourceId === 'string' ? { bot: identifierFromRawId(sourceId) } : {}),
      },
      mediaSetup(body),
    );
    let pending = targets.length;
    let firstFailure: ResultInformation | undefined;
    for (const target of targets) {
      const invitationId = randomUUID();
      const cancel = ring(
        target,
        60,
        () => {
          connection.invitations.delete(invitationId);
          addParticipant(call, target);
          if (connection.state === 'connecting') attach(connection, call);
          else ctx.participantsChanged(call);
        },
        (result) => {
          connection.invitations.delete(invitationId);
          firstFailure ??= result;
          pending -= 1;
          if (pending === 0 && connection.state === 'connecting') {
            connection.state = 'disconnected';
            call.state = 'ended';
            ctx.emit(
              connection,
              'CreateCallFailed',
              {},
              { operationContext: connection.operationContext, resultInformation: firstFailure },
            );
          }
        },
      );
      connection.invitations.set(invitationId, { invitationId, identifier: target, cancelTimer: cancel });
    }
    return { status: 201, body: properties(connection, 'created') };
  };

  const hangUp = (_request: EmulatorRequest, [id = '']: string[]): EmulatorResponse => {
    const connection = ctx.requireConnection(id);
    const call = ctx.callOf(connection);
    connection.state = 'disconnected';
    connection.media.running?.stop();
    connection.media = { queue: [] };
    closeStreams(connection);
    for (const invitation of connection.invitations.values()) invitation.cancelTimer();
    scheduler.after(timing.actionDelayMs, () => {
      call.participants.delete(connection.bot.rawId);
      ctx.emit(
        connection,
        'CallDisconnected',
        {},
        {
          operationContext: connection.operationContext,
          resultInformation: {
            code: 200,
            subCode: 7000,
            message:
              'The conversation has ended. DiagCode: 0#7000. Call was ended by Azure Communication Services Call Automation API or a server bot.',
          },
        },
      );
      // A two-party call cannot continue without the app; a room or group call goes on while people remain.
      const isAdHoc = !call.roomId && !call.groupCallId;
      if (ctx.hasNoHumans(call) || (isAdHoc && call.participants.size < 2)) ctx.endCall(call);
      else ctx.participantsChanged(call);
    });
    return { status: 204 };
  };

  const terminate = (_request: EmulatorRequest, [id = '']: string[]): EmulatorResponse => {
    const connection = ctx.requireConnection(id);
    const call = ctx.callOf(connection);
    connection.state = 'disconnected';
    scheduler.after(timing.actionDelayMs, () => ctx.endCall(call, connection));
    return { status: 204 };
  };

  const transfer = (request: EmulatorRequest, [id = '']: string[]): EmulatorResponse => {
    const connection = ctx.requireConnection(id);
    const call = ctx.callOf(connection);
    const body = request.json();
    const target = parseIdentifier(body.targetParticipant, 'targetParticipant');
    const operationContext = optionalString(body, 'operationContext');
    const operationCallbackUri = callbackUrl(body, 'operationCallbackUri', false);
    const transferee =
      body.transferee !== undefined && body.transferee !== null
        ? ctx.requireParticipant(call, parseIdentifier(body.transferee, 'transferee')).identifier
        : [...call.participants.values()].find((p) => p.identifier.rawId !== connection.bot.rawId)
            ?.identifier;
    if (!transferee) throw badRequest('There is no participant to transfer.');
    ring(
      target,
      60,
      () => {
        if (connection.state !== 'connected') return;
        ctx.emit(
          connection,
          'CallTransferAccepted',
          { transferTarget: target, transferee },
          { operationContext, operationCallbackUri },
        );
        call.participants.delete(transferee.rawId);
        addParticipant(call, target);
        // After a transfer the app's leg leaves the call (acs.md §4.5).
        connection.state = 'disconnected';
        call.participants.delete(connection.bot.rawId);
        ctx.emit(connection, 'CallDisconnected', {}, { operationContext: connection.operationContext });
        ctx.participantsChanged(call);
      },
      (resultInformation) => {
        if (connection.state !== 'connected') return;
        ctx.emit(
          connection,
          'CallTransferFailed',
          {},
          { operationContext, operationCallbackUri, resultInformation },
        );
      },
    );
    return { status: 202, body: { operationContext } };
  };

  const pageOf = <T>(request: EmulatorRequest, items: T[], basePath: string) => {
    const token = request.url.searchParams.get('nextLink');
    const offset = token ? Number(Buffer.from(token, 'base64url').toString('utf8')) : 0;
    if (!Number.isInteger(offset) || offset < 0) throw badRequest('Invalid nextLink.');
    const value = items.slice(offset, offset + ctx.pageSize);
    const next = offset + ctx.pageSize;
    if (next >= items.length) return { value };
    const apiVersion = request.url.searchParams.get('api-version') ?? '2026-03-12';
    const nextToken = Buffer.from(String(next)).toString('base64url');
    return { value, nextLink: `${ctx.origin()}${basePath}?nextLink=${nextToken}&api-version=${apiVersion}` };
  };

  const addParticipantOp = (request: EmulatorRequest, [id = '']: string[]): EmulatorResponse => {
    const connection = ctx.requireConnection(id);
    const call = ctx.callOf(connection);
    const body = request.json();
    const identifier = parseIdentifier(body.participantToAdd, 'participantToAdd');
    const operationContext = optionalString(body, 'operationContext');
    const operationCallbackUri = callbackUrl(body, 'operationCallbackUri', false);
    const timeout = body.invitationTimeoutInSeconds ?? 60;
    if (typeof timeout !== 'number' || timeout < 0 || timeout > 180) {
      throw badRequest('invitationTimeoutInSeconds must be between 0 and 180.');
    }
    const room = call.roomId ? ctx.rooms.get(call.roomId) : undefined;
    if (identifier.kind === 'phoneNumber') {
      // The service refuses dial-out synchronously (status not published, acs.md §6).
      if (room && !room.pstnDialOutEnabled) {
        throw new AcsError(403, 'Forbidden', 'PSTN dial-out is not enabled for this room.');
      }
      if (!parseCallerId(body.sourceCallerIdNumber)) {
        throw new AcsError(403, 'Forbidden', 'sourceCallerIdNumber is required to add a phone number.');
      }
    }
    if (call.participants.has(identifier.rawId)) throw badRequest('The participant is already in the call.');
    const invitationId = randomUUID();
    const settle = () => connection.invitations.delete(invitationId);
    const fail = (resultInformation: ResultInformation) => {
      settle();
      if (connection.state !== 'connected') return;
      ctx.emit(
        connection,
        'AddParticipantFailed',
        { participant: identifier },
        { operationContext, operationCallbackUri, resultInformation },
      );
    };
    const answer = () => {
      settle();
      if (connection.state !== 'connected' || call.state !== 'active') return;
      if (room && identifier.kind === 'communicationUser') {
        try {
          admitToRoomCall(room, identifier);
        } catch (error) {
          if (!(error instanceof AcsError)) throw error;
          return fail({ code: error.status, subCode: Number(error.code), message: error.message });
        }
      }
      addParticipant(call, identifier);
      ctx.emit(
        connection,
        'AddParticipantSucceeded',
        { participant: identifier },
        { operationContext, operationCallbackUri },
      );
      ctx.participantsChanged(call);
    };
    const cancelTimer = ring(identifier, timeout, answer, fail);
    connection.invitations.set(invitationId, {
      invitationId,
      identifier,
      operationContext,
      operationCallbackUri,
      cancelTimer: () => {
        cancelTimer();
        settle();
      },
    });
    return {
      status: 202,
      body: {
        participant: { identifier, isMuted: false, isOnHold: false },
        ...(operationContext !== undefined ? { operationContext } : {}),
        invitationId,
      },
    };
  };

  const cancelAdd = (request: EmulatorRequest, [id = '']: string[]): EmulatorResponse => {
    const connection = ctx.requireConnection(id);
    const body = request.json();
    const invitationId = requiredString(body, 'invitationId');
    const operationContext = optionalString(body, 'operationContext');
    const operationCallbackUri = callbackUrl(body, 'operationCallbackUri', false);
    const invitation = connection.invitations.get(invitationId);
    invitation?.cancelTimer();
    scheduler.after(timing.actionDelayMs, () => {
      if (!invitation) {
        ctx.emit(
          connection,
          'CancelAddParticipantFailed',
          { invitationId },
          {
            operationContext,
            operationCallbackUri,
            resultInformation: { code: 400, subCode: 8523, message: 'No pending invitation with this id.' },
          },
        );
        return;
      }
      ctx.emit(
        connection,
        'CancelAddParticipantSucceeded',
        { invitationId },
        { operationContext, operationCallbackUri },
      );
      ctx.emit(
        connection,
        'AddParticipantFailed',
        { participant: invitation.identifier },
        {
          operationContext: invitation.operationContext,
          operationCallbackUri: invitation.operationCallbackUri,
          resultInformation: {
            code: 487,
            subCode: 540487,
            message: 'The invitation was cancelled by the caller.',
          },
        },
      );
    });
    return { status: 202, body: { invitationId, operationContext } };
  };

  const removeParticipant = (request: EmulatorRequest, [id = '']: string[]): EmulatorResponse => {
    const connection = ctx.requireConnection(id);
    const call = ctx.callOf(connection);
    const body = request.json();
    const participant = ctx.requireParticipant(
      call,
      parseIdentifier(body.participantToRemove, 'participantToRemove'),
    );
    const operationContext = optionalString(body, 'operationContext');
    const operationCallbackUri = callbackUrl(body, 'operationCallbackUri', false);
    scheduler.after(timing.actionDelayMs, () => {
      if (connection.state !== 'connected') return;
      call.participants.delete(participant.identifier.rawId);
      ctx.emit(
        connection,
        'RemoveParticipantSucceeded',
        { participant: participant.identifier },
        { operationContext, operationCallbackUri },
      );
      if (ctx.hasNoHumans(call)) ctx.endCall(call);
      else ctx.participantsChanged(call);
    });
    return { status: 202, body: { operationContext } };
  };

  const mute = (request: EmulatorRequest, [id = '']: string[]): EmulatorResponse => {
    const connection = ctx.requireConnection(id);
    const call = ctx.callOf(connection);
    const body = request.json();
    if (!Array.isArray(body.targetParticipants) || body.targetParticipants.length === 0) {
      throw badRequest('targetParticipants must be a non-empty array.');
    }
    const participants = body.targetParticipants.map((t, i) =>
      ctx.requireParticipant(call, parseIdentifier(t, `targetParticipants[${i}]`)),
    );
    const operationContext = optionalString(body, 'operationContext');
    for (const participant of participants) participant.isMuted = true;
    scheduler.after(timing.actionDelayMs, () => ctx.participantsChanged(call));
    return { status: 200, body: operationContext !== undefined ? { operationContext } : {} };
  };

  const moveHere = (request: EmulatorRequest, [id = '']: string[]): EmulatorResponse => {
    const connection = ctx.requireConnection(id);
    const call = ctx.callOf(connection);
    const body = request.json();
    const fromCall = requiredString(body, 'fromCall');
    const source = ctx.requireConnection(fromCall);
    const sourceCall = ctx.callOf(source);
    if (!Array.isArray(body.targetParticipants) || body.targetParticipants.length === 0) {
      throw badRequest('targetParticipants must be a non-empty array.');
    }
    const moving = body.targetParticipants.map((t, i) =>
      ctx.requireParticipant(sourceCall, parseIdentifier(t, `targetParticipants[${i}]`)),
    );
    const operationContext = optionalString(body, 'operationContext');
    const operationCallbackUri = callbackUrl(body, 'operationCallbackUri', false);
    scheduler.after(timing.actionDelayMs, () => {
      for (const participant of moving) {
        sourceCall.participants.delete(participant.identifier.rawId);
        addParticipant(call, participant.identifier);
        ctx.emit(
          connection,
          'MoveParticipantSucceeded',
          { participant: participant.identifier, fromCall },
          { operationContext, operationCallbackUri },
        );
      }
      ctx.participantsChanged(call);
      if (ctx.hasNoHumans(sourceCall)) ctx.endCall(sourceCall);
      else ctx.participantsChanged(sourceCall);
    });
    return { status: 202, body: { participants: moving.map(participantModel), operationContext, fromCall } };
  };

  // ─── incoming calls (answer, reject, redirect) ───

  const incomingSnapshot = (incoming: IncomingCall): IncomingCallSnapshot => ({
    incomingCallContext: incoming.incomingCallContext,
    serverCallId: incoming.serverCallId,
    correlationId: state.calls.get(incoming.serverCallId)?.correlationId ?? '',
    from: incoming.from,
    to: incoming.to,
    callerDisplayName: incoming.callerDisplayName,
    state: incoming.state,
    expiresAt: new Date(incoming.expiresAt).toISOString(),
  });

  const ringIncomingCall = (
    from: IdentifierModel,
    to: IdentifierModel,
    callerDisplayName = '',
  ): IncomingCallSnapshot => {
    const call = ctx.newServerCall({});
    addParticipant(call, from);
    const incomingCallContext = newIncomingCallContext(call.serverCallId);
    const incoming: IncomingCall = {
      incomingCallContext,
      serverCallId: call.serverCallId,
      from,
      to,
      callerDisplayName,
      state: 'ringing',
      expiresAt: Date.now() + timing.incomingCallRingMs,
      cancelExpiry: () => {},
    };
    // Nobody answered: the caller gives up, the call ends and the context is no longer usable.
    incoming.cancelExpiry = scheduler.after(timing.incomingCallRingMs, () => {
      if (incoming.state !== 'ringing') return;
      incoming.state = 'expired';
      ctx.endCall(call);
    });
    state.incomingCalls.set(incomingCallContext, incoming);
    eventGrid.publish({
      eventType: 'Microsoft.Communication.IncomingCall',
      subject: `/caller/${from.rawId}/recipient/${to.rawId}`,
      data: {
        to,
        from,
        serverCallId: call.serverCallId,
        callerDisplayName,
        incomingCallContext,
        correlationId: call.correlationId,
      },
    });
    return incomingSnapshot(incoming);
  };

  /**
   * The ringing call a context names. A context that is unknown, already answered, rejected or redirected,
   * or expired answers 404 8522 (the real service's code for this is unrecorded).
   */
  const takeIncoming = (body: Record<string, unknown>, next: IncomingCall['state']): IncomingCall => {
    const context = requiredString(body, 'incomingCallContext');
    const incoming = state.incomingCalls.get(context);
    if (incoming?.state !== 'ringing' || Date.now() > incoming.expiresAt) {
      throw new AcsError(404, '8522', 'Call not found: the incoming call context is not ringing.');
    }
    incoming.state = next;
    incoming.cancelExpiry();
    return incoming;
  };

  const answer = (request: EmulatorRequest): EmulatorResponse => {
    const body = request.json();
    const callbackUri = callbackUrl(body, 'callbackUri', true) as string;
    const operationContext = optionalString(body, 'operationContext');
    const media = mediaSetup(body);
    const incoming = takeIncoming(body, 'answered');
    const call = state.calls.get(incoming.serverCallId) as ServerCall;
    const connection = newConnection(call, { callbackUri, operationContext, targets: [incoming.to] }, media);
    scheduler.after(timing.connectDelayMs, () => attach(connection, call));
    // As recorded (acs.md §1.7 fixtures): the created shape plus serverCallId, the caller as `source`, and
    // `answeredFor` (the number called) / `answeredBy` (echoed) when they apply.
    const answeredBy = (body.answeredBy as { id?: unknown } | undefined)?.id;
    const { sourceDisplayName: _none, ...created } = properties(connection, 'created');
    return {
      status: 200,
      body: {
        ...created,
        serverCallId: call.serverCallId,
        source: incoming.from,
        ...(incoming.from.kind === 'phoneNumber'
          ? { sourceDisplayName: incoming.from.phoneNumber?.value }
          : {}),
        ...(typeof answeredBy === 'string' ? { answeredBy: { id: answeredBy } } : {}),
        ...(incoming.to.kind === 'phoneNumber'
          ? { answeredFor: { value: incoming.to.phoneNumber?.value } }
          : {}),
      },
    };
  };

  const reject = (request: EmulatorRequest): EmulatorResponse => {
    const body = request.json();
    const reason = body.callRejectReason ?? 'none';
    if (reason !== 'none' && reason !== 'busy' && reason !== 'forbidden') {
      throw badRequest('callRejectReason must be none, busy or forbidden.');
    }
    const incoming = takeIncoming(body, 'rejected');
    const call = state.calls.get(incoming.serverCallId);
    if (call) ctx.endCall(call);
    return { status: 204 };
  };

  /** The call rings `target` instead; the app is out of it (no events: acs.md §4.5). */
  const redirect = (request: EmulatorRequest): EmulatorResponse => {
    const body = request.json();
    const target = parseIdentifier(body.target, 'target');
    const incoming = takeIncoming(body, 'redirected');
    const call = state.calls.get(incoming.serverCallId) as ServerCall;
    ring(
      target,
      60,
      () => {
        if (call.state === 'active') addParticipant(call, target);
      },
      () => ctx.endCall(call),
    );
    return { status: 204 };
  };

  const cc = '/calling/callConnections';
  const routes: Route[] = [
    { method: 'POST', pattern: /^\/calling\/callConnections$/, kind: 'acs', handler: createCall },
    { method: 'POST', pattern: /^\/calling\/callConnections:connect$/, kind: 'acs', handler: connect },
    { method: 'POST', pattern: /^\/calling\/callConnections:answer$/, kind: 'acs', handler: answer },
    { method: 'POST', pattern: /^\/calling\/callConnections:reject$/, kind: 'acs', handler: reject },
    { method: 'POST', pattern: /^\/calling\/callConnections:redirect$/, kind: 'acs', handler: redirect },
    {
      method: 'GET',
      pattern: /^\/calling\/callConnections\/([^/:]+)$/,
      kind: 'acs',
      handler: (_request, [id = '']) => ({
        status: 200,
        body: properties(ctx.requireConnection(id), 'current'),
      }),
    },
    { method: 'DELETE', pattern: /^\/calling\/callConnections\/([^/:]+)$/, kind: 'acs', handler: hangUp },
    {
      method: 'POST',
      pattern: /^\/calling\/callConnections\/([^/:]+):terminate$/,
      kind: 'acs',
      handler: terminate,
    },
    {
      method: 'POST',
      pattern: /^\/calling\/callConnections\/([^/:]+):transferToParticipant$/,
      kind: 'acs',
      handler: transfer,
    },
    {
      method: 'GET',
      pattern: /^\/calling\/callConnections\/([^/:]+)\/participants$/,
      kind: 'acs',
      handler: (request, [id = '']) => {
        const connection = ctx.requireConnection(id);
        const participants = [...ctx.callOf(connection).participants.values()].map(participantModel);
        return { status: 200, body: pageOf(request, participants, `${cc}/${id}/participants`) };
      },
    },
    {
      method: 'GET',
      pattern: /^\/calling\/callConnections\/([^/:]+)\/participants\/([^/]+)$/,
      kind: 'acs',
      handler: (_request, [id = '', rawId = '']) => {
        const call = ctx.callOf(ctx.requireConnection(id));
        return {
          status: 200,
          body: participantModel(ctx.requireParticipant(call, identifierFromRawId(rawId))),
        };
      },
    },
    {
      method: 'POST',
      pattern: /^\/calling\/callConnections\/([^/:]+)\/participants:add$/,
      kind: 'acs',
      handler: addParticipantOp,
    },
    {
      method: 'POST',
      pattern: /^\/calling\/callConnections\/([^/:]+)\/participants:remove$/,
      kind: 'acs',
      handler: removeParticipant,
    },
    {
      method: 'POST',
      pattern: /^\/calling\/callConnections\/([^/:]+)\/participants:mute$/,
      kind: 'acs',
      handler: mute,
    },
    {
      method: 'POST',
      pattern: /^\/calling\/callConnections\/([^/:]+)\/participants:cancelAddParticipant$/,
      kind: 'acs',
      handler: cancelAdd,
    },
    {
      method: 'POST',
      pattern: /^\/calling\/callConnections\/([^/:]+)\/participants:moveHere$/,
      kind: 'acs',
      handler: moveHere,
    },
  ];

  return {
    routes,
    ringIncomingCall,
    incomingCalls: () => [...state.incomingCalls.values()].map(incomingSnapshot),
    joinRoomCall(roomId, rawId) {
      const room = ctx.rooms.require(roomId);
      const identifier = identifierFromRawId(rawId);
      admitToRoomCall(room, identifier);
      const call = liveCall(state.roomCalls, room.id) ?? ctx.newServerCall({ roomId: room.id });
      if (!call.participants.has(rawId)) {
        addParticipant(call, identifier);
        ctx.participantsChanged(call);
      }
      return call;
    },
    leaveRoomCall(roomId, rawId) {
      const room = ctx.rooms.require(roomId);
      const call = liveCall(state.roomCalls, room.id);
      if (!call) throw callNotFound();
      ctx.requireParticipant(call, identifierFromRawId(rawId));
      call.participants.delete(rawId);
      if (ctx.hasNoHumans(call)) ctx.endCall(call);
      else ctx.participantsChanged(call);
    },
  };
}
