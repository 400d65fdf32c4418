import { readdirSync, readFileSync } from 'node:fs';
import { CallEventsDocument, cacheConfig } from '@switchboard/client';
import { Client, subscriptionExchange } from '@urql/core';
import { cacheExchange } from '@urql/exchange-graphcache';
import {
  type GraphQLObjectType,
  getNamedType,
  isAbstractType,
  isNonNullType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  parse,
  type SelectionSetNode,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildSchema } from '../../src/schema/index.ts';
import { rootFieldNames } from '../../src/server/authorization.ts';

const OPERATIONS_DIR = new URL('../../client/operations/', import.meta.url);

/** `Type.field` of every root field the client's operations select. */
function clientRootFields(): Set<string> {
  const rootType = { query: 'Query', mutation: 'Mutation', subscription: 'Subscription' } as const;
  const fields = new Set<string>();
  for (const file of readdirSync(OPERATIONS_DIR).filter((name) => name.endsWith('.graphql'))) {
    const document = parse(readFileSync(new URL(file, OPERATIONS_DIR), 'utf8'));
    for (const definition of document.definitions) {
      if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
      const operation = definition as OperationDefinitionNode;
      for (const selection of operation.selectionSet.selections) {
        if (selection.kind === Kind.FIELD)
          fields.add(`${rootType[operation.operation]}.${selection.name.value}`);
      }
    }
  }
  return fields;
}

describe('the typed client', () => {
  it('has a document for every public operation of the schema', () => {
    const covered = clientRootFields();
    expect(rootFieldNames(buildSchema()).filter((field) => !covered.has(field))).toEqual([]);
  });
});

describe('cacheConfig', () => {
  const schema = buildSchema();
  const objectTypes = Object.values(schema.getTypeMap()).filter(
    (type): type is GraphQLObjectType =>
      isObjectType(type) &&
      !type.name.startsWith('__') &&
      ![schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].includes(type),
  );
  const hasIdentity = (type: GraphQLObjectType) => {
    const id = type.getFields().id;
    return id !== undefined && isNonNullType(id.type) && getNamedType(id.type).name === 'ID';
  };

  it('keys exactly the object types that have `id: ID!`, and embeds every other one', () => {
    expect([...cacheConfig.keyedTypes].sort()).toEqual(
      objectTypes
        .filter(hasIdentity)
        .map((t) => t.name)
        .sort(),
    );
    expect([...cacheConfig.embeddedTypes].sort()).toEqual(
      objectTypes
        .filter((t) => !hasIdentity(t))
        .map((t) => t.name)
        .sort(),
    );
  });

  it('lets urql Graphcache store a call event without warning about the fields of other event types', async () => {
    const warnings: string[] = [];
    const playStarted = {
      __typename: 'PlayStarted',
      id: 'event-1',
      cursor: '1-0',
      type: 'PLAY_STARTED',
      callConnectionId: 'call-1',
      serverCallId: null,
      correlationId: null,
      operationContext: 'greeting',
      time: '2026-12-08T00:00:00.000Z',
      resultInformation: {
        __typename: 'ResultInformation',
        code: 200,
        subCode: 0,
        message: 'Action completed successfully.',
      },
    };
    // The event arrives as the gateway sends it (urql adds `__typename` to every selection); no network.
    const client = new Client({
      url: 'http://gateway.invalid/graphql',
      exchanges: [
        cacheExchange({
          ...cacheConfig.urql,
          logger: (severity, message) => {
            if (severity !== 'debug') warnings.push(message);
          },
        }),
        subscriptionExchange({
          forwardSubscription: () => ({
            subscribe(sink) {
              sink.next({ data: { callEvents: playStarted } });
              sink.complete();
              return { unsubscribe() {} };
            },
          }),
        }),
      ],
    });
    const received = await client
      .subscription(CallEventsDocument, { callConnectionId: 'call-1' })
      .toPromise();
    expect(received.data?.callEvents).toMatchObject({ __typename: 'PlayStarted', id: 'event-1' });
    expect(warnings).toEqual([]);
  });

  it('gives Call and Recording the ACS id as their id', () => {
    const idOf = (type: string) => (schema.getType(type) as GraphQLObjectType).getFields().id?.description;
    expect(idOf('Call')).toMatch(/`callConnectionId`/);
    expect(idOf('Recording')).toMatch(/`recordingId`/);
  });

  it('has every client operation select `id` wherever it selects an object type with an identity', () => {
    const keyed = new Set(cacheConfig.keyedTypes);
    const missing: string[] = [];
    const files = readdirSync(OPERATIONS_DIR).filter((name) => name.endsWith('.graphql'));
    const documents = files.map((file) => ({
      file,
      document: parse(readFileSync(new URL(file, OPERATIONS_DIR), 'utf8')),
    }));
    // Fragments are shared across the files (fragments.graphql).
    const fragments = new Map(
      documents.flatMap(({ document }) =>
        document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d]] : [])),
      ),
    );
    for (const { file, document } of documents) {
      /** Field names selected on an object of `typename` by `selectionSet`, through fragments. */
      const selected = (selectionSet: SelectionSetNode, typename: string): Set<string> => {
        const names = new Set<string>();
        for (const selection of selectionSet.selections) {
          if (selection.kind === Kind.FIELD) names.add(selection.name.value);
          else {
            const fragment =
              selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments.get(selection.name.value);
            const condition = fragment?.typeCondition?.name.value;
            if (!fragment || (condition && condition !== typename && !implementsType(condition, typename)))
              continue;
            for (const name of selected(fragment.selectionSet, typename)) names.add(name);
          }
        }
        return names;
      };
      const implementsType = (abstract: string, typename: string) => {
        const type = schema.getType(abstract);
        const object = schema.getType(typename);
        return (
          type !== undefined && isAbstractType(type) && isObjectType(object) && schema.isSubType(type, object)
        );
      };
      const typeInfo = new TypeInfo(schema);
      visit(
        document,
        visitWithTypeInfo(typeInfo, {
          Field(node) {
            const type = getNamedType(typeInfo.getType());
            if (!node.selectionSet || !type) return;
            const candidates = isObjectType(type)
              ? [type.name]
              : isAbstractType(type)
                ? schema.getPossibleTypes(type).map((t) => t.name)
                : [];
            for (const typename of candidates) {
              if (keyed.has(typename) && !selected(node.selectionSet, typename).has('id')) {
                const where = `${file}: ${node.name.value} (${typename})`;
                if (!missing.includes(where)) missing.push(where);
              }
            }
          },
        }),
      );
    }
    expect(missing).toEqual([]);
  });
});
