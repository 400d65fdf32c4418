import { isObjectType, isUnionType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { CALL_ACTION_OUTCOMES, endsAction } from '../../src/domain/call-action-outcomes.ts';
import type { CallEvent } from '../../src/domain/call-event.ts';
import { CALL_EVENT_KINDS } from '../../src/domain/call-event-kinds.ts';
import { buildSchema } from '../../src/schema/index.ts';

const schema = buildSchema();
const event = (kind: string, fields: Record<string, unknown>) =>
  ({ kind, cursor: '1-0', operationContext: null, ...fields }) as unknown as CallEvent;

describe('the table of call action outcomes', () => {
  it('ends actions only with callback kinds of the table of event kinds', () => {
    for (const [action, { kinds }] of Object.entries(CALL_ACTION_OUTCOMES)) {
      for (const kind of kinds) expect(CALL_EVENT_KINDS[kind].origin, `${action}: ${kind}`).toBe('callback');
    }
  });

  it("gives each payload's outcome union exactly the kinds of its action", () => {
    const checked = new Set<string>();
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || !('outcome' in type.getFields())) continue;
      const union = type.getFields().outcome?.type;
      if (!isUnionType(union)) throw new Error(`${type.name}.outcome is not a union`);
      checked.add(union.name);
      const row = Object.values(CALL_ACTION_OUTCOMES).find((outcome) => outcome.union === union.name);
      expect(row, union.name).toBeDefined();
      expect(
        union
          .getTypes()
          .map((member) => member.name)
          .sort(),
      ).toEqual([...(row?.kinds ?? [])].sort());
    }
    // Every union of the table is some payload's outcome: the loop above cannot pass by checking nothing.
    expect([...checked].sort()).toEqual(
      [...new Set(Object.values(CALL_ACTION_OUTCOMES).map((outcome) => outcome.union))].sort(),
    );
  });

  it('matches an ending event by kind and by the key of the run', () => {
    expect(
      endsAction('playMedia', 'greeting', event('PlayCompleted', { operationContext: 'greeting' })),
    ).toBe(true);
    expect(endsAction('playMedia', 'greeting', event('PlayCompleted', { operationContext: 'other' }))).toBe(
      false,
    );
    expect(endsAction('playMedia', 'greeting', event('PlayStarted', { operationContext: 'greeting' }))).toBe(
      false,
    );
  });

  it('matches a recording by its recordingId, which ACS sends instead of an operationContext', () => {
    expect(
      endsAction('startRecording', 'rec-1', event('RecordingStateChanged', { recordingId: 'rec-1' })),
    ).toBe(true);
    expect(
      endsAction('startRecording', 'rec-1', event('RecordingStateChanged', { recordingId: 'rec-2' })),
    ).toBe(false);
  });
});
