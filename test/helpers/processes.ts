import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { createDeferred, waitFor, within } from './async.ts';

/** The repository root: where `npm` scripts run. */
export const ROOT = resolve(import.meta.dirname, '../..');

export interface RunningProcess {
  child: ChildProcess;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
  /** Everything written to stdout and stderr so far. */
  output(): string;
  /** Waits (bounded) until the output matches `pattern`; returns the match. */
  waitForOutput(pattern: RegExp, what: string, timeoutMs?: number): Promise<RegExpExecArray>;
}

/**
 * Spawns `command` (argv, `node` meaning this Node) in `cwd` (default: the repository root) with only PATH
 * and `env` in its environment; SIGKILLed after the test if it is still running.
 */
export function spawnProcess(
  disposers: { add(dispose: () => unknown): void },
  command: readonly string[],
  env: Record<string, string>,
  cwd = ROOT,
): RunningProcess {
  const [file = 'node', ...args] = command;
  const child = spawn(file === 'node' ? process.execPath : file, args, {
    cwd,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = createDeferred<number | null>();
  child.once('exit', (code) => exited.resolve(code));
  disposers.add(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  return {
    child,
    exited: exited.promise,
    output: () => output,
    waitForOutput: (pattern, what, timeoutMs = 30_000) =>
      waitFor(() => pattern.exec(output) ?? undefined, { timeoutMs, intervalMs: 20, what }).catch((error) => {
        throw new Error(`${(error as Error).message}\n--- output ---\n${output}`);
      }),
  };
}

/** A gateway process: its origin (from the GraphiQL log line) once it listens. */
export async function startGatewayProcess(
  disposers: { add(dispose: () => unknown): void },
  command: readonly string[],
  env: Record<string, string>,
  cwd = ROOT,
): Promise<RunningProcess & { url: string }> {
  const run = spawnProcess(disposers, command, env, cwd);
  const started = run.waitForOutput(
    /"graphiql":"(http:\/\/[^"]+)\/graphql"/,
    'the gateway to listen',
    60_000,
  );
  const match = await Promise.race([
    started,
    run.exited.then((code) => {
      throw new Error(`the gateway exited with ${code} before listening:\n${run.output()}`);
    }),
  ]);
  return { ...run, url: (match[1] ?? '').replace('localhost', '127.0.0.1') };
}

/**
 * The standalone emulator as `npm run emulator` runs it (tsx), on a free port; resolves with the gateway
 * settings it prints (`ACS_CONNECTION_STRING=…` …) and its origin.
 */
export async function startEmulatorProcess(disposers: {
  add(dispose: () => unknown): void;
}): Promise<{ env: Record<string, string>; url: string; process: RunningProcess }> {
  const run = spawnProcess(disposers, ['node', '--import', 'tsx', 'emulator/src/main.ts'], {
    EMULATOR_PORT: '0',
  });
  await run.waitForOutput(/ACS_CALLBACK_JWKS_URL=\S+/, 'the emulator to print its settings', 60_000);
  const env = Object.fromEntries(
    [...run.output().matchAll(/^(ACS_[A-Z_]+)=(\S+)$/gm)].map((match) => [match[1] ?? '', match[2] ?? '']),
  );
  const url = /listening on (http:\/\/\S+)/.exec(run.output())?.[1] ?? '';
  return { env, url, process: run };
}

/** Runs `npm run <script>` in `cwd` to completion (bounded); rejects with its output when it fails. */
export async function runNpmScript(script: string, timeoutMs: number, cwd = ROOT): Promise<void> {
  const child = spawn('npm', ['run', script], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const code = await within(
    new Promise<number | null>((done) => child.once('exit', done)),
    timeoutMs,
    `npm run ${script}`,
  ).catch((error) => {
    child.kill('SIGKILL');
    throw error;
  });
  if (code !== 0) throw new Error(`npm run ${script} exited with ${code}:\n${output}`);
}
