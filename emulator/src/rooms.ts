import { randomInt } from 'node:crypto';
import { AcsError, badRequest } from './errors.ts';
import type { EmulatorRequest, EmulatorResponse, Route } from './http.ts';
import { isCommunicationUserRawId } from './identifiers.ts';
import { formatAcsTime, preciseNow } from './time.ts';

export const ROOM_ROLES = ['Presenter', 'Attendee', 'Consumer', 'Collaborator'] as const;
export type RoomRole = (typeof ROOM_ROLES)[number];

const DAY_MS = 24 * 60 * 60 * 1000;
/** A room may be valid for at most 180 days (acs.md §2.1). */
const MAX_VALIDITY_MS = 180 * DAY_MS;

interface Instant {
  epochMs: number;
  text: string;
}

export interface Room {
  id: string;
  createdAt: Instant;
  validFrom: Instant;
  validUntil: Instant;
  pstnDialOutEnabled: boolean;
  /** Roster by raw id, in insertion order. */
  participants: Map<string, RoomRole>;
  /** Creation order, for newest-first listing when timestamps tie. */
  sequence: number;
}

/** The room as the control API shows it (participants included, unlike the REST model). */
export interface RoomSnapshot {
  id: string;
  createdAt: string;
  validFrom: string;
  validUntil: string;
  pstnDialOutEnabled: boolean;
  participants: { rawId: string; role: RoomRole }[];
}

export interface RoomStore {
  get(roomId: string): Room | undefined;
  /** Like `get` but answers like the service: 400 for a malformed id, 404 for an unknown one. */
  require(roomId: string): Room;
  list(): Room[];
  snapshot(room: Room): RoomSnapshot;
  clear(): void;
}

const nowInstant = (): Instant => {
  const { epochMs, ticks } = preciseNow();
  return { epochMs, text: formatAcsTime(epochMs, ticks) };
};

const shift = (instant: Instant, ms: number): Instant => {
  const fraction = /\.(\d+)\+/.exec(instant.text)?.[1] ?? '';
  const ticks = Number(fraction.padEnd(7, '0').slice(3, 7));
  return { epochMs: instant.epochMs + ms, text: formatAcsTime(instant.epochMs + ms, ticks) };
};

function parseInstant(value: unknown, field: string): Instant | undefined {
  if (value === undefined || value === null) return undefined;
  const epochMs = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(epochMs)) throw badRequest(`${field} is not a valid date-time.`);
  const ticks = Number((/\.\d{3}(\d{1,4})/.exec(String(value))?.[1] ?? '').padEnd(4, '0'));
  return { epochMs, text: formatAcsTime(epochMs, ticks) };
}

/** The real service's 400 for a bad validity window (acs.md §2.2): no `x-ms-error-code` header. */
const validityError = (message: string): AcsError =>
  new AcsError(
    400,
    'BadRequest',
    'The request could not be understood by the server due to malformed syntax.',
    {
      details: [{ code: 'BadArgument', message, target: 'ValidUntil' }],
      omitErrorCodeHeader: true,
    },
  );

function checkWindow(validFrom: Instant, validUntil: Instant): void {
  if (validUntil.epochMs < Date.now()) throw validityError('The time range end is in the past.');
  const span = validUntil.epochMs - validFrom.epochMs;
  if (span <= 0 || span > MAX_VALIDITY_MS)
    throw validityError('The time range is incorrect, or larger than 180 days.');
}

/** Validates a `participants` merge-patch map: `{rawId: {role} | null}`. */
function parseParticipantPatch(value: unknown): Map<string, RoomRole | null> {
  if (value === undefined) return new Map();
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw badRequest('participants must be an object keyed by raw id.');
  }
  const patch = new Map<string, RoomRole | null>();
  for (const [rawId, entry] of Object.entries(value)) {
    if (!isCommunicationUserRawId(rawId)) throw badRequest('Invalid format for communication identifier.');
    if (entry === null) {
      patch.set(rawId, null);
      continue;
    }
    const role = typeof entry === 'object' ? (entry as { role?: unknown }).role : undefined;
    if (role === undefined) {
      patch.set(rawId, 'Attendee');
      continue;
    }
    if (!ROOM_ROLES.includes(role as RoomRole))
      throw badRequest(`Invalid participant role '${String(role)}'.`);
    patch.set(rawId, role as RoomRole);
  }
  return patch;
}

const roomModel = (room: Room) => ({
  id: room.id,
  createdAt: room.createdAt.text,
  validFrom: room.validFrom.text,
  validUntil: room.validUntil.text,
  pstnDialOutEnabled: room.pstnDialOutEnabled,
});

function parsePstnFlag(value: unknown): boolean | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw badRequest('pstnDialOutEnabled must be a boolean.');
  return value;
}

