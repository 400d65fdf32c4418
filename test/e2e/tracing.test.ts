import { createServer } from 'node:http';
import { describe, expect, it } from 'vitest';
import { createOtlpTracing } from '../../src/server/otel.ts';
import { waitFor } from '../helpers/async.ts';
import { useDisposers } from '../helpers/disposers.ts';
import { startGatewayStack } from '../helpers/gateway.ts';

const disposers = useDisposers();
const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const PARENT_SPAN_ID = '00f067aa0ba902b7';

interface ExportedSpan {
  name: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
}

/** A local OTLP/HTTP collector: records the spans POSTed to `/v1/traces` (JSON encoding). */
async function startOtlpReceiver() {
  const spans: ExportedSpan[] = [];
  const paths: string[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => {
      body += chunk.toString();
    });
    req.on('end', () => {
      paths.push(req.url ?? '');
      const parsed = JSON.parse(body) as {
        resourceSpans: { scopeSpans: { spans: ExportedSpan[] }[] }[];
      };
      for (const resource of parsed.resourceSpans)
        for (const scope of resource.scopeSpans) spans.push(...scope.spans);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  disposers.add(() => new Promise((resolve) => server.close(resolve)));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, spans, paths };
}

describe('OpenTelemetry tracing over OTLP/HTTP', () => {
  it('exports a span per GraphQL operation, child of the W3C traceparent, with a child span per ACS request', async () => {
    const receiver = await startOtlpReceiver();
    const tracing = createOtlpTracing({ endpoint: receiver.url });
    const stack = await startGatewayStack(disposers, { tracing });
    const response = await fetch(stack.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', traceparent: `00-${TRACE_ID}-${PARENT_SPAN_ID}-01` },
      body: JSON.stringify({ query: 'mutation CreateRoom { createRoom(input: {}) { __typename } }' }),
    });
    expect(await response.json()).toEqual({ data: { createRoom: { __typename: 'CreateRoomPayload' } } });
    await tracing.shutdown();

    const operation = await waitFor(
      () => receiver.spans.find((span) => span.name === 'graphql.mutation CreateRoom'),
      { what: 'the operation span at the collector' },
    );
    expect(receiver.paths).toContain('/v1/traces');
    expect(operation).toMatchObject({ traceId: TRACE_ID, parentSpanId: PARENT_SPAN_ID });
    expect(receiver.spans.find((span) => span.name === 'acs.createRoom')).toMatchObject({
      traceId: TRACE_ID,
      parentSpanId: operation.spanId,
    });
  });
});
