/**
 * Preloaded (`node --import`) into every server process that `npm run bench` measures, so the three systems are
 * measured the same way without a line of bench code in them (plain JavaScript: it must load into the built
 * gateway, which runs without tsx). Over the IPC channel the harness opened, it answers
 * `{"probe":"sample","gc":true|false}` with `{"probe":"sample","sample":ProbeSample}` (see load.ts): the
 * process's CPU time (user + system, µs) and memory, after two full GCs when asked (servers run with `--expose-gc`).
 * With `"profile":"start"` it first starts the V8 CPU profiler; with `"profile":"<file>"` it first stops it and
 * writes the profile there, so a profile covers exactly a scenario's measured window (not the start-up).
 *
 * Every sample also carries the event-loop delay (`perf_hooks.monitorEventLoopDelay`, p50/p99/max in ms, how late
 * a 10 ms timer ran: the histogram holds the whole interval, so the resolution is taken off) and the
 * time spent in GC (a `PerformanceObserver` on 'gc', ms and count) since the last `"reset":true` sample, which
 * starts both anew, and how long the server took over its HTTP requests (`node:http`'s diagnostics channels: request
 * start → response finish, p50/p99/max in ms), which tells the server's own share of a callback's round trip from
 * the client's. None of them runs until the first reset, so scenarios that never ask pay nothing for them.
 */

import { subscribe } from 'node:diagnostics_channel';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { createHistogram, monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';

let session = null;
const post = (method, params) =>
  new Promise((resolve, reject) =>
    session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))),
  );

const gc = typeof globalThis.gc === 'function' ? globalThis.gc : undefined;

/** Started by the first reset: the loop-delay histogram (sampled every 10 ms) and the GC time since the reset. */
const RESOLUTION_MS = 10;
let loopDelay = null;
let gcMs = 0;
let gcCount = 0;
/** HTTP requests: start time per request, and the time to the response's finish (ns). */
const requestStarts = new WeakMap();
const requestTimes = createHistogram();
function resetLoopWatch() {
  if (!loopDelay) {
    subscribe('http.server.request.start', ({ request }) =>
      requestStarts.set(request, process.hrtime.bigint()),
    );
    subscribe('http.server.response.finish', ({ request }) => {
      const start = requestStarts.get(request);
      if (start !== undefined) requestTimes.record(Math.max(1, Number(process.hrtime.bigint() - start)));
    });
    loopDelay = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
    loopDelay.enable();
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        gcMs += entry.duration;
        gcCount++;
      }
    }).observe({ entryTypes: ['gc'] });
  }
  loopDelay.reset();
  requestTimes.reset();
  gcMs = 0;
  gcCount = 0;
}

process.on('message', async (message) => {
  if (message?.probe !== 'sample') return;
  if (message.profile && message.profile !== 'start' && session) {
    const { profile } = await post('Profiler.stop');
    writeFileSync(message.profile, JSON.stringify(profile));
    session.disconnect();
    session = null;
  }
  if (message.gc && gc) {
    gc();
    gc();
  }
  // Started before the reading (and before the reply that opens the window), so the profiler's own start-up is
  // not in the window: neither in its CPU time nor in the latency of the first requests.
  if (message.profile === 'start') {
    session = new Session();
    session.connect();
    await post('Profiler.enable');
    await post('Profiler.start');
  }
  const cpu = process.cpuUsage();
  const memory = process.memoryUsage();
  const late = (nanos) => Math.max(0, nanos / 1e6 - RESOLUTION_MS);
  const loop = loopDelay
    ? {
        loopDelayP50Ms: late(loopDelay.percentile(50)),
        loopDelayP99Ms: late(loopDelay.percentile(99)),
        loopDelayMaxMs: late(loopDelay.max),
        gcMs,
        gcCount,
        requests: requestTimes.count,
        requestP50Ms: requestTimes.count ? requestTimes.percentile(50) / 1e6 : Number.NaN,
        requestP99Ms: requestTimes.count ? requestTimes.percentile(99) / 1e6 : Number.NaN,
        requestMaxMs: requestTimes.count ? requestTimes.max / 1e6 : Number.NaN,
      }
    : {};
  if (message.reset) resetLoopWatch();
  process.send?.({
    probe: 'sample',
    sample: {
      cpuMicros: cpu.user + cpu.system,
      heapUsed: memory.heapUsed,
      rss: memory.rss,
      arrayBuffers: memory.arrayBuffers,
      ...loop,
    },
  });
});
// The IPC channel must neither keep a server alive on its own nor delay its exit.
process.channel?.unref();
