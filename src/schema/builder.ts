import SchemaBuilder from '@pothos/core';
import ErrorsPlugin from '@pothos/plugin-errors';
import { GraphQLError, Kind, type ValueNode } from 'graphql';
import { AcsError, InputError } from '../errors.ts';
import type { GatewayContext } from '../resolvers/context.ts';

/** The Pothos type parameters of the gateway's schema. */
export interface GatewaySchemaTypes {
  Context: GatewayContext;
  /** Output fields are non-null unless marked `nullable: true`. */
  DefaultFieldNullability: false;
  Scalars: {
    ID: { Input: string; Output: string };
    DateTime: { Input: string; Output: string | Date };
    PhoneNumber: { Input: string; Output: string };
    JSON: { Input: unknown; Output: unknown };
  };
}

/** ISO 8601 date-time with a time zone (`Z` or `±hh:mm`). */
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/i;

function parseDateTime(value: unknown): string {
  if (typeof value !== 'string' || !ISO_DATE_TIME.test(value) || Number.isNaN(Date.parse(value))) {
    throw new GraphQLError(
      'DateTime must be an ISO 8601 timestamp with an offset, e.g. 2025-01-01T09:00:00Z.',
    );
  }
  return new Date(value).toISOString();
}

function parsePhoneNumberScalar(value: unknown): string {
  // Only the type is checked here: the E.164 format is checked by the resolvers so that a malformed number
  // is an `InputError` in the mutation result (naming its field), not a request error.
  if (typeof value !== 'string') throw new GraphQLError('PhoneNumber must be a string.');
  return value;
}

function jsonFromLiteral(node: ValueNode, variables: Record<string, unknown> | null | undefined): unknown {
  switch (node.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return node.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(node.value);
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return node.values.map((item) => jsonFromLiteral(item, variables));
    case Kind.OBJECT:
      return Object.fromEntries(
        node.fields.map((field) => [field.name.value, jsonFromLiteral(field.value, variables)]),
      );
    case Kind.VARIABLE:
      return variables?.[node.name.value];
    default:
      return undefined;
  }
}

/**
 * A fresh schema builder with the errors plugin and the scalars. Built per `buildSchema()` call: nothing is
 * shared between app instances.
 *
 * Errors plugin: only `DomainError`s become data — its two concrete classes, `InputError` and `AcsError`, are
 * the default error types (the plugin needs an object type per listed class, and `DomainError` itself is
 * abstract). Any other error is unexpected: masked by yoga and logged. Never `Error` here.
 */
export function createBuilder() {
  const builder = new SchemaBuilder<GatewaySchemaTypes>({
    plugins: [ErrorsPlugin],
    defaultFieldNullability: false,
    errors: { defaultTypes: [InputError, AcsError], directResult: true },
  });

  builder.scalarType('DateTime', {
    description: 'An ISO 8601 timestamp with a time-zone offset, e.g. `2025-01-01T09:00:00Z`. Served in UTC.',
    serialize: (value) => (value instanceof Date ? value.toISOString() : new Date(value).toISOString()),
    parseValue: parseDateTime,
    parseLiteral: (node) => parseDateTime(node.kind === Kind.STRING ? node.value : undefined),
  });
  builder.scalarType('PhoneNumber', {
    description:
      'An E.164 phone number: `+`, country code and number, no spaces, e.g. `+14255550123`. ' +
      'Any string is accepted by the scalar; anything not in E.164 makes the mutation return an `InputError` naming the field.',
    serialize: (value) => value,
    parseValue: parsePhoneNumberScalar,
    parseLiteral: (node) => parsePhoneNumberScalar(node.kind === Kind.STRING ? node.value : undefined),
  });
  builder.scalarType('JSON', {
    description: 'Any JSON value, passed through as ACS sent it.',
    serialize: (value) => value,
    parseValue: (value) => value,
    parseLiteral: (node, variables) => jsonFromLiteral(node, variables),
  });

  builder.queryType({ description: 'Reads: rooms, call connections and recordings.' });
  builder.mutationType({
    description:
      'Actions on ACS rooms and room calls. Every mutation takes one `input` and returns a union of its payload, `InputError` and `AcsError`.',
  });
  builder.subscriptionType({ description: 'Live callback events of call connections.' });
  return builder;
}

/** The full Pothos types of the schema (for typing refs outside the builder). */
export type Types = PothosSchemaTypes.ExtendDefaultTypes<GatewaySchemaTypes>;

/** The builder type every schema file registers its types on. */
export type Builder = ReturnType<typeof createBuilder>;
