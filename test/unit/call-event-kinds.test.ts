import { isEnumType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { CALL_EVENT_KIND_NAMES, CALL_EVENT_KINDS } from '../../src/domain/call-event-kinds.ts';
import { normalizeCloudEvent } from '../../src/events/normalize.ts';
import { buildSchema } from '../../src/schema/index.ts';

const schema = buildSchema();
const cloudEvent = (kind: string) => ({
  id: `id-${kind}`,
  type: `Microsoft.Communication.${kind}`,
  time: '2025-03-05T08:58:25Z',
  data: { callConnectionId: 'cc-1' },
});

describe('the table of call event kinds', () => {
  it('gives every kind a CallEvent object type named after it', () => {
    for (const kind of CALL_EVENT_KIND_NAMES) {
      const type = schema.getType(kind === 'Unknown' ? 'UnknownCallEvent' : kind);
      expect(isObjectType(type), kind).toBe(true);
      if (isObjectType(type)) expect(type.getInterfaces().map((i) => i.name)).toContain('CallEvent');
    }
  });

  it('gives every kind exactly one CallEventType value', () => {
    const enumType = schema.getType('CallEventType');
    if (!isEnumType(enumType)) throw new Error('CallEventType is not an enum');
    expect(
      enumType
        .getValues()
        .map((v) => v.value as string)
        .sort(),
    ).toEqual([...CALL_EVENT_KIND_NAMES].sort());
  });

  it('lets the callback normalizer map exactly the callback kinds', () => {
    const mapped = CALL_EVENT_KIND_NAMES.filter(
      (kind) => normalizeCloudEvent(cloudEvent(kind)).kind !== 'Unknown',
    );
    expect(mapped).toEqual(
      CALL_EVENT_KIND_NAMES.filter((kind) => CALL_EVENT_KINDS[kind].origin === 'callback'),
    );
    expect(mapped).toContain('TranscriptionStarted');
    expect(mapped).toContain('MediaStreamingFailed');
  });
});
