import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  type GraphQLField,
  type GraphQLNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isUnionType,
  Kind,
  parse,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildSchema } from '../../src/schema/index.ts';

const schema = buildSchema();
const contract = parse(
  readFileSync(resolve(import.meta.dirname, '../../../shared/design/api.graphql'), 'utf8'),
);

function typeString(node: { kind: string; type?: unknown; name?: { value: string } }): string {
  if (node.kind === Kind.NON_NULL_TYPE) return `${typeString(node.type as typeof node)}!`;
  if (node.kind === Kind.LIST_TYPE) return `[${typeString(node.type as typeof node)}]`;
  return node.name?.value ?? '?';
}

/**
 * Where the schema deliberately departs from the contract (breaking changes made after it was written):
 * each problem the comparison would report, with why.
 */
const SUPERSEDED: Record<string, string> = {
  'missing type RecordingInput': 'one input per mutation: Stop/Pause/ResumeRecordingInput',
  'missing type ContinuousDtmfRecognitionInput':
    'one input per mutation: Start/StopContinuousDtmfRecognitionInput',
  'Call.events(last) differs': 'Relay forward paging: events(first, after)',
  'Mutation.startContinuousDtmfRecognition(input) differs': 'StartContinuousDtmfRecognitionInput',
  'Mutation.stopContinuousDtmfRecognition(input) differs': 'StopContinuousDtmfRecognitionInput',
  'Mutation.stopRecording(input) differs': 'StopRecordingInput',
  'Mutation.pauseRecording(input) differs': 'PauseRecordingInput',
  'Mutation.resumeRecording(input) differs': 'ResumeRecordingInput',
};

describe('the schema against the API contract (shared/design/api.graphql)', () => {
  it('has every contract type, field, argument, input field and enum value with the same type', () => {
    const problems: string[] = [];
    for (const definition of contract.definitions) {
      if (!('name' in definition) || !definition.name) continue;
      const name = definition.name.value;
      const mine = schema.getType(name);
      if (!mine) {
        problems.push(`missing type ${name}`);
        continue;
      }
      if (definition.kind === Kind.ENUM_TYPE_DEFINITION && isEnumType(mine)) {
        for (const value of definition.values ?? []) {
          if (!mine.getValue(value.name.value))
            problems.push(`missing enum value ${name}.${value.name.value}`);
        }
      }
      if (
        (definition.kind === Kind.OBJECT_TYPE_DEFINITION ||
          definition.kind === Kind.INTERFACE_TYPE_DEFINITION) &&
        (isObjectType(mine) || isInterfaceType(mine))
      ) {
        const fields = mine.getFields() as Record<string, GraphQLField<unknown, unknown>>;
        for (const field of definition.fields ?? []) {
          const my = fields[field.name.value];
          if (!my) {
            problems.push(`missing field ${name}.${field.name.value}`);
            continue;
          }
          if (String(my.type) !== typeString(field.type)) {
            problems.push(
              `${name}.${field.name.value}: ${String(my.type)} instead of ${typeString(field.type)}`,
            );
          }
          for (const arg of field.arguments ?? []) {
            const myArg = my.args.find((a) => a.name === arg.name.value);
            if (!myArg || String(myArg.type) !== typeString(arg.type)) {
              problems.push(`${name}.${field.name.value}(${arg.name.value}) differs`);
            }
          }
        }
        for (const iface of definition.interfaces ?? []) {
          if (!mine.getInterfaces().some((i) => i.name === iface.name.value)) {
            problems.push(`${name} does not implement ${iface.name.value}`);
          }
        }
      }
      if (definition.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION && isInputObjectType(mine)) {
        for (const field of definition.fields ?? []) {
          const my = mine.getFields()[field.name.value];
          if (!my || String(my.type) !== typeString(field.type)) {
            problems.push(`input ${name}.${field.name.value} differs`);
          }
        }
      }
    }
    expect(problems.filter((problem) => !(problem in SUPERSEDED))).toEqual([]);
    // Every listed departure is still a departure: an entry that no longer hides a problem goes.
    expect(Object.keys(SUPERSEDED).filter((problem) => !problems.includes(problem))).toEqual([]);
  });

  it('gives every mutation a result union of its payload, InputError and AcsError', () => {
    const mutations = schema.getMutationType()?.getFields() ?? {};
    const problems: string[] = [];
    for (const [name, field] of Object.entries(mutations)) {
      const union = schema.getType(`${name.slice(0, 1).toUpperCase()}${name.slice(1)}Result`);
      if (String(field.type) !== `${union?.name}!` || !isUnionType(union)) {
        problems.push(`${name} returns ${String(field.type)}`);
        continue;
      }
      const members = union.getTypes().map((t) => t.name);
      if (!members.includes('InputError') || !members.includes('AcsError') || members.length !== 3) {
        problems.push(`${union.name} = ${members.join(' | ')}`);
      }
      const input = field.args.find((a) => a.name === 'input');
      if (field.args.length !== 1 || !input || !String(input.type).endsWith('Input!')) {
        problems.push(`${name} does not take one input`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('describes every type, field, argument, enum value and input field', () => {
    const missing: string[] = [];
    const types = Object.values(schema.getTypeMap()).filter(
      (t: GraphQLNamedType) =>
        !t.name.startsWith('__') && !['String', 'Int', 'Boolean', 'ID', 'Float'].includes(t.name),
    );
    for (const type of types) {
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of field.args)
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues())
          if (!value.description) missing.push(`${type.name}.${value.name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('maps enum values to the ACS spellings', () => {
    const value = (type: string, name: string) => {
      const t = schema.getType(type);
      return isEnumType(t) ? t.getValue(name)?.value : undefined;
    };
    expect(value('DtmfTone', 'ZERO')).toBe('zero');
    expect(value('RoomParticipantRole', 'PRESENTER')).toBe('Presenter');
    expect(value('CallConnectionState', 'TRANSFER_ACCEPTED')).toBe('transferAccepted');
    expect(value('CallEventType', 'EVENTS_LOST')).toBe('EventsLost');
  });
});
