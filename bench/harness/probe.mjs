/**
 * Preloaded (`node --import`) into every server process that `npm run bench` measures, so the three systems are
 * measured the same way without a line of bench code in them (plain JavaScript: it must load into the built
 * gateway, which runs without tsx). Over the IPC channel the harness opened, it answers
 * `{"probe":"sample","gc":true|false}` with `{"probe":"sample","sample":ProbeSample}` (see load.ts): the
 * process's CPU time (user + system, µs) and memory, after two full GCs when asked (servers run with `--expose-gc`).
 * With `"profile":"start"` it then starts the V8 CPU profiler; with `"profile":"<file>"` it first stops it and
 * writes the profile there, so a profile covers exactly a scenario's measured window (not the start-up).
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';

let session = null;
const post = (method, params) =>
  new Promise((resolve, reject) =>
    session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))),
  );

const gc = typeof globalThis.gc === 'function' ? globalThis.gc : undefined;

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
  const cpu = process.cpuUsage();
  const memory = process.memoryUsage();
  process.send?.({
    probe: 'sample',
    sample: {
      cpuMicros: cpu.user + cpu.system,
      heapUsed: memory.heapUsed,
      rss: memory.rss,
      arrayBuffers: memory.arrayBuffers,
    },
  });
  if (message.profile === 'start') {
    session = new Session();
    session.connect();
    await post('Profiler.enable');
    await post('Profiler.start');
  }
});
// The IPC channel must neither keep a server alive on its own nor delay its exit.
process.channel?.unref();
