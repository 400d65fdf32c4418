import {
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type FieldNode,
  type GraphQLSchema,
  getArgumentValues,
  getOperationAST,
  getVariableValues,
  isObjectType,
  Kind,
  type SelectionSetNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { auditMutation, auditOutcomeOf } from '../auth/audit.ts';
import { type RefusalCode, RequestRefusedError } from '../auth/errors.ts';
import { type Principal, TOKEN_EXPIRED_MESSAGE } from '../auth/principal.ts';
import { ACCESS_RULES, authorize } from '../auth/rules.ts';
import { type Authenticator, bearerToken } from '../auth/verify.ts';
import { InputError } from '../errors.ts';
import type { GatewayContext } from '../resolvers/context.ts';
import { toGraphQLError } from '../schema/errors.ts';
import { checkInputStrings } from './limits.ts';

/**
 * Who sent each HTTP request, found once per request before its body is parsed (so an anonymous client
 * cannot make the gateway parse or validate anything); read by the context factory.
 */
export type HttpPrincipals = WeakMap<Request, Principal>;

/**
 * Authenticates every `/graphql` request that carries an operation (GraphiQL's page needs no token): the
 * `Authorization: Bearer` header, or `access_token` in the query string of an SSE GET (browsers'
 * `EventSource` cannot set headers). Refused: 401 with `extensions.code: UNAUTHENTICATED` (`onRefused` is told).
 */
export function useAuthentication(
  authenticator: Authenticator,
  principals: HttpPrincipals,
  onRefused?: (code: RefusalCode) => void,
): Plugin {
  return {
    async onRequestParse({ request, url, endResponse, fetchAPI }) {
      const sse =
        request.method === 'GET' && (request.headers.get('accept') ?? '').includes('text/event-stream');
      try {
        const token = bearerToken(request.headers.get('authorization'), sse ? url : undefined);
        principals.set(request, await authenticator.authenticate(token));
      } catch (error) {
        if (!(error instanceof RequestRefusedError)) throw error;
        onRefused?.(error.code);
        endResponse(
          new fetchAPI.Response(JSON.stringify({ errors: [toGraphQLError(error)] }), {
            status: 401,
            headers: { 'content-type': 'application/json; charset=utf-8', 'www-authenticate': 'Bearer' },
          }),
        );
      }
    },
  };
}

/**
 * Checks the strings of every root field's arguments (`checkInputStrings`), then every root field against `ACCESS_RULES` (scopes and room) once, before anything
 * executes — so a refused operation never reaches ACS. Refusals: `extensions.code: FORBIDDEN`. A subscription
 * whose token expires ends with an `UNAUTHENTICATED` error, then completes.
 */
export function useAuthorization(options: {
  maxIdLength: number;
  /** Counts the operation's mutations against its subject's rate (after authorization). */
  limitMutations: (subject: string, mutations: number) => Promise<void>;
  /** Told of each refusal (`FORBIDDEN`, `RATE_LIMITED`), e.g. for metrics. */
  onRefused?: (code: RefusalCode) => void;
}): Plugin<GatewayContext> {
  const check = async (args: ExecutionArgs): Promise<ExecutionResult | null> => {
    const context = args.contextValue as GatewayContext;
    const fields = rootFields(args);
    try {
      for (const { args: fieldArgs } of fields) checkInputStrings(fieldArgs, options.maxIdLength, '');
    } catch (error) {
      if (error instanceof InputError) return { errors: [toGraphQLError(error) as never] };
      throw error;
    }
    try {
      for (const { field, args: fieldArgs } of fields) {
        await authorize(
          context.principal,
          field,
          fieldArgs,
          async (id) => (await context.eventLog.getCall(id))?.roomId ?? null,
        );
      }
      const mutations = fields.filter(({ field }) => field.startsWith('Mutation.')).length;
      if (mutations > 0) await options.limitMutations(context.principal.subject, mutations);
      return null;
    } catch (error) {
      if (!(error instanceof RequestRefusedError)) throw error;
      options.onRefused?.(error.code);
      // Refused mutations are audited too, though none of the operation runs.
      for (const { field, args: fieldArgs } of fields) {
        if (!field.startsWith('Mutation.')) continue;
        const operation = field.slice('Mutation.'.length);
        auditMutation(context.logger, context.principal, operation, fieldArgs.input, auditOutcomeOf(error));
      }
      return { errors: [toGraphQLError(error) as never] };
    }
  };
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      const refused = await check(args);
      if (refused) setResultAndStopExecution(refused);
    },
    async onSubscribe({ args, setResultAndStopExecution }) {
      const refused = await check(args);
      if (refused) {
        setResultAndStopExecution(refused);
        return;
      }
      const expiresAt = (args.contextValue as GatewayContext).principal.expiresAt;
      // graphql-ws closes the socket itself when its token expires (`attachGraphQLWs`), ending every operation
      // on it: no timer per operation there.
      if (expiresAt === null || (args.contextValue as { pushTarget?: unknown }).pushTarget) return;
      return {
        onSubscribeResult({ result, setResult }) {
          if (Symbol.asyncIterator in result) setResult(untilExpiry(result, expiresAt));
        },
      };
    },
  };
}

