import { afterEach } from 'vitest';

type Dispose = () => unknown | Promise<unknown>;

/**
 * Collects teardown functions and runs them (last registered first) after each test, even when the
 * test failed, so servers, sockets and clients never outlive the test that started them.
 *
 * Call once per test file: `const disposers = useDisposers();` then `disposers.add(() => server.stop())`.
 */
export function useDisposers(): { add(dispose: Dispose): void } {
  const pending: Dispose[] = [];
  afterEach(async () => {
    const errors: unknown[] = [];
    while (pending.length > 0) {
      try {
        await pending.pop()?.();
      } catch (error) {
        errors.push(error);
      }
    }
    if (errors.length > 0) throw new AggregateError(errors, 'teardown failed');
  });
  return {
    add(dispose) {
      pending.push(dispose);
    },
  };
}
