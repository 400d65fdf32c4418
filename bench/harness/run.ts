/**
 * `npm run bench`: Switchboard against two baselines, each server in its own process with its own `redis-server`,
 * driven by a load generator in another process (`load.ts`), systems interleaved over rounds.
 *
 * Systems, all built first (`buildSystems`): `switchboard` (the gateway, `node dist/src/main.js`),
 * `yoga` (stock graphql-yoga + `@graphql-yoga/redis-event-target`, bench/baselines/yoga-redis.ts) and `relay`
 * (`node:http` + `ws` over Redis pub/sub, bench/baselines/ws-relay.ts). Scenarios: `latency`, `fanout`, `ingest`,
 * `memory`, `saturation` (see bench/README.md). Prints a table of ratios (median and spread over rounds) and
 * writes bench/results/<time>.json and .md with the machine's facts (and, for `saturation`, a row per step).
 *
 * Options: --rounds N (3), --scenarios a,b, --systems a,b, --profile (CPU profiles of Switchboard in fanout and
 * ingest, and of every saturation step, into bench/results/profiles/; the knee step's is summarized), --quick
 * (smaller shapes, to try the harness). `BENCH_GATEWAY=<path of another build's dist/src/main.js>` runs that
 * gateway as `switchboard` under this harness (before/after comparisons of two trees).
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { freePort, startRedisServer } from '../../test/helpers/redis-global-setup.ts';
import { gatewayEnvironment } from './gateway-env.ts';
import type {
  LoadJob,
  ProbeSample,
  SampleRequest,
  SaturationStep,
  ScenarioName,
  ScenarioResult,
  SystemName,
} from './load.ts';
import { summarizeProfile } from './profile-summary.ts';
import { type CallbackSigner, mintTokens } from './tokens.ts';

/**
 * Every system runs built, the way production runs: the gateway is built from the sources as they are
 * (`npm run build`), and the baselines are compiled beside it (`tsconfig.bench.json` → `dist/bench/baselines/`).
 * Running the baselines under tsx while the gateway ran built flattered the gateway's memory ratios.
 */
function buildSystems(): void {
  execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.bench.json'], {
    stdio: 'inherit',
  });
}

const SWITCHBOARD_COMMAND: string[] = [process.env.BENCH_GATEWAY ?? 'dist/src/main.js'];

const BASELINE_COMMANDS: Record<Exclude<SystemName, 'switchboard'>, string[]> = {
  yoga: ['dist/bench/baselines/yoga-redis.js'],
  relay: ['dist/bench/baselines/ws-relay.js'],
};

const ALL_SYSTEMS: SystemName[] = ['switchboard', 'yoga', 'relay'];
const ALL_SCENARIOS: ScenarioName[] = ['latency', 'fanout', 'ingest', 'memory', 'saturation'];

const { values: options } = parseArgs({
  options: {
    rounds: { type: 'string', default: '3' },
    scenarios: { type: 'string', default: ALL_SCENARIOS.join(',') },
    systems: { type: 'string', default: ALL_SYSTEMS.join(',') },
    profile: { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
  },
});
const rounds = Number(options.rounds);
const scenarios = options.scenarios.split(',') as ScenarioName[];
const systems = options.systems.split(',') as SystemName[];
const quick = options.quick;
buildSystems();

const shapes: Omit<LoadJob, 'system' | 'scenario' | 'url' | 'redisUrl' | 'tokens' | 'signer'> = {
  // p99 of 300 samples after 20 warm-up events was the third-slowest sample of the server's first second: start-up
  // work (lazily loaded modules, code still being optimized) decided it, and one build ranged 1.9–10.9 ms. 3,000
  // samples after 200 warm-up events measure the steady state (p99 1.0–1.4 ms for every build since e31cf61).
  latency: { warmup: quick ? 20 : 200, samples: quick ? 50 : 3_000 },
  fanout: quick
    ? { calls: 20, subscribersPerCall: 10, sockets: 10, eventsPerSecond: 200, seconds: 3 }
    : { calls: 100, subscribersPerCall: 10, sockets: 50, eventsPerSecond: 1_000, seconds: 10 },
  ingest: { callbacks: quick ? 500 : 10_000, senders: 8, warmup: quick ? 200 : 3_000 },
  memory: quick
    ? { calls: 50, subscribersPerCall: 10, sockets: 10 }
    : { calls: 500, subscribersPerCall: 10, sockets: 50 },
  // 100 watchers per call, 10 subscriptions per socket (each on a different call), 50 → 1,600 events/s.
  saturation: {
    calls: 10,
    subscribersPerCall: 100,
    sockets: 100,
    rates: [50, 100, 200, 400, 800, 1_600],
    secondsPerStep: quick ? 1.5 : 5,
    senders: 64,
    drainSeconds: quick ? 3 : 10,
  },
};

// --- callback signing (Switchboard verifies real RS256 tokens against this key set) ---------------------------

const signing = (() => {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = randomUUID();
  return { privateKey, jwk: { ...publicKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' }, kid };
})();
const issuer = 'https://acscallautomation.communication.azure.com';
const audience = randomUUID();
const signer: CallbackSigner = {
  privateKeyPem: signing.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
  kid: signing.kid,
  issuer,
  audience,
};
const jwks = createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [signing.jwk] }));
});
await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
const jwksUrl = `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/calling/keys`;

