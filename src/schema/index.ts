import { type GraphQLSchema, lexicographicSortSchema } from 'graphql';
import { createBuilder } from './builder.ts';
import { addCallTypes } from './call.ts';
import { addCallEventTypes } from './call-event.ts';
import { addCallEventKindTypes } from './call-event-kinds.ts';
import { addCallLifecycleTypes } from './call-lifecycle.ts';
import { addCallMediaTypes } from './call-media.ts';
import { addCallParticipantTypes } from './call-participants.ts';
import { addCallRecordingTypes } from './call-recording.ts';
import { addErrorTypes } from './errors.ts';
import { addIdentifierTypes } from './identifier.ts';
import { addIncomingCallTypes } from './incoming-calls.ts';
import { addRoomTypes } from './room.ts';

/**
 * Builds the gateway's GraphQL schema from a fresh builder: nothing is shared between calls, so several
 * apps in one process each get their own. Types are sorted, so the printed SDL is stable.
 */
export function buildSchema(): GraphQLSchema {
  const builder = createBuilder();
  addErrorTypes(builder);
  const identifiers = addIdentifierTypes(builder);
  const rooms = addRoomTypes(builder);
  const calls = addCallTypes(builder, rooms);
  const media = addCallMediaTypes(builder, { ...calls, ...identifiers });
  const participants = addCallParticipantTypes(builder, { ...calls, ...media, ...identifiers });
  const recordings = addCallRecordingTypes(builder, calls);
  const events = addCallEventTypes(builder, calls);
  const { eventTypeOf } = addCallEventKindTypes(builder, {
    ...events,
    ...media,
    ...participants,
    ...recordings,
    ...identifiers,
  });
  calls.outcomes.useEventTypes(eventTypeOf);
  addCallLifecycleTypes(builder, { ...calls, ...identifiers });
  addIncomingCallTypes(builder, { ...calls, ...identifiers });
  return lexicographicSortSchema(builder.toSchema({ sortSchema: true }));
}
