import { getIdentifierRawId } from '@azure/communication-common';
import type {
  CommunicationRoom,
  RoomsClient,
  RoomParticipant as SdkRoomParticipant,
} from '@azure/communication-rooms';
import { InputError } from '../errors.ts';
import { callAcs } from './errors.ts';
import type { Page, Room, RoomParticipant, RoomsPort } from './ports.ts';

function toRoom(room: CommunicationRoom): Room {
  return {
    id: room.id,
    createdAt: room.createdOn.toISOString(),
    validFrom: room.validFrom.toISOString(),
    validUntil: room.validUntil.toISOString(),
    pstnDialOutEnabled: room.pstnDialOutEnabled,
  };
}

function toParticipant(participant: SdkRoomParticipant): RoomParticipant {
  const rawId = getIdentifierRawId(participant.id);
  return { rawId, communicationUserId: rawId, role: participant.role };
}

/**
 * Reads one page of an SDK listing together with the continuation token of the next page.
 *
 * The public `RoomsClient` maps each page (`page.map(…)`), which drops the continuation token the generated
 * client attaches to it, so the token is read from the raw response (`onResponse` → body `nextLink`). Pages
 * are fetched one at a time, so the last response seen is the page just yielded.
 */
async function readPage<TSdk, T>(
  list: (onResponse: (raw: { parsedBody?: unknown }) => void) => {
    byPage(settings?: { continuationToken?: string }): AsyncIterableIterator<TSdk[]>;
  },
  token: string | null,
  map: (item: TSdk) => T,
): Promise<Page<T>> {
  if (token !== null && !isRelativeLink(token))
    throw new InputError('after is not a cursor of this list.', 'after');
  let nextLink: string | null = null;
  const pages = list((raw) => {
    const body = raw.parsedBody as { nextLink?: unknown } | undefined;
    nextLink =
      typeof body?.nextLink === 'string' && body.nextLink !== '' ? toRelativeLink(body.nextLink) : null;
  }).byPage(token ? { continuationToken: token } : {});
  try {
    const first = await pages.next();
    return { items: first.done ? [] : first.value.map(map), nextToken: nextLink };
  } finally {
    await pages.return?.();
  }
}

/**
 * Continuation tokens are ACS `nextLink`s kept as path + query only: a cursor comes back from clients, and
 * an absolute URL in it could make the SDK send signed requests to another host. The SDK resolves a
 * relative `nextLink` against the ACS endpoint (acs.md §2).
 */
function toRelativeLink(link: string): string {
  try {
    const url = new URL(link);
    return `${url.pathname}${url.search}`;
  } catch {
    return link;
  }
}

function isRelativeLink(token: string): boolean {
  return token.startsWith('/') && !token.startsWith('//') && !token.includes('\\');
}

/** `RoomsPort` over the official `RoomsClient`. */
export function createRoomsAdapter(client: RoomsClient): RoomsPort {
  return {
    createRoom: (request) =>
      callAcs(async () =>
        toRoom(
          await client.createRoom({
            ...(request.validFrom ? { validFrom: new Date(request.validFrom) } : {}),
            ...(request.validUntil ? { validUntil: new Date(request.validUntil) } : {}),
            ...(request.pstnDialOutEnabled !== undefined
              ? { pstnDialOutEnabled: request.pstnDialOutEnabled }
              : {}),
            participants: (request.participants ?? []).map((p) => ({
              id: { communicationUserId: p.communicationUserId },
              role: p.role,
            })),
          }),
        ),
      ),
    getRoom: (roomId) => callAcs(async () => toRoom(await client.getRoom(roomId))),
    updateRoom: (roomId, request) =>
      callAcs(async () =>
        toRoom(
          await client.updateRoom(roomId, {
            ...(request.validFrom ? { validFrom: new Date(request.validFrom) } : {}),
            ...(request.validUntil ? { validUntil: new Date(request.validUntil) } : {}),
            ...(request.pstnDialOutEnabled !== undefined
              ? { pstnDialOutEnabled: request.pstnDialOutEnabled }
              : {}),
          }),
        ),
      ),
    deleteRoom: (roomId) => callAcs(() => client.deleteRoom(roomId)),
    listRoomsPage: (token) =>
      callAcs(() => readPage((onResponse) => client.listRooms({ onResponse }), token, toRoom)),
    listParticipantsPage: (roomId, token) =>
      callAcs(() =>
        readPage((onResponse) => client.listParticipants(roomId, { onResponse }), token, toParticipant),
      ),
    upsertParticipants: (roomId, participants) =>
      callAcs(() =>
        client.addOrUpdateParticipants(
          roomId,
          participants.map((p) => ({ id: { communicationUserId: p.communicationUserId }, role: p.role })),
        ),
      ),
    removeParticipants: (roomId, ids) =>
      callAcs(() =>
        client.removeParticipants(
          roomId,
          ids.map((communicationUserId) => ({ communicationUserId })),
        ),
      ),
  };
}
