import type { Plugin } from 'graphql-yoga';

/**
 * Distributed tracing of the gateway, present only when an OTLP endpoint is configured (`main.ts` loads
 * the OpenTelemetry implementation, `createOtlpTracing` in `otel.ts`, only then). This module holds only
 * the contract, so nothing else loads OpenTelemetry.
 */
export interface Tracing {
  /**
   * A yoga plugin: one span per GraphQL query or mutation, a child of the caller's W3C `traceparent`
   * when the request carries one.
   */
  plugin: Plugin;
  /** Runs an ACS call (`operation`: the port method) in a span that is a child of the current operation's. */
  around<T>(operation: string, call: () => Promise<T>): Promise<T>;
  /** Exports what is buffered and stops. */
  shutdown(): Promise<void>;
}
