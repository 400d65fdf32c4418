import { type CallEventData, possibleTypes } from '@switchboard/client';

/** The name of an event type, as GraphQL names it (`AddParticipantSucceeded`, `PlayFailed`, …). */
export type EventTypename = CallEventData['__typename'];

/** Whether an event reports that something worked, that something failed, or neither (a state change). */
export type EventTone = 'success' | 'failure' | 'neutral';

/** The events whose name does not say it: the rest end in `Succeeded`/`Completed` or in `Failed`. */
const TONE_EXCEPTIONS: Partial<Record<EventTypename, EventTone>> = {
  CallConnected: 'success',
  EventsLost: 'failure',
};

/** The one place the console decides how an event type is coloured (timeline, action outcomes). */
export function eventTone(typename: EventTypename): EventTone {
  const exception = TONE_EXCEPTIONS[typename];
  if (exception) return exception;
  if (typename.endsWith('Failed')) return 'failure';
  if (typename.endsWith('Succeeded') || typename.endsWith('Completed')) return 'success';
  return 'neutral';
}

/** Whether a `__typename` names an event type (the schema's implementations of `CallEvent`). */
export function isEventTypename(typename: string): typename is EventTypename {
  return possibleTypes.CallEvent?.includes(typename) ?? false;
}