// --- processes -----------------------------------------------------------------------------------------------

interface Server {
  process: ChildProcess;
  url: string;
  /** `profile`: 'start' starts the CPU profiler after sampling; a file name stops it first and writes it there. */
  sample(request: { gc: boolean; reset?: boolean; profile?: string }): Promise<ProbeSample>;
  stop(): Promise<void>;
}

async function startServer(system: SystemName, redisUrl: string): Promise<Server> {
  const flags = ['--expose-gc', '--import', './bench/harness/probe.mjs'];
  const command = system === 'switchboard' ? SWITCHBOARD_COMMAND : BASELINE_COMMANDS[system];
  const env: Record<string, string | undefined> = { ...process.env, REDIS_URL: redisUrl };
  if (system === 'switchboard') Object.assign(env, gatewayEnvironment({ issuer, audience, jwksUrl }));
  const child = spawn(process.execPath, [...flags, ...command], {
    env,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-4_000);
  });
  const url = await new Promise<string>((resolve, reject) => {
    let buffered = '';
    const timer = setTimeout(() => reject(new Error(`${system} did not start: ${stderr}`)), 60_000);
    child.once('exit', (code) => reject(new Error(`${system} exited (${code}): ${stderr}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      let newline = buffered.indexOf('\n');
      while (newline >= 0) {
        const line = buffered.slice(0, newline);
        buffered = buffered.slice(newline + 1);
        newline = buffered.indexOf('\n');
        if (!line.startsWith('{')) continue;
        const parsed = JSON.parse(line) as { url?: unknown };
        if (typeof parsed.url === 'string') {
          clearTimeout(timer);
          resolve(parsed.url.replace('localhost', '127.0.0.1'));
        }
      }
      if (buffered.length > 100_000) buffered = '';
    });
  });
  child.removeAllListeners('exit');
  const waiting: ((sample: ProbeSample) => void)[] = [];
  child.on('message', (message: { probe?: string; sample?: ProbeSample }) => {
    if (message.probe === 'sample' && message.sample) waiting.shift()?.(message.sample);
  });
  return {
    process: child,
    url,
    sample: (request) =>
      new Promise((resolve) => {
        waiting.push(resolve);
        child.send({ probe: 'sample', ...request });
      }),
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        const kill = setTimeout(() => child.kill('SIGKILL'), 15_000);
        child.once('exit', () => {
          clearTimeout(kill);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

/**
 * `profile`: where to write the CPU profile of the measured window, if at all. A scenario that marks its windows
 * (`SampleRequest.window`: 'start', then the window's label) gets one profile per window, `<profile>-<label>.cpuprofile`;
 * otherwise the window is between the first two samples and the profile is `<profile>.cpuprofile`.
 */
async function runLoad(job: LoadJob, server: Server, profile: string | null): Promise<ScenarioResult> {
  let profiling: 'no' | 'running' | 'done' = profile ? 'no' : 'done';
  const load = spawn(process.execPath, ['--import', 'tsx', 'bench/harness/load.ts'], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    load.on(
      'message',
      (message: { want?: string; result?: ScenarioResult; error?: string } & SampleRequest) => {
        if (message.want === 'sample') {
          let edge: string | undefined;
          if (profile && message.window !== undefined) {
            edge = message.window === 'start' ? 'start' : `${profile}-${message.window}.cpuprofile`;
          } else if (message.window === undefined) {
            edge =
              profiling === 'no' ? 'start' : profiling === 'running' ? `${profile}.cpuprofile` : undefined;
            if (edge) profiling = profiling === 'no' ? 'running' : 'done';
          }
          void server
            .sample({ gc: message.gc === true, reset: message.reset === true, profile: edge })
            .then((sample) => load.send({ sample }));
        }
        if (message.result) resolve(message.result);
        if (message.error) reject(new Error(message.error));
      },
    );
    load.once('exit', (code) => {
      if (code !== 0) reject(new Error(`load generator exited with ${code}`));
    });
    load.send({ job });
  });
}

async function runOnce(system: SystemName, scenario: ScenarioName, round: number): Promise<ScenarioResult> {
  const dir = await mkdtemp(join(tmpdir(), 'switchboard-bench-'));
  const port = await freePort();
  const redis = await startRedisServer(port, dir);
  const redisUrl = `redis://127.0.0.1:${port}`;
  const profiled =
    (system !== 'yoga' && (scenario === 'fanout' || scenario === 'ingest')) ||
    (system === 'switchboard' && scenario === 'saturation');
  const profile =
    options.profile && profiled
      ? `bench/results/profiles/${system === 'switchboard' ? '' : `${system}-`}${scenario}-round${round}`
      : null;
  try {
    const tokens =
      system === 'switchboard' && scenario === 'ingest'
        ? mintTokens(shapes.ingest.callbacks + shapes.ingest.warmup, signer, signing.privateKey)
        : [];
    const server = await startServer(system, redisUrl);
    try {
      return await runLoad(
        { system, scenario, url: server.url, redisUrl, tokens, signer, ...shapes },
        server,
        profile,
      );
    } finally {
      await server.stop();
    }
  } finally {
    redis.kill('SIGTERM');
    await rm(dir, { recursive: true, force: true });
  }
}

// --- the run -------------------------------------------------------------------------------------------------

type Results = Record<string, Record<string, ScenarioResult[]>>;
const results: Results = {};
const startedAt = new Date();
const loadBefore = loadavg();
if (options.profile) await mkdir('bench/results/profiles', { recursive: true });

for (let round = 1; round <= rounds; round++) {
  for (const scenario of scenarios) {
    // Interleaved, and rotated each round so no system always runs first (or last) on a warm machine.
    const order = systems.map((_, i) => systems[(i + round - 1) % systems.length] as SystemName);
    for (const system of order) {
      process.stdout.write(`round ${round}/${rounds} ${scenario.padEnd(7)} ${system.padEnd(11)} `);
      const began = performance.now();
      const result = revive(await runOnce(system, scenario, round));
      result.metrics.scenarioSeconds = (performance.now() - began) / 1000;
      const bySystem = results[scenario] ?? {};
      results[scenario] = bySystem;
      bySystem[system] = [...(bySystem[system] ?? []), result];
      const shown = Object.entries(result.metrics).map(([name, value]) => `${name}=${format(value)}`);
      console.log(shown.join(' '), result.notes.length ? `notes: ${result.notes.join('; ')}` : '');
      for (const step of result.steps ?? []) console.log(`  ${stepLine(step)}`);
    }
  }
}
jwks.close();

// --- report --------------------------------------------------------------------------------------------------

/** The metrics shown in the table, per scenario, and whether more is better. */
const SHOWN: Record<ScenarioName, [metric: string, label: string, higherIsBetter: boolean][]> = {
  latency: [
    ['p50Ms', 'single subscriber latency p50 (ms)', false],
    ['p99Ms', 'single subscriber latency p99 (ms)', false],
  ],
  fanout: [
    ['deliveriesPerSecond', 'deliveries/s', true],
    ['p50Ms', 'latency p50 (ms)', false],
    ['p99Ms', 'latency p99 (ms)', false],
    ['cpuMsPer1000Deliveries', 'server CPU per 1,000 deliveries (ms)', false],
    ['lost', 'lost deliveries (sum)', false],
    ['duplicates', 'duplicate deliveries (sum)', false],
  ],
  ingest: [
    ['callbacksPerSecond', 'callbacks/s accepted', true],
    ['cpuMicrosPerCallback', 'server CPU per callback (µs)', false],
  ],
  memory: [
    ['heapKiBPerSubscription', 'heap per idle subscription (KiB)', false],
    ['idleHeapMiB', 'idle heap with the subscriptions (MiB)', false],
    ['idleRssMiB', 'idle RSS with the subscriptions (MiB)', false],
    ['emptyHeapMiB', 'heap before subscribing (MiB)', false],
    ['rssKiBPerSubscription', 'RSS per idle subscription (KiB)', false],
    ['openSeconds', 'seconds to open the subscriptions', false],
  ],
  saturation: [
    ['heldEventsPerSecond', 'S5 highest held event rate (events/s)', true],
    ['heldDeliveriesPerSecond', 'S5 highest held delivery rate (deliveries/s)', true],
    ['heldServerCores', 'S5 server CPU at the held rate (cores)', false],
    ['kneeEventsPerSecond', 'S5 knee: first step held by neither run (events/s)', true],
  ],
};

interface Row {
  scenario: ScenarioName;
  label: string;
  median: Partial<Record<SystemName, number>>;
  vsRelay: Spread | null;
  vsYoga: Spread | null;
}
interface Spread {
  median: number;
  min: number;
  max: number;
}

const rows: Row[] = [];
for (const scenario of scenarios) {
  for (const [metric, label] of SHOWN[scenario]) {
    const per = (system: SystemName) =>
      (results[scenario]?.[system] ?? []).map((result) => result.metrics[metric] ?? Number.NaN);
    const summed = metric === 'lost' || metric === 'duplicates';
    const median: Row['median'] = {};
    for (const system of systems) median[system] = summed ? sum(per(system)) : middle(per(system));
    const ratio = (other: SystemName): Spread | null => {
      if (summed || !systems.includes(other) || !systems.includes('switchboard')) return null;
      // Per round: the systems of one round ran back to back, so their ratio is the least noisy number.
      const mine = per('switchboard');
      const theirs = per(other);
      const ratios = mine.map((value, i) => value / (theirs[i] ?? Number.NaN));
      return { median: middle(ratios), min: Math.min(...ratios), max: Math.max(...ratios) };
    };
    rows.push({ scenario, label, median, vsRelay: ratio('relay'), vsYoga: ratio('yoga') });
  }
}

const facts = {
  startedAt: startedAt.toISOString(),
  finishedAt: new Date().toISOString(),
  nproc: availableParallelism(),
  cpuModel: cpus()[0]?.model ?? 'unknown',
  node: process.version,
  redis: execFileSync('redis-server', ['--version']).toString().trim(),
  loadAverageBefore: loadBefore.map((value) => Number(value.toFixed(2))),
  loadAverageAfter: loadavg().map((value) => Number(value.toFixed(2))),
  switchboardCommand: `node ${SWITCHBOARD_COMMAND.join(' ')}`,
  commit: process.env.BENCH_COMMIT ?? gitCommit(),
  rounds,
  shapes,
};

const table = markdownTable(rows);
const targets = targetLines(rows);
const stepTable = saturationTable();
console.log(`\n${table}\n\n${targets.join('\n')}${stepTable ? `\n\n${stepTable}` : ''}`);

// To the second: two runs started in the same minute must not overwrite each other's results.
const stamp = startedAt.toISOString().replace(/[:.]/g, '').slice(0, 17);
await mkdir('bench/results', { recursive: true });
await writeFile(`bench/results/${stamp}.json`, `${JSON.stringify({ facts, rows, results }, null, 2)}\n`);
await writeFile(
  `bench/results/${stamp}.md`,
  [
    `# npm run bench — ${facts.startedAt}`,
    '',
    `${facts.nproc} CPUs (${facts.cpuModel}), Node ${facts.node}, ${facts.redis.split(' ').slice(0, 3).join(' ')}, ` +
      `load average ${facts.loadAverageBefore.join(' / ')} before, ${facts.loadAverageAfter.join(' / ')} after; ` +
      `${rounds} rounds; commit ${facts.commit}; Switchboard: \`${facts.switchboardCommand}\`.`,
    '',
    table,
    '',
    ...targets,
    '',
    ...(stepTable ? [stepTable, ''] : []),
  ].join('\n'),
);
console.log(`\nwritten: bench/results/${stamp}.json, bench/results/${stamp}.md`);

if (options.profile) {
  for (const prefix of ['', 'relay-']) {
    for (const scenario of ['fanout', 'ingest'] as const) {
      const file = `bench/results/profiles/${prefix}${scenario}-round1.cpuprofile`;
      if (existsSync(file)) console.log(`\n${prefix}${scenario}: ${file}\n${await summarizeProfile(file)}`);
    }
  }
  // Saturation: the profile of Switchboard's knee (the first step not held), or of its last step if all held.
  const steps = results.saturation?.switchboard?.[0]?.steps ?? [];
  const knee = steps.find((step) => !step.held && step.attempt === 2) ?? steps.at(-1);
  const file = `bench/results/profiles/saturation-round1-${knee?.eventsPerSecond}-${knee?.attempt}.cpuprofile`;
  if (knee && existsSync(file)) {
    const what = knee.held ? 'every step held; the last one' : 'the knee, the first step not held';
    console.log(
      `\nsaturation at ${knee.eventsPerSecond} events/s (${what}): ${file}\n${await summarizeProfile(file)}`,
    );
  }
}

/** The IPC channel carries JSON, which turns NaN (a number not measured) into null: back to NaN. */
function revive(result: ScenarioResult): ScenarioResult {
  const numbers = <T extends object>(record: T): T =>
    Object.fromEntries(
      Object.entries(record).map(([key, value]) => [key, value === null ? Number.NaN : value]),
    ) as T;
  return { ...result, metrics: numbers(result.metrics), steps: result.steps?.map(numbers) };
}

function stepLine(step: SaturationStep): string {
  return [
    `${step.eventsPerSecond} ev/s${step.attempt > 1 ? ' (again)' : ''}:`,
    `${format(step.deliveriesPerSecond)} deliveries/s,`,
    `due ${format(step.dueFraction * 100)} %,`,
    `p50 ${format(step.p50Ms)} p99 ${format(step.p99Ms)} ms,`,
    `lost ${step.lost},`,
    `server ${format(step.serverCores)} cores,`,
    `loop delay p99 ${format(step.loopDelayP99Ms)} max ${format(step.loopDelayMaxMs)} ms,`,
    `GC ${format(step.gcMs)} ms,`,
    `callback p99 ${format(step.callbackP99Ms)} ms (waiting for a connection ${format(step.connectionWaitP99Ms)}, in the server ${format(step.serverRequestP99Ms)}),`,
    `generator ${format(step.generatorCores)} cores loop delay p99 ${format(step.generatorLoopDelayP99Ms)} ms,`,
    `machine ${format(step.machineBusyCores)} busy, load ${format(step.loadAverage)}`,
    step.held ? 'held' : 'NOT held',
  ].join(' ');
}

/** A row per saturation step, per round and system (the event-loop delay and GC are the server's, over the window). */
function saturationTable(): string | null {
  const bySystem = results.saturation;
  if (!bySystem) return null;
  const lines = [
    '### S5 saturation, per step',
    '',
    '| round | system | events/s | deliveries/s | due arrived | p50 (ms) | p99 (ms) | lost | failed callbacks | callback p50 / p99 (ms) | of which waiting for a connection, p99 (ms) | in the server p50 / p99 / max (ms) | server CPU (cores) | server loop delay p99 / max (ms) | server GC (ms, count) | generator CPU (cores) | generator loop delay p99 (ms) | machine busy (cores) | load avg | held |',
    '|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|',
  ];
  for (const system of systems) {
    (bySystem[system] ?? []).forEach((result, round) => {
      for (const step of result.steps ?? []) {
        lines.push(
          `| ${round + 1} | ${system} | ${format(step.eventsPerSecond)}${step.attempt > 1 ? ' (again)' : ''} | ` +
            `${format(step.deliveriesPerSecond)} | ` +
            `${format(step.dueFraction * 100)} % | ${format(step.p50Ms)} | ${format(step.p99Ms)} | ${step.lost} | ` +
            `${step.sendFailures} | ${format(step.callbackP50Ms)} / ${format(step.callbackP99Ms)} | ` +
            `${format(step.connectionWaitP99Ms)} | ${format(step.serverRequestP50Ms)} / ` +
            `${format(step.serverRequestP99Ms)} / ${format(step.serverRequestMaxMs)} | ` +
            `${format(step.serverCores)} | ${format(step.loopDelayP99Ms)} / ${format(step.loopDelayMaxMs)} | ` +
            `${format(step.gcMs)}, ${step.gcCount} | ${format(step.generatorCores)} | ` +
            `${format(step.generatorLoopDelayP99Ms)} | ` +
            `${format(step.machineBusyCores)} | ${format(step.loadAverage)} | ${step.held ? 'yes' : '**no**'} |`,
        );
      }
    });
  }
  return lines.join('\n');
}

function markdownTable(all: Row[]): string {
  const header = `| scenario | metric | ${systems.join(' | ')} | Switchboard / relay | Switchboard / yoga |`;
  const line = `|---|---|${systems.map(() => '---:|').join('')}---:|---:|`;
  const spread = (value: Spread | null) =>
    value === null ? '' : `${format(value.median)}× (${format(value.min)}–${format(value.max)})`;
  return [
    header,
    line,
    ...all.map(
      (row) =>
        `| ${row.scenario} | ${row.label} | ${systems.map((system) => format(row.median[system] ?? Number.NaN)).join(' | ')} | ${spread(row.vsRelay)} | ${spread(row.vsYoga)} |`,
    ),
  ].join('\n');
}

/** The live path's targets, checked against this run. */
function targetLines(all: Row[]): string[] {
  const find = (scenario: ScenarioName, label: string) =>
    all.find((row) => row.scenario === scenario && row.label === label);
  const lines: string[] = ['Targets:'];
  const check = (ok: boolean | null, text: string) =>
    lines.push(`- ${ok === null ? 'n/a' : ok ? 'met' : 'NOT met'}: ${text}`);
  const fanout = results.fanout?.switchboard;
  if (fanout) {
    const lost = sum(fanout.map((result) => (result.metrics.lost ?? 0) + (result.metrics.duplicates ?? 0)));
    check(lost === 0, `fan-out delivers every event, none twice (lost + duplicates: ${lost})`);
    const p99 = Math.max(...fanout.map((result) => result.metrics.p99Ms ?? Number.NaN));
    check(p99 < 100, `fan-out p99 < 100 ms (worst round ${format(p99)} ms)`);
    const cpu = find('fanout', 'server CPU per 1,000 deliveries (ms)')?.vsRelay;
    check(
      cpu ? cpu.median <= 1.25 : null,
      `CPU per delivery ≤ 1.25× relay (${cpu ? format(cpu.median) : '?'}×)`,
    );
  }
  const ingestRatio = find('ingest', 'callbacks/s accepted')?.vsRelay;
  if (ingestRatio)
    check(ingestRatio.median >= 0.9, `ingest ≥ 0.9× relay callbacks/s (${format(ingestRatio.median)}×)`);
  const perSubscription = find('memory', 'heap per idle subscription (KiB)')?.median.switchboard;
  if (perSubscription !== undefined)
    check(perSubscription <= 4, `≤ 4 KiB heap per idle subscription (${format(perSubscription)} KiB)`);
  const idle = find('memory', 'idle heap with the subscriptions (MiB)')?.vsYoga;
  if (idle) check(idle.median <= 2, `idle heap ≤ 2× stock yoga (${format(idle.median)}×)`);
  const rss = find('memory', 'RSS per idle subscription (KiB)')?.vsYoga;
  if (rss) check(rss.median <= 1.2, `RSS per idle subscription ≤ 1.2× stock yoga's (${format(rss.median)}×)`);
  const opening = find('memory', 'seconds to open the subscriptions')?.vsRelay;
  const opened = shapes.memory.calls * shapes.memory.subscribersPerCall;
  if (opening) {
    check(
      opening.median <= 2,
      `opening ${opened.toLocaleString('en-US')} subscriptions ≤ 2× the relay's time (${format(opening.median)}×)`,
    );
  }
  const empty = find('memory', 'heap before subscribing (MiB)')?.vsYoga;
  if (empty)
    check(empty.median <= 1.5, `idle heap before subscribing ≤ 1.5× stock yoga's (${format(empty.median)}×)`);
  const held = find('saturation', 'S5 highest held delivery rate (deliveries/s)')?.vsRelay;
  if (held)
    check(held.median >= 0.8, `S5 highest held delivery rate ≥ 0.8× the relay's (${format(held.median)}×)`);
  return lines;
}

function gitCommit(): string {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { stdio: 'pipe' }).toString().trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no', 'src'], {
      stdio: 'pipe',
    });
    return dirty.length > 0 ? `${commit} + uncommitted changes in src/` : commit;
  } catch {
    return 'unknown (not a git checkout)';
  }
}

function middle(values: number[]): number {
  const sorted = values.filter((value) => !Number.isNaN(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const half = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[half] as number)
    : ((sorted[half - 1] as number) + (sorted[half] as number)) / 2;
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function format(value: number): string {
  if (Number.isNaN(value)) return '–';
  if (Math.abs(value) >= 100) return Math.round(value).toLocaleString('en-US');
  if (Math.abs(value) >= 10) return value.toFixed(1);
  return value.toFixed(2);
}
