import { describe, expect, it } from 'vitest';
import { bearer, CLIENT_AUTH_ENV, clientToken } from '../helpers/client-tokens.ts';
import { useDisposers } from '../helpers/disposers.ts';
import { startEmulator } from '../helpers/emulator.ts';
import { startGatedProxy } from '../helpers/gated-proxy.ts';
import { startGatewayStack } from '../helpers/gateway.ts';

const disposers = useDisposers();
const user = (n: number) =>
  `8:acs:00000000-0000-4000-8000-000000000001_00000001-0000-0000-0000-${String(n).padStart(12, '0')}`;

const ROSTER = `query($id: ID!, $after: String) { room(id: $id) {
  participants(first: 1, after: $after) { edges { cursor node { communicationUserId } } } } }`;
const ROOMS = 'query($after: String) { rooms(first: 1, after: $after) { edges { cursor node { id } } } }';

/**
 * Room A and room B, each with two users, behind a gateway whose ACS traffic goes through a proxy that logs
 * every request; `tokenA` is limited to room A.
 */
async function twoRoomsBehindAProxy() {
  const started = await startEmulator(disposers);
  const acs = await startGatedProxy(disposers, started.emulator.url);
  const stack = await startGatewayStack(disposers, {
    restartOf: { emulator: started, port: 0 },
    env: {
      ...CLIENT_AUTH_ENV,
      ACS_CONNECTION_STRING: started.emulator.connectionString.replace(started.emulator.url, acs.url),
    },
  });
  const newRoom = async (users: string[]) =>
    (
      await started.rooms.createRoom({
        participants: users.map((id) => ({ id: { communicationUserId: id }, role: 'Attendee' as const })),
      })
    ).id;
  const roomA = await newRoom([user(1), user(2)]);
  const roomB = await newRoom([user(3), user(4)]);
  const tokenA = await clientToken({ rooms: [roomA] });
  const everyRoom = await clientToken();
  const run = async (token: string, query: string, variables: Record<string, unknown>) =>
    (await stack.graphqlText(query, variables, bearer(token))).body;
  const firstCursor = async (token: string, roomId: string) => {
    const body = await run(token, ROSTER, { id: roomId });
    const room = body.data?.room as { participants: { edges: { cursor: string }[] } } | undefined;
    const cursor = room?.participants.edges[0]?.cursor;
    if (!cursor) throw new Error(`no cursor in ${JSON.stringify(body)}`);
    return cursor;
  };
  return { stack, acs, roomA, roomB, tokenA, everyRoom, run, firstCursor };
}

/** What a client can do to a cursor: decode its JSON part, change it, encode it again (any signature kept). */
function forge(cursor: string, change: (data: Record<string, unknown>) => void): string {
  const [payload = '', ...rest] = cursor.split('.');
  const data = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
  change(data);
  return [Buffer.from(JSON.stringify(data)).toString('base64url'), ...rest].join('.');
}

type Setup = Awaited<ReturnType<typeof twoRoomsBehindAProxy>>;

describe('page cursors', () => {
  it('continue the roster they were issued for', async () => {
    const { roomA, tokenA, run, firstCursor } = await twoRoomsBehindAProxy();
    const body = await run(tokenA, ROSTER, { id: roomA, after: await firstCursor(tokenA, roomA) });
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({
      room: {
        participants: { edges: [{ cursor: expect.any(String), node: { communicationUserId: user(2) } }] },
      },
    });
  });

  const refused: [string, (s: Setup) => Promise<string>][] = [
    [
      "one naming another room's participants, sent with a token limited to room A",
      async (s) =>
        forge(await s.firstCursor(s.tokenA, s.roomA), (data) => {
          data.t = `/rooms/${s.roomB}/participants`;
        }),
    ],
    [
      'an altered one (another position)',
      async (s) =>
        forge(await s.firstCursor(s.tokenA, s.roomA), (data) => {
          data.i = 1;
        }),
    ],
    ['a truncated one', async (s) => (await s.firstCursor(s.tokenA, s.roomA)).slice(0, -3)],
    ["one from room B's roster", (s) => s.firstCursor(s.everyRoom, s.roomB)],
    [
      'one from the rooms list',
      async (s) => {
        const body = await s.run(s.tokenA, ROOMS, {});
        const rooms = body.data?.rooms as { edges: { cursor: string }[] } | undefined;
        const cursor = rooms?.edges[0]?.cursor;
        if (!cursor) throw new Error(`no cursor in ${JSON.stringify(body)}`);
        return cursor;
      },
    ],
  ];

  it.each(refused)(
    "%s is BAD_USER_INPUT on room A's roster, and ACS is never asked for a roster",
    async (_name, cursorOf) => {
      const setup = await twoRoomsBehindAProxy();
      const { acs, roomA, tokenA, run } = setup;
      const after = await cursorOf(setup);
      const seenBefore = acs.requests.length;
      const body = await run(tokenA, ROSTER, { id: roomA, after });
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
      expect(body.data).toEqual({ room: null });
      expect(JSON.stringify(body)).not.toContain(user(3).slice(-12));
      expect(JSON.stringify(body)).not.toContain(user(4).slice(-12));
      expect(acs.requests.slice(seenBefore).filter((request) => request.includes('/participants'))).toEqual(
        [],
      );
    },
  );
});
