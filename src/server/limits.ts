import { costLimitPlugin } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import type { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { RequestRefusedError } from '../auth/errors.ts';
import type { LimitsConfig } from '../config-model.ts';
import { InputError } from '../errors.ts';

/** `extensions.code` of every refusal for size or cost (documents, bodies, messages, ACS calls, streams). */
export const LIMIT_EXCEEDED = 'LIMIT_EXCEEDED';

/** graphql-armor's errors carry no code: give them ours, so clients can tell a limit from a typo. */
const tagged = (onRefused?: (code: typeof LIMIT_EXCEEDED) => void) => ({
  onReject: [
    (_context: unknown, error: GraphQLError) => {
      Object.assign(error.extensions, { code: LIMIT_EXCEEDED });
      onRefused?.(LIMIT_EXCEEDED);
    },
  ],
  propagateOnRejection: true,
  exposeLimits: true,
});

/**
 * Operation limits (graphql-armor): tokens while parsing (so a huge document is never fully parsed), then depth,
 * aliases, directives and cost while validating — on HTTP, SSE and graphql-ws alike (all run through yoga's
 * envelop). Introspection is exempt from depth and cost, so GraphiQL's schema query runs. `onRefused` is told of
 * each refusal.
 */
export function operationLimitPlugins(
  limits: LimitsConfig,
  onRefused?: (code: typeof LIMIT_EXCEEDED) => void,
): Plugin[] {
  const tag = tagged(onRefused);
  return [
    maxTokensPlugin({ n: limits.maxTokens, ...tag }),
    maxDepthPlugin({ n: limits.maxDepth, ignoreIntrospection: true, flattenFragments: true, ...tag }),
    maxAliasesPlugin({ n: limits.maxAliases, ...tag }),
    maxDirectivesPlugin({ n: limits.maxDirectives, ...tag }),
    costLimitPlugin({ maxCost: limits.maxCost, ignoreIntrospection: true, ...tag }),
  ] as Plugin[];
}

/**
 * One operation's ACS requests: counted against `max`, each admitted by the subject's ACS request rate, and
 * sent through ports made on the operation's first ACS request (`ports()`).
 */
export interface AcsCallBudget<Ports> {
  used: number;
  readonly max: number;
  /** The operation's ports; first called when a method is, so an operation that makes no ACS request never builds them. */
  ports(): Ports;
  /** Waits for the subject's ACS request rate; refuses with `RATE_LIMITED`. */
  admit(): Promise<void>;
}

/**
 * The proxy handler that makes a budget look like its port `name`: every method call is counted against the
 * operation's budget; past `max` ACS requests, the call throws `LIMIT_EXCEEDED` instead of reaching ACS (one
 * operation can select `rooms` with every room's participants, or many aliased mutations). Each call within
 * budget then waits for `admit`. One handler serves every operation (`new Proxy(budget, handler)`): an
 * operation, a subscription's included, holds only its budget and two proxies.
 */
export function acsCallBudgetHandler<Ports extends object, Name extends keyof Ports>(
  name: Name,
): ProxyHandler<AcsCallBudget<Ports>> {
  return {
    get(budget, property) {
      const target = budget.ports()[name] as object;
      const value = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        budget.used += 1;
        if (budget.used > budget.max) {
          throw new RequestRefusedError(
            'LIMIT_EXCEEDED',
            `This operation needs more than ${budget.max} ACS requests (MAX_ACS_CALLS_PER_OPERATION); split it.`,
          );
        }
        await budget.admit();
        return value.apply(target, args);
      };
    },
  };
}

/** A UTF-16 surrogate not part of a pair: ACS and the SDKs cannot encode it (URIError). */
const LONE_SURROGATE = /\p{Cs}/u;
/** Argument names that hold an identifier (`roomId`, `callConnectionId`, `communicationUserIds`, `id`, …). */
const ID_NAME = /(^id$|Ids?$|^rawId$|^phoneNumber$)/;

/**
 * Checks every string in a root field's arguments, before anything runs: no lone surrogate anywhere, and
 * ids no longer than `maxIdLength`.
 * @throws InputError naming the argument's path (a request error with `extensions.code: BAD_USER_INPUT`).
 */
export function checkInputStrings(value: unknown, maxIdLength: number, path: string, name = ''): void {
  if (typeof value === 'string') {
    if (LONE_SURROGATE.test(value))
      throw new InputError(`${name || path} contains invalid Unicode (a lone surrogate).`, path);
    if (ID_NAME.test(name) && value.length > maxIdLength) {
      throw new InputError(`${name} is longer than ${maxIdLength} characters (MAX_ID_LENGTH).`, path);
    }
  } else if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) checkInputStrings(item, maxIdLength, `${path}.${i}`, name);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      checkInputStrings(item, maxIdLength, path ? `${path}.${key}` : key, key);
    }
  }
}
