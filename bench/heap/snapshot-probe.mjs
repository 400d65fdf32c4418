/**
 * Preloaded (`node --import`) into the server that `bench/heap/profile.ts` measures. Over the IPC channel it
 * answers `{"heap":"<file or empty>"}`: two full GCs (the server runs with `--expose-gc`), then, when a file is
 * named, a heap snapshot written there; then `{"heap":"done", memory, cpuMicros}`.
 */
import { writeHeapSnapshot } from 'node:v8';

process.on('message', (message) => {
  if (typeof message?.heap !== 'string') return;
  globalThis.gc?.();
  globalThis.gc?.();
  if (message.heap) writeHeapSnapshot(message.heap);
  const cpu = process.cpuUsage();
  process.send?.({ heap: 'done', memory: process.memoryUsage(), cpuMicros: cpu.user + cpu.system });
});
process.channel?.unref();
