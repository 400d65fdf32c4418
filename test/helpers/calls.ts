import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import {
  AddParticipantDocument,
  ConnectRoomCallDocument,
  CreateRoomDocument,
  type CreateRoomInput,
  HangUpDocument,
  SendDtmfTonesDocument,
} from '../gql/graphql.ts';
import { waitFor } from './async.ts';
import type { StartedEmulator } from './emulator.ts';
import { expectTypename, type GatewayClient, type GatewayStack, type GraphQLResult } from './gateway.ts';

/**
 * POSTs a typed operation to a gateway: `postTo(stack)`, or a test's own fetch (a token of its own, a gateway
 * that moves).
 */
export type Post = <TData, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
) => Promise<GraphQLResult<TData>>;

/** The emulator's control API: what ACS would know of a call. */
export type EmulatorControl = StartedEmulator['emulator']['control'];

/**
 * A `Post` over plain `fetch` to the gateway at `graphqlUrl()` (asked on every call: a restarted gateway may
 * move), with `headers()` added (e.g. a fresh bearer token each time).
 */
export function poster(
  graphqlUrl: () => string,
  headers: () => Promise<Record<string, string>> = async () => ({}),
): Post {
  return async (document, variables) => {
    const response = await fetch(graphqlUrl(), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        ...(await headers()),
      },
      body: JSON.stringify({ query: print(document), variables }),
    });
    return (await response.json()) as never;
  };
}

/** `client.graphql` (a stack's, or a gateway process's) as a `Post`. */
export function postTo(client: GatewayClient): Post {
  return (document, variables) => client.graphql(document, ...([variables] as never));
}

/** Creates a room through the gateway (`createRoom`) and answers its id. */
export async function createRoomThrough(post: Post, input: CreateRoomInput): Promise<string> {
  const created = await post(CreateRoomDocument, { input });
  return expectTypename(created.data?.createRoom, 'CreateRoomPayload').room.id;
}

/** Waits until the emulator reports the gateway's own leg of the call connected. */
export async function waitForGatewayLeg(control: EmulatorControl, callConnectionId: string): Promise<void> {
  await waitFor(
    () =>
      control
        .call(callConnectionId)
        .connections.some((c) => c.callConnectionId === callConnectionId && c.state === 'connected'),
    { what: 'the gateway leg to connect' },
  );
}

/** Joins the call of room `roomId` through `connectRoomCall`, without waiting for it to connect. */
export async function connectToRoom(post: Post, roomId: string) {
  const connected = await post(ConnectRoomCallDocument, { input: { roomId } });
  const { call, operationContext } = expectTypename(
    connected.data?.connectRoomCall,
    'ConnectRoomCallPayload',
  );
  return { callConnectionId: call.callConnectionId, operationContext };
}

/** Creates a room with `room` and joins its call (`connectToRoom`), without waiting for it to connect. */
export async function connectRoomCall(post: Post, room: CreateRoomInput) {
  const roomId = await createRoomThrough(post, room);
  return { roomId, ...(await connectToRoom(post, roomId)) };
}

/** `connectRoomCall` on `stack`, once the gateway's leg is connected. */
export async function connectedRoomCall(stack: GatewayStack, room: CreateRoomInput) {
  const { control } = stack.emulator.emulator;
  const connected = await connectRoomCall(postTo(stack), room);
  await waitForGatewayLeg(control, connected.callConnectionId);
  return { ...connected, control };
}

/**
 * A call's whole life after connect: dials `phone` in (from `callerId`), waits for it to join, sends it DTMF
 * and hangs up for everyone — each step through `post`.
 */
export async function dialSendDtmfHangUp(
  post: Post,
  control: EmulatorControl,
  callConnectionId: string,
  { phone, callerId }: { phone: string; callerId: string },
): Promise<void> {
  const added = await post(AddParticipantDocument, {
    input: { callConnectionId, participant: { phoneNumber: phone }, sourceCallerIdNumber: callerId },
  });
  expectTypename(added.data?.addParticipant, 'AddParticipantPayload');
  await waitFor(
    () => control.call(callConnectionId).participants.some((p) => p.identifier.rawId === `4:${phone}`),
    { what: 'the phone to join' },
  );
  const sent = await post(SendDtmfTonesDocument, {
    input: { callConnectionId, tones: ['ONE', 'POUND'], target: { phoneNumber: phone } },
  });
  expectTypename(sent.data?.sendDtmfTones, 'SendDtmfTonesPayload');
  const hungUp = await post(HangUpDocument, { input: { callConnectionId, forEveryone: true } });
  expectTypename(hungUp.data?.hangUp, 'HangUpPayload');
}

/**
 * The cursors of stored events (the log's, or `Call.events`) up to and including CallDisconnected: exactly
 * what a consumer of the call must see.
 */
export function throughDisconnected(
  stored: readonly { cursor: string; kind?: string; type?: string }[],
): string[] {
  const end = stored.findIndex((e) => e.kind === 'CallDisconnected' || e.type === 'CALL_DISCONNECTED');
  return stored.slice(0, end + 1).map((e) => e.cursor);
}

/** `throughDisconnected` of what `eventLog` stored for the call; throws when it stored no CallDisconnected. */
export async function storedThroughDisconnected(
  eventLog: GatewayStack['eventLog'],
  callConnectionId: string,
): Promise<string[]> {
  const stored = await eventLog.readAfter(callConnectionId, null, 100);
  if (!stored.some((e) => e.kind === 'CallDisconnected')) {
    throw new Error(`no CallDisconnected stored for ${callConnectionId}`);
  }
  return throughDisconnected(stored);
}

/**
 * Who takes part in the core flow (create a room, connect its call, dial a phone in, DTMF, remove it, hang up):
 * a user on the room's roster (keeps the room call alive once the phone leaves), an emulator phone number that
 * answers, and the ACS number that dials it.
 */
export const CORE_FLOW = {
  user: '8:acs:00000000-0000-4000-8000-000000000001_00000001-0000-0000-0000-000000000001',
  phone: '+14255550123',
  callerId: '+18005550100',
} as const;

/** The core flow's room: `CORE_FLOW.user` on its roster, PSTN dial-out on. */
export const CORE_FLOW_ROOM: CreateRoomInput = {
  pstnDialOutEnabled: true,
  participants: [{ communicationUserId: CORE_FLOW.user, role: 'PRESENTER' }],
};
