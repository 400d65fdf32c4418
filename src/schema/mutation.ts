import type { InputObjectRef, ObjectRef } from '@pothos/core';
import type { GatewayContext } from '../resolvers/context.ts';
import type { Builder, Types } from './builder.ts';

const capitalize = (name: string) => `${name.slice(0, 1).toUpperCase()}${name.slice(1)}`;

/**
 * Registers `name(input: <Name>Input!): <Name>Result!` where `<Name>Result` is the union of the payload,
 * `InputError` and `AcsError` (errors plugin, `directResult`), resolved by a plain resolver function.
 */
export function addMutation<Input, Payload>(
  builder: Builder,
  name: string,
  options: {
    description: string;
    input: InputObjectRef<Types, Input>;
    payload: ObjectRef<Types, Payload>;
    /** Overrides `<Name>Result` when several mutations share a payload but not a name pattern. */
    resultName?: string;
    resolve: (input: Input, ctx: GatewayContext) => Promise<Payload>;
  },
) {
  const resultName = options.resultName ?? `${capitalize(name)}Result`;
  builder.mutationField(name, (t) =>
    t.field({
      type: options.payload,
      description: options.description,
      args: {
        input: t.arg({ type: options.input, required: true, description: `What to ${name}.` }),
      },
      errors: {
        union: {
          name: resultName,
          description: `The outcome of \`${name}\`: its payload, or an \`InputError\` / \`AcsError\`.`,
        },
      },
      // The generic `Input` hides the arg's shape from Pothos' inference; the ref guarantees it.
      resolve: (_root, args, ctx) => options.resolve((args as { input: Input }).input, ctx) as never,
    }),
  );
}
