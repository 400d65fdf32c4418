/**
 * Idle memory of the gateway process: built (`node dist/src/main.js`) vs TypeScript at runtime (`tsx
 * src/main.ts`), in production mode against a separate emulator process, and the zero-setting development
 * start (`tsx src/main.ts`, embedded emulator). Each gateway is started, left idle, garbage-collected, and
 * its RSS and V8 heap read from inside (a preloaded module). Needs `npm run build` first.
 *
 *   npm run build && npx tsx bench/idle-memory.ts
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const IDLE_MS = 5_000;
const ROUNDS = 3;
/** Collects garbage after `IDLE_MS` and prints the process's memory as one JSON line. */
const probe = `data:text/javascript,${encodeURIComponent(
  `setTimeout(() => { globalThis.gc?.(); console.error('MEMORY ' + JSON.stringify(process.memoryUsage())); }, ${IDLE_MS}).unref();`,
)}`;

function spawnNode(
  args: string[],
  env: Record<string, string>,
): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  return { child, output: () => output };
}

async function until<T>(probe: () => T | undefined, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((done) => setTimeout(done, 50));
  }
}

async function measure(
  args: string[],
  env: Record<string, string>,
): Promise<{ rss: number; heapUsed: number }> {
  const run = spawnNode(['--expose-gc', '--import', probe, ...args], env);
  const line = await until(() => /MEMORY (\{.*\})/.exec(run.output())?.[1]);
  run.child.kill('SIGTERM');
  await new Promise((done) => run.child.once('exit', done));
  const memory = JSON.parse(line) as { rss: number; heapUsed: number };
  return { rss: memory.rss, heapUsed: memory.heapUsed };
}

const emulator = spawnNode(['dist/emulator/src/main.js'], { EMULATOR_PORT: '0' });
await until(() => (/ACS_CALLBACK_JWKS_URL=/.test(emulator.output()) ? true : undefined));
const acsEnv = Object.fromEntries(
  [...emulator.output().matchAll(/^(ACS_[A-Z_]+)=(\S+)$/gm)].map((m) => [m[1] ?? '', m[2] ?? '']),
);
const production = { NODE_ENV: 'production', PORT: '0', EVENT_LOG: 'memory', ...acsEnv };

const cases: [string, string[], Record<string, string>][] = [
  ['built: node dist/src/main.js (production)', ['dist/src/main.js'], production],
  ['tsx src/main.ts (production)', ['--import', 'tsx', 'src/main.ts'], production],
  [
    'tsx src/main.ts (development, embedded emulator)',
    ['--import', 'tsx', 'src/main.ts'],
    { PORT: '0', EMULATOR_PORT: '0' },
  ],
];
const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
console.log(`| gateway | idle RSS (MiB, median of ${ROUNDS}) | heap used (MiB) |`);
console.log('| --- | --- | --- |');
for (const [name, args, env] of cases) {
  const samples = [];
  for (let round = 0; round < ROUNDS; round++) samples.push(await measure(args, env));
  samples.sort((a, b) => a.rss - b.rss);
  const median = samples[Math.floor(ROUNDS / 2)] ?? { rss: 0, heapUsed: 0 };
  console.log(`| ${name} | ${mib(median.rss)} | ${mib(median.heapUsed)} |`);
}
emulator.child.kill('SIGTERM');
