import type { Room, RoomParticipant } from '../acs/ports.ts';
import type { RoomParticipantRole } from '../domain/call.ts';
import { AcsError } from '../errors.ts';
import type { GatewayContext } from './context.ts';
import { type Connection, paginate } from './paging.ts';
import { requireCommunicationUserId, requireListSize, requireNonEmpty, requireWindow } from './validate.ts';

/** Most participants one upsert/remove sends to ACS. */
export const MAX_PARTICIPANTS_PER_CHANGE = 100;

export interface RoomParticipantInput {
  communicationUserId: string;
  /** Default: Attendee. */
  role?: RoomParticipantRole | null;
}

export interface CreateRoomInput {
  validFrom?: string | null;
  validUntil?: string | null;
  pstnDialOutEnabled?: boolean | null;
  participants?: RoomParticipantInput[] | null;
}

export interface UpdateRoomInput {
  id: string;
  validFrom?: string | null;
  validUntil?: string | null;
  pstnDialOutEnabled?: boolean | null;
}

function participants(
  list: readonly RoomParticipantInput[],
  field: string,
): { communicationUserId: string; role: RoomParticipantRole }[] {
  return list.map((p, i) => ({
    communicationUserId: requireCommunicationUserId(
      p.communicationUserId,
      `${field}.${i}.communicationUserId`,
    ),
    role: p.role ?? 'Attendee',
  }));
}

export async function createRoom(input: CreateRoomInput, ctx: GatewayContext): Promise<{ room: Room }> {
  requireWindow(input.validFrom, input.validUntil, 'input');
  const room = await ctx.rooms.createRoom({
    ...(input.validFrom ? { validFrom: input.validFrom } : {}),
    ...(input.validUntil ? { validUntil: input.validUntil } : {}),
    pstnDialOutEnabled: input.pstnDialOutEnabled ?? false,
    participants: participants(
      requireListSize(input.participants ?? [], 0, MAX_PARTICIPANTS_PER_CHANGE, 'input.participants'),
      'input.participants',
    ),
  });
  ctx.logger.info({ roomId: room.id }, 'room created');
  return { room };
}

export async function updateRoom(input: UpdateRoomInput, ctx: GatewayContext): Promise<{ room: Room }> {
  const id = requireNonEmpty(input.id, 'input.id');
  if (input.validFrom && input.validUntil) requireWindow(input.validFrom, input.validUntil, 'input');
  const room = await ctx.rooms.updateRoom(id, {
    ...(input.validFrom ? { validFrom: input.validFrom } : {}),
    ...(input.validUntil ? { validUntil: input.validUntil } : {}),
    ...(typeof input.pstnDialOutEnabled === 'boolean'
      ? { pstnDialOutEnabled: input.pstnDialOutEnabled }
      : {}),
  });
  return { room };
}

export async function deleteRoom(
  input: { id: string },
  ctx: GatewayContext,
): Promise<{ deletedRoomId: string }> {
  const id = requireNonEmpty(input.id, 'input.id');
  await ctx.rooms.deleteRoom(id);
  return { deletedRoomId: id };
}

export async function upsertRoomParticipants(
  input: { roomId: string; participants: RoomParticipantInput[] },
  ctx: GatewayContext,
): Promise<{ room: Room }> {
  const roomId = requireNonEmpty(input.roomId, 'input.roomId');
  const list = participants(
    requireListSize(input.participants, 1, MAX_PARTICIPANTS_PER_CHANGE, 'input.participants'),
    'input.participants',
  );
  await ctx.rooms.upsertParticipants(roomId, list);
  return { room: await ctx.rooms.getRoom(roomId) };
}

export async function removeRoomParticipants(
  input: { roomId: string; communicationUserIds: string[] },
  ctx: GatewayContext,
): Promise<{ room: Room }> {
  const roomId = requireNonEmpty(input.roomId, 'input.roomId');
  const ids = requireListSize(
    input.communicationUserIds,
    1,
    MAX_PARTICIPANTS_PER_CHANGE,
    'input.communicationUserIds',
  ).map((id, i) => requireCommunicationUserId(id, `input.communicationUserIds.${i}`));
  await ctx.rooms.removeParticipants(roomId, ids);
  return { room: await ctx.rooms.getRoom(roomId) };
}

/**
 * The room, or null when no room has this id: ACS answers 404 for an unknown id and 400 "Invalid room ID."
 * for an id that cannot name a room at all; both mean "no such room" to a reader. Other failures throw.
 */
export async function getRoom(id: string, ctx: GatewayContext): Promise<Room | null> {
  if (id.trim() === '') return null;
  try {
    return await ctx.rooms.getRoom(id.trim());
  } catch (error) {
    if (error instanceof AcsError && (error.status === 404 || error.status === 400)) return null;
    throw error;
  }
}

/** The rooms of the resource; with a `rooms` claim, only those rooms (the access rule of `rooms` is `filtered`). */
export function listRooms(
  args: { first: number; after?: string | null },
  ctx: GatewayContext,
): Promise<Connection<Room>> {
  const granted = ctx.principal.rooms;
  return paginate(
    ctx.services.pageCursors,
    'rooms',
    async (token) => {
      const page = await ctx.rooms.listRoomsPage(token);
      return granted ? { ...page, items: page.items.filter((room) => granted.has(room.id)) } : page;
    },
    args,
  );
}

export function listRoomParticipants(
  roomId: string,
  args: { first: number; after?: string | null },
  ctx: GatewayContext,
): Promise<Connection<RoomParticipant>> {
  return paginate(
    ctx.services.pageCursors,
    `participants:${roomId}`,
    (token) => ctx.rooms.listParticipantsPage(roomId, token),
    args,
  );
}
