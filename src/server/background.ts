import type { Logger } from '../logger.ts';
import type { BackgroundTasks } from '../resolvers/context.ts';

/** The app's background work: what requests start and do not wait for, cancelled and awaited by `stop()`. */
export interface OwnedBackgroundTasks extends BackgroundTasks {
  /** Aborts every task's signal and resolves once each has settled; `run` afterwards starts nothing. */
  stop(): Promise<void>;
}

export function createBackgroundTasks(logger: Logger): OwnedBackgroundTasks {
  const stopped = new AbortController();
  const tasks = new Set<Promise<void>>();
  return {
    run(name, task) {
      if (stopped.signal.aborted) {
        logger.warn({ task: name }, 'the gateway is stopping: background task not started');
        return;
      }
      const running = task(stopped.signal).catch((error: unknown) => {
        if (stopped.signal.aborted)
          logger.warn({ task: name }, 'background task cancelled: the gateway stopped');
        else logger.error({ err: error, task: name }, 'background task failed');
      });
      tasks.add(running);
      void running.finally(() => tasks.delete(running));
    },
    async stop() {
      stopped.abort();
      await Promise.all(tasks);
    },
  };
}