/** The root fields of the operation to run (through fragments), with their arguments coerced. */
function rootFields(args: ExecutionArgs): { field: string; args: Record<string, unknown> }[] {
  const operation = getOperationAST(args.document, args.operationName);
  if (!operation) return [];
  const type = args.schema.getRootType(operation.operation);
  if (!type) return [];
  const coerced = getVariableValues(
    args.schema,
    operation.variableDefinitions ?? [],
    (args.variableValues ?? {}) as Record<string, unknown>,
  );
  // Invalid variables: execution refuses the operation before any resolver runs.
  if (coerced.errors) return [];
  const fields: { field: string; args: Record<string, unknown> }[] = [];
  for (const node of collect(args.document, operation.selectionSet, new Set())) {
    const name = node.name.value;
    if (name.startsWith('__')) continue;
    const definition = type.getFields()[name];
    if (!definition) continue;
    fields.push({
      field: `${type.name}.${name}`,
      args: getArgumentValues(definition, node, coerced.coerced),
    });
    if (node.selectionSet) {
      for (const field of payloadFields(args.document, node.selectionSet, null, new Set())) {
        if (field in ACCESS_RULES && !fields.some((known) => known.field === field)) {
          fields.push({ field, args: {} });
        }
      }
    }
  }
  return fields;
}

/**
 * The fields a root field's selection reads of its result's members (`Payload.field`, named by the fragments'
 * type conditions), for the rules on payload fields (`<Payload>.outcome`).
 */
function payloadFields(
  document: DocumentNode,
  selectionSet: SelectionSetNode,
  typeName: string | null,
  seen: Set<string>,
): string[] {
  const fields: string[] = [];
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (typeName) fields.push(`${typeName}.${selection.name.value}`);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition?.name.value ?? typeName;
      fields.push(...payloadFields(document, selection.selectionSet, type, seen));
    } else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = document.definitions.find(
        (definition) =>
          definition.kind === Kind.FRAGMENT_DEFINITION && definition.name.value === selection.name.value,
      );
      if (fragment?.kind === Kind.FRAGMENT_DEFINITION) {
        fields.push(
          ...payloadFields(document, fragment.selectionSet, fragment.typeCondition.name.value, seen),
        );
      }
    }
  }
  return fields;
}

function collect(document: DocumentNode, selectionSet: SelectionSetNode, seen: Set<string>): FieldNode[] {
  const fields: FieldNode[] = [];
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) fields.push(selection);
    else if (selection.kind === Kind.INLINE_FRAGMENT)
      fields.push(...collect(document, selection.selectionSet, seen));
    else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = document.definitions.find(
        (definition) =>
          definition.kind === Kind.FRAGMENT_DEFINITION && definition.name.value === selection.name.value,
      );
      if (fragment?.kind === Kind.FRAGMENT_DEFINITION)
        fields.push(...collect(document, fragment.selectionSet, seen));
    }
  }
  return fields;
}

/** Ends a subscription's results when its token expires: one `UNAUTHENTICATED` error, then done. */
function untilExpiry<T>(
  results: AsyncIterable<T>,
  expiresAt: number,
): AsyncIterableIterator<T | ExecutionResult> {
  const iterator = results[Symbol.asyncIterator]();
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<'expired'>((resolve) => {
    timer = setTimeout(() => resolve('expired'), Math.min(Math.max(0, expiresAt - Date.now()), 2 ** 31 - 1));
  });
  let ended = false;
  const end = async () => {
    ended = true;
    clearTimeout(timer);
    await iterator.return?.();
  };
  const wrapped: AsyncIterableIterator<T | ExecutionResult> = {
    async next() {
      if (ended) return { done: true, value: undefined };
      const next = await Promise.race([iterator.next(), expired]);
      if (next === 'expired') {
        await end();
        const error = new RequestRefusedError('UNAUTHENTICATED', TOKEN_EXPIRED_MESSAGE);
        return { done: false, value: { errors: [toGraphQLError(error) as never] } };
      }
      if (next.done) clearTimeout(timer);
      return next;
    },
    async return() {
      await end();
      return { done: true, value: undefined };
    },
    [Symbol.asyncIterator]: () => wrapped,
  };
  return wrapped;
}

/**
 * @internal exported for the coverage test: the fields `ACCESS_RULES` must cover, as `Type.field` — the
 * schema's root fields and every payload's `outcome` (it reads the call's events).
 */
export function ruledFieldNames(schema: GraphQLSchema): string[] {
  const outcomeFields = Object.values(schema.getTypeMap()).flatMap((type) =>
    isObjectType(type) && !type.name.startsWith('__') && 'outcome' in type.getFields()
      ? [`${type.name}.outcome`]
      : [],
  );
  return [...rootFieldNames(schema), ...outcomeFields];
}

/** @internal exported for the coverage test: the schema's root fields as `Type.field`. */
export function rootFieldNames(schema: GraphQLSchema): string[] {
  return [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap((type) =>
    type ? Object.keys(type.getFields()).map((name) => `${type.name}.${name}`) : [],
  );
}