/** Rooms state plus the REST routes of acs.md §2. */
export function createRooms(options: { pageSize: number; origin: () => string }): {
  store: RoomStore;
  routes: Route[];
} {
  const rooms = new Map<string, Room>();
  let sequence = 0;

  const newRoomId = (): string => {
    for (;;) {
      // Real ids are numeric strings of 16–17 digits starting with 99 (acs.md §2.2).
      const id = `99${String(randomInt(0, 2 ** 47)).padStart(15, '0')}`;
      if (!rooms.has(id)) return id;
    }
  };

  const require = (roomId: string): Room => {
    if (!/^\d{1,20}$/.test(roomId)) throw badRequest('Invalid room ID.');
    const room = rooms.get(roomId);
    if (!room) throw new AcsError(404, 'NotFound', 'Room not found.');
    return room;
  };

  const page = <T>(
    request: EmulatorRequest,
    items: T[],
    basePath: string,
  ): { value: T[]; nextLink?: string } => {
    const token = request.url.searchParams.get('nextLink');
    let offset = 0;
    if (token) {
      offset = Number(Buffer.from(token, 'base64url').toString('utf8'));
      if (!Number.isInteger(offset) || offset < 0) throw badRequest('Invalid nextLink.');
    }
    const value = items.slice(offset, offset + options.pageSize);
    const next = offset + options.pageSize;
    if (next >= items.length) return { value };
    const apiVersion = request.url.searchParams.get('api-version') ?? '2025-03-13';
    const nextToken = Buffer.from(String(next)).toString('base64url');
    return {
      value,
      nextLink: `${options.origin()}${basePath}?nextLink=${nextToken}&api-version=${apiVersion}`,
    };
  };

  const newestFirst = (): Room[] =>
    [...rooms.values()].sort((a, b) => b.createdAt.epochMs - a.createdAt.epochMs || b.sequence - a.sequence);

  const createRoom = (request: EmulatorRequest): EmulatorResponse => {
    const body = request.optionalJson() ?? {};
    const validFrom = parseInstant(body.validFrom, 'validFrom') ?? nowInstant();
    const validUntil = parseInstant(body.validUntil, 'validUntil') ?? shift(validFrom, MAX_VALIDITY_MS);
    const pstnDialOutEnabled = parsePstnFlag(body.pstnDialOutEnabled) ?? false;
    const patch = parseParticipantPatch(body.participants);
    checkWindow(validFrom, validUntil);
    const room: Room = {
      id: newRoomId(),
      createdAt: nowInstant(),
      validFrom,
      validUntil,
      pstnDialOutEnabled,
      participants: new Map(),
      sequence: sequence++,
    };
    for (const [rawId, role] of patch) if (role) room.participants.set(rawId, role);
    rooms.set(room.id, room);
    return { status: 201, body: roomModel(room), headers: { location: room.id } };
  };

  const updateRoom = (request: EmulatorRequest, [roomId = '']: string[]): EmulatorResponse => {
    const room = require(roomId);
    const body = request.json();
    const validFrom = parseInstant(body.validFrom, 'validFrom') ?? room.validFrom;
    const validUntil = parseInstant(body.validUntil, 'validUntil') ?? room.validUntil;
    const pstnDialOutEnabled = parsePstnFlag(body.pstnDialOutEnabled);
    if (body.validFrom !== undefined || body.validUntil !== undefined) checkWindow(validFrom, validUntil);
    room.validFrom = validFrom;
    room.validUntil = validUntil;
    if (pstnDialOutEnabled !== undefined) room.pstnDialOutEnabled = pstnDialOutEnabled;
    return { status: 200, body: roomModel(room) };
  };

  const patchParticipants = (request: EmulatorRequest, [roomId = '']: string[]): EmulatorResponse => {
    const room = require(roomId);
    const body = request.json();
    if (body.participants === undefined) throw badRequest('participants is required.');
    for (const [rawId, role] of parseParticipantPatch(body.participants)) {
      if (role === null) room.participants.delete(rawId);
      else room.participants.set(rawId, role);
    }
    return { status: 200, body: {} };
  };

  const routes: Route[] = [
    { method: 'POST', pattern: /^\/rooms$/, kind: 'rooms', handler: createRoom },
    {
      method: 'GET',
      pattern: /^\/rooms$/,
      kind: 'rooms',
      handler: (request) => ({ status: 200, body: page(request, newestFirst().map(roomModel), '/rooms') }),
    },
    {
      method: 'GET',
      pattern: /^\/rooms\/([^/]+)$/,
      kind: 'rooms',
      handler: (_request, [roomId = '']) => ({ status: 200, body: roomModel(require(roomId)) }),
    },
    { method: 'PATCH', pattern: /^\/rooms\/([^/]+)$/, kind: 'rooms', handler: updateRoom },
    {
      method: 'DELETE',
      pattern: /^\/rooms\/([^/]+)$/,
      kind: 'rooms',
      handler: (_request, [roomId = '']) => {
        rooms.delete(require(roomId).id);
        return { status: 204 };
      },
    },
    {
      method: 'GET',
      pattern: /^\/rooms\/([^/]+)\/participants$/,
      kind: 'rooms',
      handler: (request, [roomId = '']) => {
        const room = require(roomId);
        const participants = [...room.participants].map(([rawId, role]) => ({ rawId, role }));
        return { status: 200, body: page(request, participants, `/rooms/${room.id}/participants`) };
      },
    },
    {
      method: 'PATCH',
      pattern: /^\/rooms\/([^/]+)\/participants$/,
      kind: 'rooms',
      handler: patchParticipants,
    },
  ];

  const store: RoomStore = {
    get: (roomId) => rooms.get(roomId),
    require,
    list: newestFirst,
    snapshot: (room) => ({
      ...roomModel(room),
      participants: [...room.participants].map(([rawId, role]) => ({ rawId, role })),
    }),
    clear: () => rooms.clear(),
  };
  return { store, routes };
}
