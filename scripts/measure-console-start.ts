/**
 * How long `npm start` takes until the live call console renders in Chromium, two ways:
 * - `build`: what `npm start` does (the gateway builds `console/dist` when missing or stale, then serves it);
 *   cold = no `console/dist`, warm = a build of the current sources already there;
 * - `vite`: the alternative of serving the console through Vite's dev server in development (`npm start` beside
 *   `vite` proxying to it); cold = no Vite dependency cache (`console/node_modules/.vite`), warm = cache there.
 * Each run starts from nothing (new processes, new browser page) and ends when the page shows "Create room"; the
 * time until the gateway logged its console URL (listening) is printed beside it.
 * Usage: `npx tsx scripts/measure-console-start.ts [runs=3]` (deletes and rebuilds `console/dist`).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '..');
const runs = Number(process.argv[2] ?? 3);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});

/** Starts `command` and resolves with the first match of `pattern` on its stdout/stderr. */
function startAndWaitFor(
  command: string,
  args: string[],
  options: { cwd: string; env: Record<string, string | undefined> },
  pattern: RegExp,
): Promise<{ child: ChildProcess; match: RegExpMatchArray }> {
  const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  return new Promise((done, fail) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(pattern);
      if (match) done({ child, match });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => fail(new Error(`${command} exited ${code}:\n${output}`)));
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || !child.pid) return;
  const exited = new Promise((done) => child.once('exit', done));
  process.kill(-child.pid, 'SIGTERM');
  await exited;
}

async function rendered(url: string): Promise<void> {
  const page = await browser.newPage();
  await page.goto(url);
  await page.getByRole('button', { name: 'Create room' }).waitFor({ timeout: 120_000 });
  await page.close();
}

const env = { ...process.env, PORT: '0', EMULATOR_PORT: '0', LOG_LEVEL: 'info' };

let listeningMs = 0;

async function viaBuild(cold: boolean): Promise<number> {
  if (cold) await rm(resolve(root, 'console/dist'), { recursive: true, force: true });
  const started = performance.now();
  const { child, match } = await startAndWaitFor(
    'npm',
    ['start'],
    { cwd: root, env },
    /Live call console: (http:\/\/\S+?\/console\/)/,
  );
  listeningMs = performance.now() - started;
  try {
    await rendered(match[1] ?? '');
    return performance.now() - started;
  } finally {
    await stop(child);
  }
}

async function viaVite(cold: boolean): Promise<number> {
  if (cold) await rm(resolve(root, 'console/node_modules/.vite'), { recursive: true, force: true });
  const started = performance.now();
  const gateway = await startAndWaitFor(
    'npm',
    ['start'],
    { cwd: root, env: { ...env, PORT: '4000' } },
    /Live call console/,
  );
  listeningMs = performance.now() - started;
  try {
    const vite = await startAndWaitFor(
      process.execPath,
      [resolve(root, 'console/node_modules/vite/bin/vite.js'), '--port', '0', '--strictPort=false'],
      { cwd: resolve(root, 'console'), env },
      /Local:\s+(http:\/\/\S+)/,
    );
    try {
      await rendered(
        `${vite.match[1]?.replace(/\/$/, '')}/console/`.replace('/console/console/', '/console/'),
      );
      return performance.now() - started;
    } finally {
      await stop(vite.child);
    }
  } finally {
    await stop(gateway.child);
  }
}

const results: Record<string, number[]> = {};
const afterListening: Record<string, number[]> = {};
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
for (let i = 0; i < runs; i++) {
  for (const [name, measure] of [
    ['build, cold (no console/dist)', () => viaBuild(true)],
    ['build, warm (console/dist up to date)', () => viaBuild(false)],
    ['vite dev server, cold (no .vite cache)', () => viaVite(true)],
    ['vite dev server, warm', () => viaVite(false)],
  ] as const) {
    const ms = await measure();
    results[name] = [...(results[name] ?? []), ms];
    afterListening[name] = [...(afterListening[name] ?? []), ms - listeningMs];
    console.log(`${name}: ${Math.round(ms)} ms (gateway listening after ${Math.round(listeningMs)} ms)`);
  }
}
await browser.close();
console.log('\nnpm start → /console rendered in Chromium (median of %d runs):', runs);
for (const [name, values] of Object.entries(results)) {
  const after = Math.round(median(afterListening[name] ?? []));
  console.log(`  ${name}: ${Math.round(median(values))} ms (${after} ms after the gateway listened)`);
}
