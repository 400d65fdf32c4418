import { describe, expect, it } from 'vitest';
import {
  CreateRoomDocument,
  type CreateRoomInput,
  DeleteRoomDocument,
  RemoveRoomParticipantsDocument,
  RoomDocument,
  RoomsDocument,
  type RoomsQuery,
  RoomWithParticipantsDocument,
  UpdateRoomDocument,
  UpsertRoomParticipantsDocument,
} from '../gql/graphql.ts';
import { useDisposers } from '../helpers/disposers.ts';
import {
  expectTypename,
  type GatewayStack,
  type GraphQLResult,
  startGatewayStack,
} from '../helpers/gateway.ts';

const disposers = useDisposers();
const user = (n: number) =>
  `8:acs:00000000-0000-4000-8000-000000000001_0000000${n}-0000-0000-0000-00000000000${n}`;
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

async function createRoom(stack: GatewayStack, input: CreateRoomInput = {}) {
  const result = await stack.graphql(CreateRoomDocument, { input });
  return expectTypename(result.data?.createRoom, 'CreateRoomPayload').room;
}

describe('createRoom', () => {
  it('creates the room in ACS with its roster and window', async () => {
    const stack = await startGatewayStack(disposers);
    const validUntil = inDays(2);
    const result = await stack.graphql(CreateRoomDocument, {
      input: { validUntil, pstnDialOutEnabled: true, participants: [{ communicationUserId: user(1) }] },
    });
    const { room } = expectTypename(result.data?.createRoom, 'CreateRoomPayload');
    expect(room.pstnDialOutEnabled).toBe(true);
    expect(Date.parse(room.validUntil)).toBe(Date.parse(validUntil));
    const acsRoom = stack.emulator.emulator.control.rooms().find((r) => r.id === room.id);
    expect(acsRoom?.participants).toEqual([{ rawId: user(1), role: 'Attendee' }]);
  });

  it('returns an InputError without calling ACS when validUntil is not after validFrom', async () => {
    const stack = await startGatewayStack(disposers);
    const result = await stack.graphql(CreateRoomDocument, {
      input: { validFrom: inDays(2), validUntil: inDays(1) },
    });
    const error = expectTypename(result.data?.createRoom, 'InputError');
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.validUntil' });
    expect(stack.emulator.emulator.control.rooms()).toEqual([]);
  });

  it('returns an AcsError with status 400 when ACS refuses a window longer than 180 days', async () => {
    const stack = await startGatewayStack(disposers);
    const result = await stack.graphql(CreateRoomDocument, { input: { validUntil: inDays(200) } });
    expect(expectTypename(result.data?.createRoom, 'AcsError')).toMatchObject({
      code: 'BAD_USER_INPUT',
      status: 400,
      acsCode: 'BadRequest',
    });
  });

  it('returns RATE_LIMITED with retryAfterSeconds when ACS throttles', async () => {
    const stack = await startGatewayStack(disposers);
    stack.emulator.emulator.control.failNextRequests({ status: 429, retryAfterSeconds: 7 });
    const result = await stack.graphql(CreateRoomDocument, { input: {} });
    expect(expectTypename(result.data?.createRoom, 'AcsError')).toMatchObject({
      code: 'RATE_LIMITED',
      status: 429,
      retryAfterSeconds: 7,
    });
  });

  it('returns UPSTREAM_UNAVAILABLE when ACS keeps failing with 5xx after the SDK retries', async () => {
    const stack = await startGatewayStack(disposers, { env: { ACS_MAX_RETRIES: '1' } });
    stack.emulator.emulator.control.failNextRequests({ status: 500, count: 2 });
    const result = await stack.graphql(CreateRoomDocument, { input: {} });
    expect(expectTypename(result.data?.createRoom, 'AcsError')).toMatchObject({
      code: 'UPSTREAM_UNAVAILABLE',
      status: 500,
    });
    expect(stack.emulator.emulator.control.faults().requests).toEqual([]);
  });

  it('returns UPSTREAM_UNAVAILABLE without a status when ACS cannot be reached', async () => {
    const stack = await startGatewayStack(disposers, {
      env: {
        ACS_CONNECTION_STRING: `endpoint=http://127.0.0.1:9/;accesskey=${Buffer.from('k').toString('base64')}`,
      },
    });
    const result = await stack.graphql(CreateRoomDocument, { input: {} });
    expect(expectTypename(result.data?.createRoom, 'AcsError')).toMatchObject({
      code: 'UPSTREAM_UNAVAILABLE',
      status: null,
    });
  });
});

