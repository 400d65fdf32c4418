/**
 * Owns every timer of one emulator so `stop()` can cancel them all; nothing scheduled outlives the emulator.
 */
export interface Scheduler {
  /** Runs `task` after `ms`; returns a cancel function. Errors thrown by the task are swallowed after `onError`. */
  after(ms: number, task: () => void | Promise<void>): () => void;
  /** Resolves after `ms` (never resolves once the scheduler is disposed). */
  sleep(ms: number): Promise<void>;
  readonly disposed: boolean;
  dispose(): void;
}

export function createScheduler(onError: (error: unknown) => void): Scheduler {
  const timers = new Set<NodeJS.Timeout>();
  let disposed = false;
  const after = (ms: number, task: () => void | Promise<void>): (() => void) => {
    if (disposed) return () => {};
    const timer = setTimeout(
      () => {
        timers.delete(timer);
        try {
          Promise.resolve(task()).catch(onError);
        } catch (error) {
          onError(error);
        }
      },
      Math.max(0, ms),
    );
    timers.add(timer);
    return () => {
      clearTimeout(timer);
      timers.delete(timer);
    };
  };
  return {
    after,
    sleep: (ms) => new Promise((resolve) => after(ms, resolve)),
    get disposed() {
      return disposed;
    },
    dispose() {
      disposed = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
    },
  };
}
