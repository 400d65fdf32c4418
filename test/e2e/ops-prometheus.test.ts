import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CallEventsDocument,
  ConnectRoomCallDocument,
  CreateRoomDocument,
  HangUpDocument,
  RoomDocument,
} from '../gql/graphql.ts';
import { waitFor } from '../helpers/async.ts';
import { useDisposers } from '../helpers/disposers.ts';
import { expectTypename, startGatewayStack } from '../helpers/gateway.ts';
import { ROOT } from '../helpers/processes.ts';
import { installed, startPrometheus } from '../helpers/prometheus.ts';
import { subscribeOverSse } from '../helpers/sse.ts';

const disposers = useDisposers();

const ALERTS = join(ROOT, 'ops/prometheus/alerts.yml');
const DASHBOARD = join(ROOT, 'ops/grafana/switchboard.json');

// Debian's `prometheus` package brings both binaries; CI installs it (.ci/run).
const prometheus = installed('prometheus');
const promtool = installed('promtool');
const skipped = (binary: string | null, name: string) =>
  binary ? '' : ` [SKIPPED: ${name} is not installed — apt-get install -y prometheus]`;

/** Every `expr` of the dashboard's panels (rows included), with Grafana's rate interval made concrete. */
function dashboardExpressions(): string[] {
  const found: string[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if (key === 'expr' && typeof inner === 'string') found.push(inner);
        else visit(inner);
      }
    }
  };
  visit((JSON.parse(readFileSync(DASHBOARD, 'utf8')) as { panels: unknown }).panels);
  return found.map((expression) => expression.replaceAll('$__rate_interval', '1m'));
}

/** An alert's query without its final threshold (`… > 0.25`): what must return data while all is well. */
const withoutThreshold = (query: string) =>
  query.replace(/\s*(>|<|==|!=|>=|<=)\s*[-+]?\d+(\.\d+)?(e[-+]?\d+)?\s*$/i, '');

/** Every vector selector of the gateway's metrics in `expression`, e.g. `switchboard_x_total{code="A"}`. */
const selectors = (expression: string) => [
  ...new Set(expression.match(/\bswitchboard_[a-z0-9_]+(\{[^}]*\})?/g) ?? []),
];

describe(`Prometheus rules${skipped(promtool, 'promtool')}`, () => {
  it.skipIf(!promtool)('the alert rules pass promtool check rules', () => {
    const check = spawnSync(promtool ?? 'promtool', ['check', 'rules', ALERTS], { encoding: 'utf8' });
    expect(`${check.stdout}${check.stderr}`).toContain('SUCCESS');
    expect(check.status).toBe(0);
  });
});

describe(`The dashboard and the alerts against a real Prometheus${skipped(prometheus, 'prometheus')}`, () => {
  it.skipIf(!prometheus)(
    'every expression of the dashboard and of the alert rules returns data from a gateway that served a call',
    { timeout: 120_000 },
    async () => {
      const stack = await startGatewayStack(disposers, { redis: true });
      const server = await startPrometheus(disposers, {
        binary: prometheus ?? 'prometheus',
        targets: [new URL(stack.url).host],
        ruleFiles: [ALERTS],
        scrapeIntervalSeconds: 1,
      });

      // A call, followed live over both transports, to its end.
      const created = await stack.graphql(CreateRoomDocument, { input: {} });
      const room = expectTypename(created.data?.createRoom, 'CreateRoomPayload').room;
      const connected = await stack.graphql(ConnectRoomCallDocument, { input: { roomId: room.id } });
      const { callConnectionId } = expectTypename(
        connected.data?.connectRoomCall,
        'ConnectRoomCallPayload',
      ).call;
      const ws = stack.subscribe(CallEventsDocument, { callConnectionId });
      const sse = subscribeOverSse<{ callEvents: { type: string } }>(stack.graphqlUrl, CallEventsDocument, {
        callConnectionId,
      });
      disposers.add(() => sse.close());
      await Promise.all([ws.waitForResults(1), sse.waitForResults(1)]);
      await stack.graphql(HangUpDocument, { input: { callConnectionId, forEveryone: true } });
      const disconnected = (results: { data?: { callEvents: { type: string } } | null }[]) =>
        results.some((result) => result.data?.callEvents.type === 'CALL_DISCONNECTED');
      await waitFor(() => disconnected(ws.results) && disconnected(sse.results), {
        what: 'CallDisconnected on both transports',
      });
      // ACS throttling and a 5xx, which the ACS alerts watch.
      const { control } = stack.emulator.emulator;
      control.failNextRequests({ status: 429 });
      expect((await stack.graphql(RoomDocument, { id: room.id })).errors?.[0]?.extensions?.code).toBe(
        'RATE_LIMITED',
      );
      control.failNextRequests({ status: 503 });
      expect((await stack.graphql(RoomDocument, { id: room.id })).errors?.[0]?.extensions?.code).toBe(
        'UPSTREAM_UNAVAILABLE',
      );

      const rules = await server.rules();
      expect(rules.map((rule) => rule.name).sort()).toEqual(
        [...readFileSync(ALERTS, 'utf8').matchAll(/^\s*- alert: (\S+)$/gm)].map((match) => match[1]).sort(),
      );
      const expressions = [
        ...dashboardExpressions().map((expression) => ({ from: 'dashboard', expression })),
        ...rules.map((rule) => ({ from: `alert ${rule.name}`, expression: withoutThreshold(rule.query) })),
      ];
      const checks = expressions.flatMap(({ from, expression }) => [
        { from, expression },
        ...selectors(expression).map((selector) => ({ from: `${from}, selector`, expression: selector })),
      ]);
      expect(checks.length).toBeGreaterThan(30);

      // Rates need two scrapes of a series: wait until every expression has data.
      await waitFor(
        async () => {
          const empty: string[] = [];
          for (const { from, expression } of checks) {
            if ((await server.query(expression)).length === 0) empty.push(`${from}: ${expression}`);
          }
          if (empty.length > 0) throw new Error(`no data for:\n${empty.join('\n')}`);
          return true;
        },
        { timeoutMs: 60_000, intervalMs: 1_000, what: 'every expression to return data' },
      );
    },
  );
});