describe('updateRoom', () => {
  it('changes the PSTN dial-out flag in ACS', async () => {
    const stack = await startGatewayStack(disposers);
    const room = await createRoom(stack);
    const result = await stack.graphql(UpdateRoomDocument, {
      input: { id: room.id, pstnDialOutEnabled: true },
    });
    expect(expectTypename(result.data?.updateRoom, 'UpdateRoomPayload').room.pstnDialOutEnabled).toBe(true);
    expect(stack.emulator.emulator.control.rooms().find((r) => r.id === room.id)?.pstnDialOutEnabled).toBe(
      true,
    );
  });

  it('returns an InputError for an empty room id', async () => {
    const stack = await startGatewayStack(disposers);
    const result = await stack.graphql(UpdateRoomDocument, { input: { id: ' ', pstnDialOutEnabled: true } });
    expect(expectTypename(result.data?.updateRoom, 'InputError')).toMatchObject({ field: 'input.id' });
  });

  it('returns NOT_FOUND for a room ACS does not know', async () => {
    const stack = await startGatewayStack(disposers);
    const result = await stack.graphql(UpdateRoomDocument, {
      input: { id: '99999999', pstnDialOutEnabled: true },
    });
    expect(expectTypename(result.data?.updateRoom, 'AcsError')).toMatchObject({
      code: 'NOT_FOUND',
      status: 404,
    });
  });
});

describe('deleteRoom', () => {
  it('deletes the room in ACS', async () => {
    const stack = await startGatewayStack(disposers);
    const room = await createRoom(stack);
    const result = await stack.graphql(DeleteRoomDocument, { input: { id: room.id } });
    expect(expectTypename(result.data?.deleteRoom, 'DeleteRoomPayload').deletedRoomId).toBe(room.id);
    expect(stack.emulator.emulator.control.rooms()).toEqual([]);
  });

  it('returns an InputError for an empty room id', async () => {
    const stack = await startGatewayStack(disposers);
    const result = await stack.graphql(DeleteRoomDocument, { input: { id: '' } });
    expect(expectTypename(result.data?.deleteRoom, 'InputError')).toMatchObject({ field: 'input.id' });
  });

  it('returns BAD_USER_INPUT from ACS for an id ACS calls invalid', async () => {
    const stack = await startGatewayStack(disposers);
    const result = await stack.graphql(DeleteRoomDocument, { input: { id: 'not-a-room' } });
    expect(expectTypename(result.data?.deleteRoom, 'AcsError')).toMatchObject({
      code: 'BAD_USER_INPUT',
      status: 400,
    });
  });
});

