import { describe, expect, it } from 'vitest';
import { useDisposers } from '../helpers/disposers.ts';
import { rejection, startEmulator } from '../helpers/emulator.ts';

const disposers = useDisposers();
const DAY_MS = 24 * 60 * 60 * 1000;
const user = (n: number | string) => ({ communicationUserId: `8:acs:rooms-test_${n}` });

describe('Rooms REST', () => {
  it('creates a room valid from now for exactly 180 days by default, without participants in the body', async () => {
    const { rooms, signedFetch } = await startEmulator(disposers);
    const before = Date.now();
    const room = await rooms.createRoom();
    expect(room.id).toMatch(/^\d{16,17}$/);
    expect(room.pstnDialOutEnabled).toBe(false);
    expect(room.validFrom.getTime()).toBeGreaterThanOrEqual(before - 1);
    expect(room.validUntil.getTime() - room.validFrom.getTime()).toBe(180 * DAY_MS);
    const raw = (await (
      await signedFetch('GET', `/rooms/${room.id}?api-version=2025-03-13`)
    ).json()) as Record<string, string>;
    expect(Object.keys(raw).sort()).toEqual([
      'createdAt',
      'id',
      'pstnDialOutEnabled',
      'validFrom',
      'validUntil',
    ]);
  });

  it('formats room timestamps like the service: +00:00 and at most 7 trimmed fractional digits', async () => {
    const { signedFetch } = await startEmulator(disposers);
    const created = await signedFetch('POST', '/rooms?api-version=2025-03-13', {
      validFrom: new Date(Date.now() + 60_000).toISOString().replace(/\.\d+Z$/, '.000Z'),
      validUntil: new Date(Date.now() + 3_600_000).toISOString().replace(/\.\d+Z$/, '.000Z'),
      participants: {},
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toMatch(/^\d+$/);
    const body = (await created.json()) as Record<string, string>;
    expect(body.validFrom).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$/);
    expect(body.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{0,6}[1-9])?\+00:00$/);
  });

  it('creates, gets, updates and deletes a room with PSTN dial-out', async () => {
    const { rooms } = await startEmulator(disposers);
    const room = await rooms.createRoom({
      pstnDialOutEnabled: true,
      participants: [{ id: user(1), role: 'Presenter' }],
    });
    expect((await rooms.getRoom(room.id)).pstnDialOutEnabled).toBe(true);
    const validFrom = new Date(Date.now() + 60_000);
    const validUntil = new Date(Date.now() + 2 * 60 * 60_000);
    const updated = await rooms.updateRoom(room.id, { validFrom, validUntil, pstnDialOutEnabled: false });
    expect(updated).toMatchObject({ id: room.id, pstnDialOutEnabled: false });
    expect(updated.validUntil.getTime()).toBe(Math.floor(validUntil.getTime()));
    await rooms.deleteRoom(room.id);
    expect((await rejection(rooms.getRoom(room.id))).statusCode).toBe(404);
  });

  it('lists rooms newest first across several pages through absolute nextLinks carrying api-version', async () => {
    const { rooms, signedFetch } = await startEmulator(disposers, { pageSize: 3 });
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) ids.push((await rooms.createRoom()).id);
    const listed: string[] = [];
    for await (const room of rooms.listRooms()) listed.push(room.id);
    expect(listed).toEqual([...ids].reverse());
    const firstPage = (await (await signedFetch('GET', '/rooms?api-version=2025-03-13')).json()) as {
      value: unknown[];
      nextLink: string;
    };
    expect(firstPage.value).toHaveLength(3);
    expect(firstPage.nextLink).toMatch(
      /^http:\/\/127\.0\.0\.1:\d+\/rooms\?nextLink=.+&api-version=2025-03-13$/,
    );
  });

  it('adds, updates (upsert) and removes participants with every role, paging the participant list', async () => {
    const { rooms } = await startEmulator(disposers, { pageSize: 2 });
    const room = await rooms.createRoom();
    await rooms.addOrUpdateParticipants(room.id, [
      { id: user(1), role: 'Presenter' },
      { id: user(2), role: 'Attendee' },
      { id: user(3), role: 'Consumer' },
      { id: user(4), role: 'Collaborator' },
    ]);
    await rooms.addOrUpdateParticipants(room.id, [{ id: user(2), role: 'Presenter' }]);
    await rooms.removeParticipants(room.id, [user(3)]);
    const listed: { id: string; role: string | undefined }[] = [];
    for await (const p of rooms.listParticipants(room.id)) {
      listed.push({ id: (p.id as { communicationUserId: string }).communicationUserId, role: p.role });
    }
    expect(listed).toEqual([
      { id: user(1).communicationUserId, role: 'Presenter' },
      { id: user(2).communicationUserId, role: 'Presenter' },
      { id: user(4).communicationUserId, role: 'Collaborator' },
    ]);
  });

  it('answers 200 {} when removing a participant who is not in the room', async () => {
    const { signedFetch } = await startEmulator(disposers);
    const room = (await (
      await signedFetch('POST', '/rooms?api-version=2025-03-13', { participants: {} })
    ).json()) as {
      id: string;
    };
    const response = await signedFetch('PATCH', `/rooms/${room.id}/participants?api-version=2025-03-13`, {
      participants: { '8:acs:nobody_1': null },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({});
  });

  it('rejects a malformed room id with 400 "Invalid room ID." and an x-ms-error-code header', async () => {
    const { rooms, signedFetch } = await startEmulator(disposers);
    const error = await rejection(rooms.getRoom('non-existingroomId'));
    expect(error.statusCode).toBe(400);
    expect(error.message).toBe('Invalid room ID.');
    const raw = await signedFetch('PATCH', '/rooms/non-existingroomId?api-version=2025-03-13', {});
    expect(raw.status).toBe(400);
    expect(raw.headers.get('x-ms-error-code')).toBe('BadRequest');
  });

  it('answers 404 for a well-formed but unknown room id', async () => {
    const { rooms } = await startEmulator(disposers);
    expect((await rejection(rooms.getRoom('99000000000000001'))).statusCode).toBe(404);
    expect((await rejection(rooms.deleteRoom('99000000000000001'))).statusCode).toBe(404);
  });

  it('rejects a validUntil in the past with the real BadArgument details and no x-ms-error-code header', async () => {
    const { signedFetch } = await startEmulator(disposers);
    const response = await signedFetch('POST', '/rooms?api-version=2025-03-13', {
      validFrom: new Date(Date.now() - 10 * 60_000).toISOString(),
      validUntil: new Date(Date.now() - 5 * 60_000).toISOString(),
      participants: {},
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('x-ms-error-code')).toBeNull();
    expect(await response.json()).toEqual({
      error: {
        code: 'BadRequest',
        message: 'The request could not be understood by the server due to malformed syntax.',
        details: [
          { code: 'BadArgument', message: 'The time range end is in the past.', target: 'ValidUntil' },
        ],
      },
    });
  });

  it('rejects a validity window longer than 180 days on create and on update', async () => {
    const { rooms } = await startEmulator(disposers);
    const tooLong = { validFrom: new Date(), validUntil: new Date(Date.now() + 181 * DAY_MS) };
    const created = await rejection(rooms.createRoom(tooLong));
    expect(created.statusCode).toBe(400);
    expect(created.details).toMatchObject({
      error: { details: [{ message: 'The time range is incorrect, or larger than 180 days.' }] },
    });
    const room = await rooms.createRoom();
    expect((await rejection(rooms.updateRoom(room.id, tooLong))).statusCode).toBe(400);
  });

  it('rejects an invalid participant raw id with 400 "Invalid format for communication identifier."', async () => {
    const { rooms } = await startEmulator(disposers);
    const error = await rejection(
      rooms.createRoom({
        participants: [{ id: { communicationUserId: 'invalid MRI Values' }, role: 'Presenter' }],
      }),
    );
    expect(error.statusCode).toBe(400);
    expect(error.message).toBe('Invalid format for communication identifier.');
  });

  it('rejects a role outside Presenter, Attendee, Consumer and Collaborator with 400', async () => {
    const { signedFetch } = await startEmulator(disposers);
    const response = await signedFetch('POST', '/rooms?api-version=2025-03-13', {
      participants: { '8:acs:rooms-test_1': { role: 'Organizer' } },
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('x-ms-error-code')).toBe('BadRequest');
  });
});
