import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitFor } from './async.ts';
import { type RunningProcess, spawnProcess } from './processes.ts';
import { freePort } from './redis-global-setup.ts';

/**
 * The path of `name` (e.g. `prometheus`, `promtool`: Debian's `prometheus` package brings both) when it is
 * installed, else null.
 */
export function installed(name: string): string | null {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  return found.status === 0 && found.stdout.trim() ? found.stdout.trim() : null;
}

/** One element of an instant query's result (`/api/v1/query`). */
export interface Sample {
  metric: Record<string, string>;
  value: [number, string];
}

export interface StartedPrometheus {
  /** `http://127.0.0.1:<port>`. */
  url: string;
  process: RunningProcess;
  /** An instant query (`/api/v1/query`); rejects when Prometheus refuses the expression. */
  query(expression: string): Promise<Sample[]>;
  /** The rules Prometheus loaded (`/api/v1/rules`): each rule's name and expression as Prometheus parsed it. */
  rules(): Promise<{ name: string; query: string }[]>;
}

/**
 * Starts a real Prometheus (the `prometheus` binary) scraping `targets` (`host:port`, `/metrics`) every
 * `scrapeIntervalSeconds`, with `ruleFiles` loaded; its config and TSDB in a temp dir, on a free port on
 * 127.0.0.1. Stopped and its dir removed after the test.
 */
export async function startPrometheus(
  disposers: { add(dispose: () => unknown): void },
  options: { binary: string; targets: string[]; ruleFiles?: string[]; scrapeIntervalSeconds?: number },
): Promise<StartedPrometheus> {
  const dir = await mkdtemp(join(tmpdir(), 'switchboard-prometheus-'));
  disposers.add(() => rm(dir, { recursive: true, force: true }));
  const interval = `${options.scrapeIntervalSeconds ?? 1}s`;
  // JSON is YAML: no YAML writer needed.
  const config = {
    global: { scrape_interval: interval, evaluation_interval: interval },
    rule_files: options.ruleFiles ?? [],
    scrape_configs: [
      { job_name: 'switchboard', metrics_path: '/metrics', static_configs: [{ targets: options.targets }] },
    ],
  };
  await writeFile(join(dir, 'prometheus.yml'), JSON.stringify(config, null, 2));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const process = spawnProcess(
    disposers,
    [
      options.binary,
      `--config.file=${join(dir, 'prometheus.yml')}`,
      `--storage.tsdb.path=${join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--log.level=warn',
    ],
    {},
    dir,
  );
  disposers.add(async () => {
    if (process.child.exitCode !== null || process.child.signalCode !== null) return;
    process.child.kill('SIGTERM');
    await process.exited;
  });
  await waitFor(
    async () => {
      if (process.child.exitCode !== null) throw new Error(`prometheus exited:\n${process.output()}`);
      return (await fetch(`${url}/-/ready`)).ok;
    },
    { timeoutMs: 30_000, intervalMs: 100, what: 'Prometheus to be ready' },
  );

  const api = async <T>(path: string): Promise<T> => {
    const response = await fetch(`${url}${path}`);
    const body = (await response.json()) as { status: string; data: T; error?: string };
    if (body.status !== 'success') throw new Error(`Prometheus ${path}: ${body.error ?? response.status}`);
    return body.data;
  };
  return {
    url,
    process,
    query: async (expression) =>
      (await api<{ result: Sample[] }>(`/api/v1/query?query=${encodeURIComponent(expression)}`)).result,
    rules: async () =>
      (await api<{ groups: { rules: { name: string; query: string }[] }[] }>('/api/v1/rules')).groups.flatMap(
        (group) => group.rules.map(({ name, query }) => ({ name, query })),
      ),
  };
}