describe('upsertRoomParticipants and removeRoomParticipants', () => {
  it('adds users to the roster and changes their role', async () => {
    const stack = await startGatewayStack(disposers);
    const room = await createRoom(stack, { participants: [{ communicationUserId: user(1) }] });
    const result = await stack.graphql(UpsertRoomParticipantsDocument, {
      input: {
        roomId: room.id,
        participants: [
          { communicationUserId: user(1), role: 'PRESENTER' },
          { communicationUserId: user(2), role: 'CONSUMER' },
        ],
      },
    });
    expectTypename(result.data?.upsertRoomParticipants, 'UpsertRoomParticipantsPayload');
    const roster = stack.emulator.emulator.control.rooms().find((r) => r.id === room.id)?.participants;
    expect(roster).toEqual(
      expect.arrayContaining([
        { rawId: user(1), role: 'Presenter' },
        { rawId: user(2), role: 'Consumer' },
      ]),
    );
  });

  it('returns an InputError for an empty participant list', async () => {
    const stack = await startGatewayStack(disposers);
    const result = await stack.graphql(UpsertRoomParticipantsDocument, {
      input: { roomId: '1', participants: [] },
    });
    expect(expectTypename(result.data?.upsertRoomParticipants, 'InputError')).toMatchObject({
      field: 'input.participants',
    });
  });

  it('returns an InputError naming the field for an identifier that is not an ACS user', async () => {
    const stack = await startGatewayStack(disposers);
    const room = await createRoom(stack);
    const result = await stack.graphql(UpsertRoomParticipantsDocument, {
      input: { roomId: room.id, participants: [{ communicationUserId: 'someone' }] },
    });
    expect(expectTypename(result.data?.upsertRoomParticipants, 'InputError')).toMatchObject({
      field: 'input.participants.0.communicationUserId',
    });
  });

  it('takes users off the roster', async () => {
    const stack = await startGatewayStack(disposers);
    const room = await createRoom(stack, {
      participants: [{ communicationUserId: user(1) }, { communicationUserId: user(2) }],
    });
    const result = await stack.graphql(RemoveRoomParticipantsDocument, {
      input: { roomId: room.id, communicationUserIds: [user(1)] },
    });
    expectTypename(result.data?.removeRoomParticipants, 'RemoveRoomParticipantsPayload');
    const roster = stack.emulator.emulator.control.rooms().find((r) => r.id === room.id)?.participants;
    expect(roster).toEqual([{ rawId: user(2), role: 'Attendee' }]);
  });

  it('returns an InputError for an empty user id', async () => {
    const stack = await startGatewayStack(disposers);
    const result = await stack.graphql(RemoveRoomParticipantsDocument, {
      input: { roomId: '1', communicationUserIds: [''] },
    });
    expect(expectTypename(result.data?.removeRoomParticipants, 'InputError')).toMatchObject({
      field: 'input.communicationUserIds.0',
    });
  });

  it('returns NOT_FOUND when removing from a room ACS does not know', async () => {
    const stack = await startGatewayStack(disposers);
    const result = await stack.graphql(RemoveRoomParticipantsDocument, {
      input: { roomId: '99999999', communicationUserIds: [user(1)] },
    });
    expect(expectTypename(result.data?.removeRoomParticipants, 'AcsError')).toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

describe('room(id)', () => {
  it('returns the room ACS has', async () => {
    const stack = await startGatewayStack(disposers);
    const room = await createRoom(stack);
    const result = await stack.graphql(RoomDocument, { id: room.id });
    expect(result.data?.room).toEqual(room);
  });

  it('returns null for a room ACS does not know (404) and for an id ACS calls invalid (400)', async () => {
    const stack = await startGatewayStack(disposers);
    const unknown = await stack.graphql(RoomDocument, { id: '99999999' });
    const invalid = await stack.graphql(RoomDocument, { id: 'not-a-room' });
    expect([unknown.data?.room, unknown.errors, invalid.data?.room, invalid.errors]).toEqual([
      null,
      undefined,
      null,
      undefined,
    ]);
  });

  it('is a request error with extensions.code when ACS throttles the read', async () => {
    const stack = await startGatewayStack(disposers);
    stack.emulator.emulator.control.failNextRequests({ status: 429, retryAfterSeconds: 3 });
    const result = await stack.graphql(RoomDocument, { id: '1' });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 3 });
  });
});

describe('paging', () => {
  it('pages through every room across ACS pages with opaque cursors', async () => {
    const stack = await startGatewayStack(disposers, { emulator: { pageSize: 3 } });
    const created: string[] = [];
    for (let i = 0; i < 7; i++) created.push((await createRoom(stack)).id);
    const seen: string[] = [];
    let after: string | null | undefined = null;
    let pages = 0;
    for (;;) {
      const result: GraphQLResult<RoomsQuery> = await stack.graphql(RoomsDocument, { first: 2, after });
      const connection = result.data?.rooms;
      if (!connection) throw new Error(JSON.stringify(result.errors));
      seen.push(...connection.edges.map((e) => e.node.id));
      pages += 1;
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(pages).toBe(4);
    expect([...seen].sort()).toEqual([...created].sort());
  });

  it('pages through a room roster across ACS pages', async () => {
    const stack = await startGatewayStack(disposers, { emulator: { pageSize: 3 } });
    const users = [1, 2, 3, 4, 5, 6, 7].map(user);
    const room = await createRoom(stack, {
      participants: users.map((communicationUserId) => ({ communicationUserId })),
    });
    const first = await stack.graphql(RoomWithParticipantsDocument, { id: room.id, first: 4 });
    const page1 = first.data?.room?.participants;
    expect(page1?.edges).toHaveLength(4);
    expect(page1?.pageInfo.hasNextPage).toBe(true);
    const second = await stack.graphql(RoomWithParticipantsDocument, {
      id: room.id,
      first: 4,
      after: page1?.pageInfo.endCursor,
    });
    const page2 = second.data?.room?.participants;
    expect(page2?.edges).toHaveLength(3);
    expect(page2?.pageInfo.hasNextPage).toBe(false);
    const ids = [...(page1?.edges ?? []), ...(page2?.edges ?? [])].map((e) => e.node.communicationUserId);
    expect(ids.sort()).toEqual([...users].sort());
  });

  it('rejects a page size outside 1..100 and a cursor of another list as BAD_USER_INPUT', async () => {
    const stack = await startGatewayStack(disposers);
    const room = await createRoom(stack, { participants: [{ communicationUserId: user(1) }] });
    const tooMany = await stack.graphql(RoomsDocument, { first: 101 });
    const roster = await stack.graphql(RoomWithParticipantsDocument, { id: room.id, first: 1 });
    const foreign = await stack.graphql(RoomsDocument, {
      first: 1,
      after: roster.data?.room?.participants.edges[0]?.cursor,
    });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(foreign.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});
