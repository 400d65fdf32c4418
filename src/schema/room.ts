import type { Room, RoomParticipant } from '../acs/ports.ts';
import type { RoomParticipantRole } from '../domain/call.ts';
import type { Connection } from '../resolvers/paging.ts';
import {
  type CreateRoomInput,
  createRoom,
  deleteRoom,
  getRoom,
  listRoomParticipants,
  listRooms,
  type RoomParticipantInput,
  removeRoomParticipants,
  type UpdateRoomInput,
  updateRoom,
  upsertRoomParticipants,
} from '../resolvers/rooms.ts';
import type { Builder } from './builder.ts';
import { addMutation } from './mutation.ts';

/** Registers rooms: types, connections, inputs, the `room`/`rooms` queries and the room mutations. */
export function addRoomTypes(builder: Builder) {
  const RoleEnum = builder.enumType('RoomParticipantRole', {
    description: 'What a room participant may do in the room call (ACS Rooms roles).',
    values: {
      PRESENTER: { value: 'Presenter', description: 'Full rights: share, mute or remove others, dial out.' },
      ATTENDEE: { value: 'Attendee', description: 'Sends and receives audio/video; cannot share.' },
      CONSUMER: { value: 'Consumer', description: 'Receives only.' },
      COLLABORATOR: { value: 'Collaborator', description: 'An attendee who can also share the screen.' },
    } satisfies Record<string, { value: RoomParticipantRole; description: string }>,
  });

  const PageInfo = builder.objectRef<Connection<unknown>['pageInfo']>('PageInfo').implement({
    description: 'Where a page of a connection ends (Relay).',
    fields: (t) => ({
      hasNextPage: t.exposeBoolean('hasNextPage', {
        description: 'True when more items may follow `endCursor`.',
      }),
      endCursor: t.string({
        nullable: true,
        description: 'Cursor of the last edge; pass it as `after` for the next page.',
        resolve: (info) => info.endCursor,
      }),
    }),
  });

  const RoomParticipantRef = builder.objectRef<RoomParticipant>('RoomParticipant').implement({
    description: 'An ACS user on a room roster.',
    fields: (t) => ({
      communicationUserId: t.exposeString('communicationUserId', {
        description: 'The ACS user id (`8:acs:…`).',
      }),
      rawId: t.exposeString('rawId', {
        description: 'The raw id of the user (the same as `communicationUserId`).',
      }),
      role: t.field({ type: RoleEnum, description: 'The role in the room.', resolve: (p) => p.role }),
    }),
  });

  const RoomParticipantEdge = builder
    .objectRef<Connection<RoomParticipant>['edges'][number]>('RoomParticipantEdge')
    .implement({
      description: 'A room participant in a page.',
      fields: (t) => ({
        cursor: t.exposeString('cursor', {
          description: 'Opaque position of this participant in the roster.',
        }),
        node: t.field({ type: RoomParticipantRef, description: 'The participant.', resolve: (e) => e.node }),
      }),
    });
  const RoomParticipantConnection = builder
    .objectRef<Connection<RoomParticipant>>('RoomParticipantConnection')
    .implement({
      description: 'A page of a room roster.',
      fields: (t) => ({
        edges: t.field({
          type: [RoomParticipantEdge],
          description: 'The participants of this page.',
          resolve: (c) => c.edges,
        }),
        pageInfo: t.field({ type: PageInfo, description: 'Paging state.', resolve: (c) => c.pageInfo }),
      }),
    });

  const RoomRef = builder.objectRef<Room>('Room').implement({
    description: 'An ACS room: a roster and a validity window in which its participants can hold a call.',
    fields: (t) => ({
      id: t.exposeID('id', { description: 'The ACS room id (a numeric string).' }),
      createdAt: t.field({
        type: 'DateTime',
        description: 'When the room was created.',
        resolve: (r) => r.createdAt,
      }),
      validFrom: t.field({
        type: 'DateTime',
        description: 'Start of the window in which the room can be joined.',
        resolve: (r) => r.validFrom,
      }),
      validUntil: t.field({
        type: 'DateTime',
        description: 'End of the window in which the room can be joined.',
        resolve: (r) => r.validUntil,
      }),
      pstnDialOutEnabled: t.exposeBoolean('pstnDialOutEnabled', {
        description: 'Whether phone numbers may be dialled into the room call.',
      }),
      participants: t.field({
        type: RoomParticipantConnection,
        description: 'The roster, paged as ACS pages it.',
        args: {
          first: t.arg.int({ defaultValue: 50, description: 'Page size, 1 to 100.' }),
          after: t.arg.string({
            description:
              'Cursor after which the page starts: an `endCursor` of this same list, as the gateway issued it ' +
              '(signed; any other is BAD_USER_INPUT).',
          }),
        },
        resolve: (room, args, ctx) =>
          listRoomParticipants(room.id, { first: args.first ?? 50, after: args.after }, ctx),
      }),
    }),
  });

  const RoomEdge = builder.objectRef<Connection<Room>['edges'][number]>('RoomEdge').implement({
    description: 'A room in a page.',
    fields: (t) => ({
      cursor: t.exposeString('cursor', { description: 'Opaque position of this room in the listing.' }),
      node: t.field({ type: RoomRef, description: 'The room.', resolve: (e) => e.node }),
    }),
  });
  const RoomConnection = builder.objectRef<Connection<Room>>('RoomConnection').implement({
    description: 'A page of rooms (newest first, as ACS lists them; expired rooms included).',
    fields: (t) => ({
      edges: t.field({ type: [RoomEdge], description: 'The rooms of this page.', resolve: (c) => c.edges }),
      pageInfo: t.field({ type: PageInfo, description: 'Paging state.', resolve: (c) => c.pageInfo }),
    }),
  });

  builder.queryFields((t) => ({
    room: t.field({
      type: RoomRef,
      nullable: true,
      description: 'A room by id; null when ACS knows no room by that id (404, or an id ACS calls invalid).',
      args: { id: t.arg.id({ required: true, description: 'The room id.' }) },
      resolve: (_root, args, ctx) => getRoom(String(args.id), ctx),
    }),
    rooms: t.field({
      type: RoomConnection,
      description: 'The rooms of the ACS resource, paged.',
      args: {
        first: t.arg.int({ defaultValue: 20, description: 'Page size, 1 to 100.' }),
        after: t.arg.string({
          description:
            'Cursor after which the page starts: an `endCursor` of this same list, as the gateway issued it ' +
            '(signed; any other is BAD_USER_INPUT).',
        }),
      },
      resolve: (_root, args, ctx) => listRooms({ first: args.first ?? 20, after: args.after }, ctx),
    }),
  }));

  // ─── inputs and mutations ───

  const RoomParticipantInputRef = builder.inputRef<RoomParticipantInput>('RoomParticipantInput').implement({
    description: 'A roster entry to add or update.',
    fields: (t) => ({
      communicationUserId: t.string({
        required: true,
        description: 'The ACS user id (`8:acs:…`, `8:spool:…`, `8:dod-acs:…`, `8:gcch-acs:…`); nothing else.',
      }),
      role: t.field({
        type: RoleEnum,
        required: false,
        defaultValue: 'Attendee',
        description: 'The role. Default: ATTENDEE.',
      }),
    }),
  });

  const CreateRoomInputRef = builder.inputRef<CreateRoomInput>('CreateRoomInput').implement({
    description: 'A room to create. Without a window, ACS makes it valid from now for 180 days.',
    fields: (t) => ({
      validFrom: t.field({
        type: 'DateTime',
        required: false,
        description: 'Start of the validity window. Default: now.',
      }),
      validUntil: t.field({
        type: 'DateTime',
        required: false,
        description:
          'End of the validity window; after `validFrom`, at most 180 days later. Default: validFrom + 180 days.',
      }),
      pstnDialOutEnabled: t.boolean({
        required: false,
        defaultValue: false,
        description: 'Allow dialling phone numbers into the room call.',
      }),
      participants: t.field({
        type: [RoomParticipantInputRef],
        required: false,
        description: 'The initial roster (at most 100).',
      }),
    }),
  });
  const UpdateRoomInputRef = builder.inputRef<UpdateRoomInput>('UpdateRoomInput').implement({
    description: 'Changes to a room; absent fields stay as they are.',
    fields: (t) => ({
      id: t.id({ required: true, description: 'The room to change.' }),
      validFrom: t.field({
        type: 'DateTime',
        required: false,
        description: 'New start of the validity window.',
      }),
      validUntil: t.field({
        type: 'DateTime',
        required: false,
        description: 'New end of the validity window.',
      }),
      pstnDialOutEnabled: t.boolean({
        required: false,
        description: 'Allow or forbid dialling phone numbers into the room call.',
      }),
    }),
  });
  const DeleteRoomInputRef = builder.inputRef<{ id: string }>('DeleteRoomInput').implement({
    description: 'A room to delete.',
    fields: (t) => ({ id: t.id({ required: true, description: 'The room to delete.' }) }),
  });
  const UpsertInputRef = builder
    .inputRef<{ roomId: string; participants: RoomParticipantInput[] }>('UpsertRoomParticipantsInput')
    .implement({
      description: 'Roster entries to add, or whose role to change.',
      fields: (t) => ({
        roomId: t.id({ required: true, description: 'The room.' }),
        participants: t.field({
          type: [RoomParticipantInputRef],
          required: true,
          description: 'The entries (1 to 100).',
        }),
      }),
    });
  const RemoveInputRef = builder
    .inputRef<{ roomId: string; communicationUserIds: string[] }>('RemoveRoomParticipantsInput')
    .implement({
      description: 'Users to take off a roster (users not on it are ignored).',
      fields: (t) => ({
        roomId: t.id({ required: true, description: 'The room.' }),
        communicationUserIds: t.stringList({ required: true, description: 'The ACS user ids (1 to 100).' }),
      }),
    });

  const roomPayload = (name: string, description: string) =>
    builder.objectRef<{ room: Room }>(name).implement({
      description,
      fields: (t) => ({
        room: t.field({ type: RoomRef, description: 'The room as ACS now has it.', resolve: (p) => p.room }),
      }),
    });
  const DeleteRoomPayload = builder.objectRef<{ deletedRoomId: string }>('DeleteRoomPayload').implement({
    description: 'A deleted room.',
    fields: (t) => ({
      deletedRoomId: t.exposeID('deletedRoomId', { description: 'The id of the deleted room.' }),
    }),
  });

  addMutation(builder, 'createRoom', {
    description: 'Creates a room.',
    input: CreateRoomInputRef,
    payload: roomPayload('CreateRoomPayload', 'A created room.'),
    resolve: createRoom,
  });
  addMutation(builder, 'updateRoom', {
    description: 'Changes the validity window or the PSTN dial-out flag of a room.',
    input: UpdateRoomInputRef,
    payload: roomPayload('UpdateRoomPayload', 'An updated room.'),
    resolve: updateRoom,
  });
  addMutation(builder, 'deleteRoom', {
    description: 'Deletes a room.',
    input: DeleteRoomInputRef,
    payload: DeleteRoomPayload,
    resolve: deleteRoom,
  });
  addMutation(builder, 'upsertRoomParticipants', {
    description: 'Adds users to a room roster, or changes their role.',
    input: UpsertInputRef,
    payload: roomPayload('UpsertRoomParticipantsPayload', 'A room whose roster changed.'),
    resolve: upsertRoomParticipants,
  });
  addMutation(builder, 'removeRoomParticipants', {
    description: 'Takes users off a room roster.',
    input: RemoveInputRef,
    payload: roomPayload('RemoveRoomParticipantsPayload', 'A room whose roster changed.'),
    resolve: removeRoomParticipants,
  });

  return { RoomRef };
}
