import type { InputObjectRef, ObjectRef } from '@pothos/core';
import { runAudited } from '../resolvers/audited.ts';
import type { GatewayContext } from '../resolvers/context.ts';
import type { Builder, Types } from './builder.ts';
import { prepareSelectedOutcome } from './call-action-outcome.ts';

const capitalize = (name: string) => `${name.slice(0, 1).toUpperCase()}${name.slice(1)}`;

/**
 * Registers `name(input: <Name>Input!): <Name>Result!` where `<Name>Result` is the union of the payload,
 * `InputError` and `AcsError` (errors plugin, `directResult`), resolved by a plain resolver function.
 * The `input` argument is described by its input type's own description, which says what the input is for
 * (each mutation has an input type of its own); building the schema fails when that description is missing.
 * Every run goes through `runAudited`, which leaves its audit line with the outcome. When the document selects the payload's
 * `outcome` (see `createOutcomeFields`), its await is prepared before the action runs.
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
        input: t.arg({
          type: options.input,
          required: true,
          description: inputDescription(builder, name, options.input),
        }),
      },
      errors: {
        union: {
          name: resultName,
          description: `The outcome of \`${name}\`: its payload, or an \`InputError\` / \`AcsError\`.`,
        },
      },
      // The generic `Input` hides the arg's shape from Pothos' inference; the ref guarantees it.
      resolve: (_root, args, ctx, info) => {
        const input = (args as { input: Input }).input;
        return runAudited(name, input, ctx, async (value, context) => {
          const withOutcome = await prepareSelectedOutcome(info, options.payload.name, value, context);
          const payload = await options.resolve(value, context);
          return withOutcome ? (withOutcome(payload) as Payload) : payload;
        }) as never;
      },
    }),
  );
}

/** What `name`'s input is for: the description of its input type (registered by the time fields are built). */
function inputDescription<Input>(builder: Builder, name: string, input: InputObjectRef<Types, Input>) {
  const { description } = builder.configStore.getTypeConfig(input, 'InputObject');
  if (!description) throw new Error(`The input type of ${name} has no description.`);
  return description;
}
