import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { CALL_EVENT_KIND_NAMES, CALL_EVENT_KINDS } from '../../src/domain/call-event-kinds.ts';
import { typeName } from '../../src/schema/call-event.ts';
import { buildSchema } from '../../src/schema/index.ts';

const schema = buildSchema();

/** Every described thing of the schema, named by its schema coordinate (`Type.field(arg)`). */
function descriptions(): { coordinate: string; description: string | null | undefined }[] {
  const all: { coordinate: string; description: string | null | undefined }[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    all.push({ coordinate: type.name, description: type.description });
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
        all.push({ coordinate: `${type.name}.${field.name}`, description: field.description });
        for (const arg of field.args as readonly GraphQLArgument[]) {
          all.push({ coordinate: `${type.name}.${field.name}(${arg.name})`, description: arg.description });
        }
      }
    }
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields()) as GraphQLInputField[]) {
        all.push({ coordinate: `${type.name}.${field.name}`, description: field.description });
      }
    }
  }
  return all;
}

/** Sentences a generator writes rather than a person: they say nothing the name does not. */
const FILLER = [/^What to \w+\.$/, /^The \w+ input\.$/i, /^Input for \w+\.?$/i, /^TODO\b/i];

describe('the schema teaches', () => {
  it('has no empty description anywhere', () => {
    const empty = descriptions()
      .filter(({ description }) => !description?.trim())
      .map(({ coordinate }) => coordinate);
    expect(empty).toEqual([]);
  });

  it('has no generated filler such as "What to addParticipant."', () => {
    const filler = descriptions()
      .filter(({ description }) => FILLER.some((pattern) => pattern.test(description ?? '')))
      .map(({ coordinate, description }) => `${coordinate}: ${description}`);
    expect(filler).toEqual([]);
  });

  it('says "@oneOf" only on input types that are @oneOf', () => {
    const untrue = descriptions()
      .filter(({ coordinate, description }) => {
        if (!description?.includes('@oneOf')) return false;
        const type = schema.getType(coordinate.split('.')[0] ?? '');
        return !(isInputObjectType(type) && type.isOneOf);
      })
      .map(({ coordinate }) => coordinate);
    expect(untrue).toEqual([]);
  });

  it('gives every mutation an input type of its own', () => {
    const users = new Map<string, string[]>();
    for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
      const input = field.args.find((arg) => arg.name === 'input');
      const name = String(input?.type).replace(/!$/, '');
      users.set(name, [...(users.get(name) ?? []), field.name]);
    }
    const shared = [...users].filter(([, mutations]) => mutations.length > 1);
    expect(shared).toEqual([]);
    expect(schema.getType('RecordingInput')).toBeUndefined();
    expect(schema.getType('ContinuousDtmfRecognitionInput')).toBeUndefined();
  });

  it('does not copy a CallEvent field description onto an event the gateway makes, where it would be false', () => {
    const callEvent = schema.getType('CallEvent');
    if (!isInterfaceType(callEvent)) throw new Error('CallEvent is not an interface');
    const made = CALL_EVENT_KIND_NAMES.filter(
      (kind) => kind !== 'Unknown' && CALL_EVENT_KINDS[kind].origin !== 'callback',
    );
    expect(made).toContain('EventsLost');
    const copied: string[] = [];
    for (const kind of made) {
      const type = schema.getType(typeName(kind));
      if (!isObjectType(type)) throw new Error(`${kind} is not an object type`);
      for (const name of ['id', 'time']) {
        const own = type.getFields()[name]?.description;
        if (own === callEvent.getFields()[name]?.description || /CloudEvent/.test(own ?? '')) {
          copied.push(`${type.name}.${name}: ${own}`);
        }
      }
    }
    expect(copied).toEqual([]);
    const eventsLost = schema.getType('EventsLost');
    if (!isObjectType(eventsLost)) throw new Error('EventsLost is not an object type');
    expect(eventsLost.getFields().time?.description).not.toMatch(/ACS emitted/);
  });

  it('names the gateway route or mutation in every description of a recording download or delete', () => {
    const unnamed = descriptions()
      .filter(({ coordinate }) => !/^(Mutation\.deleteRecording|DeleteRecording)/.test(coordinate))
      .filter(({ description }) => /\b(download|delete)/i.test(description ?? ''))
      .filter(({ description }) => /recording/i.test(description ?? ''))
      .filter(({ description }) => !/\/api\/recordings\/content|`deleteRecording`/.test(description ?? ''))
      .map(({ coordinate, description }) => `${coordinate}: ${description}`);
    expect(unnamed).toEqual([]);
    const chunk = schema.getType('RecordingChunk');
    if (!isObjectType(chunk)) throw new Error('RecordingChunk is not an object type');
    expect(chunk.getFields().contentLocation?.description).toContain('GET /api/recordings/content');
    expect(chunk.getFields().deleteLocation?.description).toContain('`deleteRecording`');
  });
});
