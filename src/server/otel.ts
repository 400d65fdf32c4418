import { AsyncLocalStorage } from 'node:async_hooks';
import { type Context, ROOT_CONTEXT, type Span, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { parseTraceParent } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { BatchSpanProcessor, TracerProvider } from '@opentelemetry/sdk-trace';
import { type DocumentNode, getOperationAST } from 'graphql';
import type { Tracing } from './tracing.ts';

/**
 * OpenTelemetry tracing exported over OTLP/HTTP to `<endpoint>/v1/traces`. Nothing is registered globally
 * (no global tracer provider or context manager: several apps may run in one process); the current
 * operation's span travels in an AsyncLocalStorage of this instance.
 */
export function createOtlpTracing(options: { endpoint: string; serviceName?: string }): Tracing {
  const provider = new TracerProvider({
    spanProcessors: [
      new BatchSpanProcessor({ exporter: new OTLPTraceExporter({ url: `${options.endpoint}/v1/traces` }) }),
    ],
  });
  const tracer = provider.getTracer(options.serviceName ?? 'switchboard');
  const current = new AsyncLocalStorage<Context>();

  const endSpan = (span: Span, error?: unknown) => {
    if (error) {
      span.recordException(error instanceof Error ? error : String(error));
      span.setStatus({ code: SpanStatusCode.ERROR });
    }
    span.end();
  };

  return {
    plugin: {
      onExecute({ args, setExecuteFn, executeFn }) {
        const request = (args.contextValue as { request?: Request }).request;
        const traceparent = request?.headers.get('traceparent');
        const remote = traceparent ? parseTraceParent(traceparent) : null;
        const parent = remote ? trace.setSpanContext(ROOT_CONTEXT, remote) : ROOT_CONTEXT;
        const operation = getOperationAST(args.document as DocumentNode, args.operationName);
        const kind = operation?.operation ?? 'query';
        const name = operation?.name?.value;
        const span = tracer.startSpan(
          `graphql.${kind}${name ? ` ${name}` : ''}`,
          {
            kind: SpanKind.SERVER,
            attributes: {
              'graphql.operation.type': kind,
              ...(name ? { 'graphql.operation.name': name } : {}),
            },
          },
          parent,
        );
        const context = trace.setSpan(parent, span);
        setExecuteFn((executeArgs) => current.run(context, () => executeFn(executeArgs)));
        return {
          onExecuteDone({ result }) {
            const errors = 'errors' in result ? result.errors : undefined;
            endSpan(span, errors && errors.length > 0 ? errors[0] : undefined);
          },
        };
      },
    },
    async around(operation, call) {
      const parent = current.getStore() ?? ROOT_CONTEXT;
      const span = tracer.startSpan(
        `acs.${operation}`,
        { kind: SpanKind.CLIENT, attributes: { 'acs.operation': operation } },
        parent,
      );
      try {
        const result = await call();
        endSpan(span);
        return result;
      } catch (error) {
        endSpan(span, error);
        throw error;
      }
    },
    shutdown: () => provider.shutdown(),
  };
}
