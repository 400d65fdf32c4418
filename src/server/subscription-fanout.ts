import {
  createSourceEventStream,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  execute,
  getOperationAST,
  Kind,
  print,
  visit,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Multiplexed subscription execution (architecture.md §8): every subscriber of a call reads the same log, so an
 * event is executed once per DISTINCT subscription — same document, operation and variables, except the cursor
 * `after` (which only decides where a subscriber's stream starts) — and the result object, and its JSON, are
 * shared by all of that subscription's subscribers on both transports.
 *
 * Sharing relies on two facts: subscribers of one call that are woken by the same append get the same event
 * object from the log (see `Appended`), and the fields under a subscription root resolve from the event alone
 * (authorization is checked once, when subscribing), so one subscriber's execution is every other's.
 */
export interface SubscriptionFanout {
  /** The yoga plugin that executes each event once per distinct subscription. */
  plugin: Plugin;
  /** The JSON of an execution result, computed once per result object (results are never mutated). */
  serialize(result: ExecutionResult): string;
}

export interface SubscriptionFanoutOptions {
  /** Told each time an event is executed for a distinct subscription (not per subscriber), e.g. for metrics. */
  onEventExecuted?(): void;
}

type Execution = ExecutionResult | Promise<ExecutionResult>;

export function createSubscriptionFanout(options: SubscriptionFanoutOptions = {}): SubscriptionFanout {
  /** Per event object: its execution per distinct-subscription key. Dropped with the event. */
  const executions = new WeakMap<object, Map<string, Execution>>();
  const serialized = new WeakMap<ExecutionResult, string>();
  const printed = new WeakMap<DocumentNode, string>();
  /** Per document and operation: the variables that only feed a root field's `after` argument. */
  const cursorVariables = new WeakMap<DocumentNode, Map<string, Set<string>>>();

  function distinctKey(args: ExecutionArgs): string {
    let text = printed.get(args.document);
    if (text === undefined) {
      text = print(args.document);
      printed.set(args.document, text);
    }
    const operationName = args.operationName ?? '';
    let byOperation = cursorVariables.get(args.document);
    if (!byOperation) {
      byOperation = new Map();
      cursorVariables.set(args.document, byOperation);
    }
    let skipped = byOperation.get(operationName);
    if (!skipped) {
      skipped = cursorOnlyVariables(args.document, args.operationName);
      byOperation.set(operationName, skipped);
    }
    const variables = Object.entries(args.variableValues ?? {})
      .filter(([name]) => !skipped.has(name))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `${operationName}\n${JSON.stringify(variables)}\n${text}`;
  }

  function executeShared(args: ExecutionArgs, key: string, event: unknown): Execution {
    if (typeof event !== 'object' || event === null) return executeEvent(args, event);
    let byKey = executions.get(event);
    if (!byKey) {
      byKey = new Map();
      executions.set(event, byKey);
    }
    let execution = byKey.get(key);
    if (!execution) {
      execution = executeEvent(args, event);
      byKey.set(key, execution);
    }
    return execution;
  }

  function executeEvent(args: ExecutionArgs, event: unknown): Execution {
    options.onEventExecuted?.();
    // As graphql-js maps a source stream: the event is the root value of the operation.
    return execute({ ...args, rootValue: event });
  }

  async function subscribe(args: ExecutionArgs) {
    const source = await createSourceEventStream(args);
    if (!isAsyncIterable(source)) return source;
    const key = distinctKey(args);
    const iterator = source[Symbol.asyncIterator]();
    // A `then` chain, not an async function: no extra promise per event when the execution is synchronous.
    const mapped = {
      next(): Promise<IteratorResult<ExecutionResult, void>> {
        return iterator
          .next()
          .then(
            (
              step,
            ): IteratorResult<ExecutionResult, void> | Promise<IteratorResult<ExecutionResult, void>> => {
              if (step.done) return { done: true, value: undefined };
              const execution = executeShared(args, key, step.value);
              return execution instanceof Promise
                ? execution.then((value) => ({ done: false, value }))
                : { done: false, value: execution };
            },
          );
      },
      async return(): Promise<IteratorResult<ExecutionResult, void>> {
        await iterator.return?.();
        return { done: true, value: undefined };
      },
      async throw(error: unknown): Promise<IteratorResult<ExecutionResult, void>> {
        await iterator.return?.();
        throw error;
      },
      [Symbol.asyncIterator]() {
        return mapped;
      },
    };
    return mapped as unknown as AsyncGenerator<ExecutionResult, void, void>;
  }

  return {
    plugin: {
      onSubscribe({ setSubscribeFn }) {
        setSubscribeFn(subscribe);
      },
    },
    serialize(result) {
      let json = serialized.get(result);
      if (json === undefined) {
        json = JSON.stringify(result);
        serialized.set(result, json);
      }
      return json;
    },
  };
}

/**
 * The variables of the operation that are used exactly once, as the `after` argument of a root field: they
 * choose where a stream starts, not what an event looks like, so subscribers that differ only there share.
 */
function cursorOnlyVariables(document: DocumentNode, operationName: string | null | undefined): Set<string> {
  const operation = getOperationAST(document, operationName);
  const result = new Set<string>();
  if (!operation) return result;
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) continue;
    for (const argument of selection.arguments ?? []) {
      if (argument.name.value === 'after' && argument.value.kind === Kind.VARIABLE) {
        result.add(argument.value.name.value);
      }
    }
  }
  if (result.size === 0) return result;
  // Every use in the document (fragments included), not counting the declarations.
  const uses = new Map<string, number>();
  visit(document, {
    VariableDefinition: () => false,
    Variable(node) {
      uses.set(node.name.value, (uses.get(node.name.value) ?? 0) + 1);
    },
  });
  for (const name of result) if (uses.get(name) !== 1) result.delete(name);
  return result;
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}
