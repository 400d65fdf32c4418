/**
 * Preloaded (`node --import`) into every server process that `npm run bench` measures, so the three systems are
 * measured the same way without a line of bench code in them (plain JavaScript: it must load into the built
 * gateway, which runs without tsx). Over the IPC channel the harness opened, it answers
 * `{"probe":"sample","gc":true|false}` with `{"probe":"sample","sample":ProbeSample}` (see load.ts): the
 * process's CPU time (user + system, µs) and memory, after two full GCs when asked (servers run with `--expose-gc`).
 */
const gc = typeof globalThis.gc === 'function' ? globalThis.gc : undefined;

process.on('message', (message) => {
  if (message?.probe !== 'sample') return;
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
});
// The IPC channel must neither keep a server alive on its own nor delay its exit.
process.channel?.unref();
