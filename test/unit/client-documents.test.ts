import { readdirSync, readFileSync } from 'node:fs';
import { Kind, type OperationDefinitionNode, parse } from 'graphql';
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
